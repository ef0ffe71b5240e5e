package kr.co.whaling.domain.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.co.whaling.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PointsTest {

    @ParameterizedTest(name = "{0} points are refused")
    @ValueSource(longs = {-1, -50, Long.MIN_VALUE})
    void negative_points_are_refused(long value) {
        assertThatThrownBy(() -> Points.of(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("points");
                    assertThat(e.code()).isEqualTo("points.negative");
                });
    }

    @Test
    void zero_points_are_points() {
        assertThat(Points.of(0)).isEqualTo(Points.ZERO);
        assertThat(Points.ZERO.isZero()).isTrue();
        assertThat(Points.of(1).isZero()).isFalse();
    }

    @Test
    void adding_points_sums_them_and_refuses_to_overflow() {
        assertThat(Points.of(290).plus(Points.of(20))).isEqualTo(Points.of(310));
        assertThatThrownBy(() -> Points.of(Long.MAX_VALUE).plus(Points.of(1))).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({"50, 50, true", "49, 50, false", "51, 50, true", "0, 0, true", "0, 10, false"})
    void a_balance_covers_a_cost_it_is_at_least(long balance, long cost, boolean covers) {
        assertThat(Points.of(balance).covers(Points.of(cost))).isEqualTo(covers);
    }

    @Test
    void points_compare_by_value() {
        assertThat(Points.of(10)).isLessThan(Points.of(20));
    }
}
