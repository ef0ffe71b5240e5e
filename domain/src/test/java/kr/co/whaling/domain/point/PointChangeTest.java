package kr.co.whaling.domain.point;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointChangeTest {

    @ParameterizedTest(name = "{0} of {1} changes the balance by {2}")
    @CsvSource({"VOTE_FEE, 50, -50", "ANSWER_FEE, 10, -10", "REWARD, 20, 20", "VOTE_FEE_REFUND, 50, 50",
        "ANSWER_FEE_REFUND, 10, 10", "SIGNUP_GRANT, 300, 300", "ANSWER_FEE, 0, 0"})
    void fees_take_points_and_everything_else_gives_them(PointReason reason, long amount, long signed) {
        PointChange change = new PointChange(reason, Points.of(amount));

        assertThat(change.signedAmount()).isEqualTo(signed);
        assertThat(change.isNone()).isEqualTo(amount == 0);
    }
}
