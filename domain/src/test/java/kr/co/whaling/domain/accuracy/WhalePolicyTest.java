package kr.co.whaling.domain.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhalePolicyTest {

    private final WhalePolicy policy = WhalePolicy.standard();

    @Test
    void the_standard_whale_has_70_percent_over_at_least_5_settled_answers() {
        assertThat(policy.minPercent()).isEqualByComparingTo("70");
        assertThat(policy.minSettled()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} right, {1} wrong: whale={2}")
    @CsvSource({
            "7,   3,   true",
            "4,   1,   true",
            "5,   0,   true",
            "14,  6,   true",
            "70,  30,  true",
            "3,   1,   false",
            "4,   0,   false",
            "1,   0,   false",
            "0,   0,   false",
            "699, 301, false",
            "69,  31,  false",
            "3,   2,   false",
            "7,   4,   false"
    })
    void a_whale_has_at_least_70_percent_over_at_least_5_settled_answers(long right, long wrong, boolean whale) {
        assertThat(policy.isWhale(new Accuracy(right, wrong))).isEqualTo(whale);
    }

    @Test
    void no_rounding_makes_a_whale() {
        // 6999 of 10000 shows as 70.0% with one decimal, yet is below 70%.
        Accuracy justBelow = new Accuracy(6999, 3001);

        assertThat(justBelow.percent()).isEqualByComparingTo("70.0");
        assertThat(policy.isWhale(justBelow)).isFalse();
    }

    @Test
    void a_policy_without_minimum_answers_is_refused() {
        assertThatThrownBy(() -> new WhalePolicy(BigDecimal.valueOf(70), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WhalePolicy(BigDecimal.valueOf(-1), 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
