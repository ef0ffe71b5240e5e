package kr.co.whaling.domain.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeTest {

    @ParameterizedTest(name = "{0} {2}% from {1}: target {3}")
    @CsvSource({
            "UP,   100,        5,   105",
            "DOWN, 100,        5,   95",
            "UP,   1.1,        10,  1.21",
            "DOWN, 100,        99,  1",
            "UP,   100,        300, 400",
            "UP,   0.00123,    7,   0.0013161",
            "DOWN, 0.5,        33,  0.335",
            "UP,   12345678,   1,   12469134.78",
            "DOWN, 0.00000777, 99,  0.0000000777"
    })
    void the_target_price_is_exact_decimal_arithmetic(Direction direction, String created, int range,
                                                      String target) {
        BigDecimal computed = direction.target(Prices.krw(created), new Range(range));

        assertThat(computed).isEqualByComparingTo(target);
        assertThat(Outcome.decide(direction, Prices.krw(created), new Range(range), Prices.krw(created)).target())
                .isEqualByComparingTo(target);
    }

    @ParameterizedTest(name = "{0} {2}% from {1}, final {3}: {4}")
    @CsvSource({
            "UP,   100,  5,   105,      YES",
            "UP,   100,  5,   104.99,   NO",
            "UP,   100,  5,   200,      YES",
            "UP,   100,  5,   90,       NO",
            "DOWN, 100,  5,   95,       YES",
            "DOWN, 100,  5,   95.01,    NO",
            "DOWN, 100,  5,   1,        YES",
            "DOWN, 100,  5,   120,      NO",
            "UP,   1.1,  10,  1.21,     YES",
            "UP,   1.1,  10,  1.2099,   NO",
            "DOWN, 100,  99,  1,        YES",
            "DOWN, 100,  99,  1.0001,   NO",
            "DOWN, 100,  99,  0.5,      YES",
            "UP,   100,  300, 400,      YES",
            "UP,   100,  300, 399.9999, NO"
    })
    void the_answer_is_yes_when_the_final_price_reaches_the_target(Direction direction, String created, int range,
                                                                    String finalPrice, Choice expected) {
        Outcome outcome = Outcome.decide(direction, Prices.krw(created), new Range(range), Prices.krw(finalPrice));

        assertThat(outcome.answer()).isEqualTo(expected);
        assertThat(outcome.finalPrice()).isEqualTo(Prices.krw(finalPrice));
    }

    @Test
    void a_final_price_equal_to_the_target_is_yes_in_both_directions() {
        assertThat(Outcome.decide(Direction.UP, Prices.krw("200"), new Range(50), Prices.krw("300")).answer())
                .isEqualTo(Choice.YES);
        assertThat(Outcome.decide(Direction.DOWN, Prices.krw("200"), new Range(50), Prices.krw("100")).answer())
                .isEqualTo(Choice.YES);
    }

    @Test
    void a_price_below_1_krw_settled_exactly_at_its_target_is_yes_where_double_arithmetic_says_no() {
        double targetInDoubles = 1.1 * (1 + 10 / 100.0);
        assertThat(1.21 >= targetInDoubles).as("double arithmetic: 1.1 x 1.1 = %s", targetInDoubles).isFalse();

        Outcome outcome = Outcome.decide(Direction.UP, Prices.krw("1.1"), new Range(10), Prices.krw("1.21"));

        assertThat(outcome.target()).isEqualByComparingTo("1.21");
        assertThat(outcome.answer()).isEqualTo(Choice.YES);
    }

}
