package kr.co.whaling.domain.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Outcome;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {

    private static Outcome outcome(Choice answer) {
        return new Outcome(BigDecimal.valueOf(105), Prices.krw("105"), answer);
    }

    private static Optional<Boolean> verdict(String text) {
        return text == null ? Optional.empty() : Optional.of(Boolean.parseBoolean(text));
    }

    @ParameterizedTest(name = "{0} YES / {1} NO: majority {2}")
    @CsvSource(value = {"3, 1, YES", "1, 3, NO", "1, 0, YES", "0, 1, NO", "2, 2, -", "0, 0, -", "50, 49, YES"},
            nullValues = "-")
    void the_majority_needs_strictly_more_answers_on_one_side(long yes, long no, Choice majority) {
        Tally tally = new Tally(yes, no, 0, 0);

        assertThat(tally.crowdMajority()).isEqualTo(Optional.ofNullable(majority));
        assertThat(tally.total()).isEqualTo(yes + no);
    }

    @ParameterizedTest(name = "{0} YES / {1} NO, outcome {2}: crowd right = {3}")
    @CsvSource(value = {
            "3, 1, YES, true",
            "3, 1, NO,  false",
            "1, 3, NO,  true",
            "1, 3, YES, false",
            "2, 2, YES, -",
            "2, 2, NO,  -",
            "0, 0, YES, -",
            "0, 0, NO,  -"
    }, nullValues = "-")
    void the_crowd_was_right_when_its_majority_equals_the_outcome(long yes, long no, Choice answer, String right) {
        assertThat(outcome(answer).crowdVerdict(new Tally(yes, no, 0, 0))).isEqualTo(verdict(right));
    }

    @ParameterizedTest(name = "whales {0} YES / {1} NO, outcome {2}: whales right = {3}")
    @CsvSource(value = {
            "2, 0, YES, true",
            "2, 0, NO,  false",
            "0, 1, NO,  true",
            "0, 1, YES, false",
            "1, 1, YES, -",
            "0, 0, YES, -"
    }, nullValues = "-")
    void the_whale_verdict_is_the_same_rule_over_whale_answers_only(long whaleYes, long whaleNo, Choice answer,
                                                                    String right) {
        // The crowd is 10 to 10 around the whales, so the crowd verdict is always empty here.
        Tally tally = new Tally(10, 10, whaleYes, whaleNo);

        assertThat(outcome(answer).whaleVerdict(tally)).isEqualTo(verdict(right));
        assertThat(outcome(answer).crowdVerdict(tally)).isEmpty();
    }

    @Test
    void whales_and_crowd_may_disagree() {
        Tally tally = new Tally(5, 1, 0, 1);

        assertThat(outcome(Choice.NO).crowdVerdict(tally)).contains(false);
        assertThat(outcome(Choice.NO).whaleVerdict(tally)).contains(true);
    }

    @Test
    void a_tally_counts_each_answer_and_whale_answers_apart() {
        Tally tally = Tally.EMPTY.with(Choice.YES, true).with(Choice.YES, false).with(Choice.NO, true)
                .with(Choice.NO, false).with(Choice.NO, false);

        assertThat(tally).isEqualTo(new Tally(2, 3, 1, 1));
    }

    @ParameterizedTest(name = "tally {0}/{1}/{2}/{3} is refused")
    @CsvSource({"-1, 0, 0, 0", "0, -1, 0, 0", "1, 0, 2, 0", "0, 1, 0, 2", "0, 0, -1, 0"})
    void impossible_tallies_are_refused(long yes, long no, long whaleYes, long whaleNo) {
        assertThatThrownBy(() -> new Tally(yes, no, whaleYes, whaleNo)).isInstanceOf(IllegalArgumentException.class);
    }
}
