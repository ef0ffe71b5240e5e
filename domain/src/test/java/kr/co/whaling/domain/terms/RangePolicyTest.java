package kr.co.whaling.domain.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.co.whaling.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RangePolicyTest {

    private final RangePolicy policy = RangePolicy.standard();

    @Test
    void the_standard_ranges_are_1_to_300_up_and_1_to_99_down() {
        assertThat(policy).isEqualTo(new RangePolicy(1, 300, 99));
    }

    @ParameterizedTest(name = "{0} {1}% is allowed")
    @CsvSource({"UP, 1", "UP, 5", "UP, 150", "UP, 300", "DOWN, 1", "DOWN, 50", "DOWN, 99"})
    void ranges_within_the_limits_of_their_direction_are_allowed(Direction direction, int percent) {
        assertThat(policy.check(direction, percent)).isEqualTo(new Range(percent));
    }

    @ParameterizedTest(name = "{0} {1}% is refused (allowed {2}..{3})")
    @CsvSource({
            "UP,   0,    1, 300",
            "UP,   -5,   1, 300",
            "UP,   301,  1, 300",
            "DOWN, 0,    1, 99",
            "DOWN, 100,  1, 99",
            "DOWN, 300,  1, 99",
            "DOWN, -1,   1, 99"
    })
    void ranges_outside_the_limits_are_refused_on_the_range_field(Direction direction, int percent, int min,
                                                                   int max) {
        assertThatThrownBy(() -> policy.check(direction, percent))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("range");
                    assertThat(e.code()).isEqualTo("range.out-of-bounds");
                    assertThat(e.arguments()).containsExactly(min, max);
                });
    }

    @ParameterizedTest(name = "a range of {0}% is refused")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void a_range_is_at_least_1_percent(int percent) {
        assertThatThrownBy(() -> new Range(percent))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("range"));
    }
}
