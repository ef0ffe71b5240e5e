package kr.co.whaling.domain.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccuracyTest {

    @ParameterizedTest(name = "{0} right, {1} wrong: {2}%")
    @CsvSource({
            "0,   0,   0.0",
            "1,   0,   100.0",
            "0,   1,   0.0",
            "2,   1,   66.7",
            "1,   2,   33.3",
            "7,   3,   70.0",
            "699, 301, 69.9",
            "1,   6,   14.3",
            "1,   7,   12.5",
            "1,   15,  6.3",
            "9,   1,   90.0"
    })
    void accuracy_is_right_over_settled_in_percent_with_one_decimal(long right, long wrong, String percent) {
        Accuracy accuracy = new Accuracy(right, wrong);

        assertThat(accuracy.percent().toPlainString()).isEqualTo(percent);
        assertThat(accuracy.settled()).isEqualTo(right + wrong);
    }

    @Test
    void a_member_without_settled_answers_has_accuracy_0() {
        assertThat(Accuracy.NONE.percent().toPlainString()).isEqualTo("0.0");
        assertThat(Accuracy.NONE.settled()).isZero();
    }

    @Test
    void negative_counters_are_refused() {
        assertThatThrownBy(() -> new Accuracy(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Accuracy(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
