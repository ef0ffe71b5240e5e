package kr.co.whaling.domain.baserate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import kr.co.whaling.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuardrailPolicyTest {

    private final GuardrailPolicy guardrail = GuardrailPolicy.standard();
    private final BaseRatePolicy baseRates = BaseRatePolicy.standard();

    @Test
    void the_standard_guardrail_refuses_below_2_or_above_98_percent_over_at_least_90_windows() {
        assertThat(guardrail.minPercent()).isEqualByComparingTo("2");
        assertThat(guardrail.maxPercent()).isEqualByComparingTo("98");
        assertThat(guardrail.minWindows()).isEqualTo(90);
    }

    // Exact comparisons: yes × 100 against 2 × windows and 98 × windows.
    @ParameterizedTest(name = "{0} of {1} windows: too certain = {2}")
    @CsvSource({
            "0,   364, true",   // 0%
            "0,   90,  true",   // 0% over exactly 90 windows
            "1,   90,  true",   // 100 < 180: 1.11%
            "1,   51,  false",  // 1.96%, but 51 < 90 windows
            "1,   89,  false",  // 1.12%, but 89 < 90 windows
            "0,   89,  false",  // 0%, but 89 < 90 windows
            "2,   100, false",  // exactly 2% is not below 2%
            "7,   351, true",   // 700 < 702: 1.994%
            "7,   350, false",  // exactly 2%
            "50,  100, false",
            "98,  100, false",  // exactly 98% is not above 98%
            "99,  100, true",   // 99%
            "344, 351, true",   // 34400 > 34398: 98.006%
            "343, 350, false",  // 34300 = 34300: exactly 98%
            "90,  90,  true",   // 100%
            "335, 335, true"
    })
    void a_rate_is_too_certain_outside_2_to_98_percent_over_at_least_90_windows(int yes, int windows,
                                                                                boolean tooCertain) {
        assertThat(guardrail.isTooCertain(baseRates.rateOf(yes, windows))).isEqualTo(tooCertain);
    }

    @Test
    void a_member_question_that_is_too_certain_is_refused_with_its_base_rate_on_the_range() {
        BaseRate rate = baseRates.rateOf(0, 364);

        assertThatThrownBy(() -> guardrail.check(false, Optional.of(rate)))
                .isInstanceOfSatisfying(QuestionTooCertainException.class, refusal -> {
                    assertThat(refusal.baseRate()).isEqualTo(rate);
                    assertThat(refusal.field()).isEqualTo("range");
                    assertThat(refusal.code()).isEqualTo("range.too-certain");
                    assertThat(refusal.arguments()).containsExactly(0, 364);
                    assertThat(refusal.getMessage()).contains("0 of 364");
                })
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_staff_question_is_exempt() {

        assertThatCode(() -> guardrail.check(true, Optional.of(baseRates.rateOf(0, 364)))).doesNotThrowAnyException();
        assertThatCode(() -> guardrail.check(true, Optional.of(baseRates.rateOf(335, 335))))
                .doesNotThrowAnyException();
    }

    @Test
    void a_question_without_a_base_rate_is_allowed() {
        assertThatCode(() -> guardrail.check(false, Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void a_question_with_an_uncertain_base_rate_is_allowed() {
        assertThatCode(() -> guardrail.check(false, Optional.of(baseRates.rateOf(1, 30))))
                .doesNotThrowAnyException();
        assertThatCode(() -> guardrail.check(false, Optional.of(baseRates.rateOf(180, 364))))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}%..{1}% over {2} windows is refused")
    @CsvSource({"-1, 98, 90", "2, 101, 90", "60, 40, 90", "2, 98, 0"})
    void a_guardrail_needs_limits_in_order_within_0_to_100_and_a_minimum(String min, String max, int windows) {
        assertThatThrownBy(() -> new GuardrailPolicy(new BigDecimal(min), new BigDecimal(max), windows))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
