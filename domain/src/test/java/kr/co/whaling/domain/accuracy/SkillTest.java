package kr.co.whaling.domain.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.terms.Choice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillTest {

    private static BaseRate rate(int yes, int windows) {
        return BaseRatePolicy.standard().rateOf(yes, windows);
    }

    @ParameterizedTest(name = "{2} on a rate of {0}/{1}: expected hit {3}")
    @CsvSource({
            "1,   30,  YES, 0.033333",
            "1,   30,  NO,  0.966667",
            "0,   364, YES, 0",
            "0,   364, NO,  1",
            "20,  100, YES, 0.2",
            "20,  100, NO,  0.8",
            "335, 335, YES, 1"
    })
    void the_expected_hit_of_an_answer_is_the_base_rate_of_the_side_it_chose(int yes, int windows, Choice side,
                                                                             double expected) {
        assertThat(rate(yes, windows).expectedHit(side)).isCloseTo(expected, within(0.000001));
    }

    @Test
    void skill_is_right_answers_minus_expected_hits_per_answer_in_percentage_points() {
        // chose  rate  outcome  right  expected hit
        // YES    0.20  YES      1      0.20
        // NO     0.20  NO       1      0.80
        // YES    0.50  NO       0      0.50
        // NO     0.90  YES      0      0.10
        // YES    0.25  YES      1      0.25
        // right 3, expected 1.85: (3 − 1.85) / 5 × 100 = 23.0 points
        Skill skill = Skill.NONE
                .withSettledAnswer(Choice.YES, Choice.YES, rate(20, 100))
                .withSettledAnswer(Choice.NO, Choice.NO, rate(20, 100))
                .withSettledAnswer(Choice.YES, Choice.NO, rate(50, 100))
                .withSettledAnswer(Choice.NO, Choice.YES, rate(90, 100))
                .withSettledAnswer(Choice.YES, Choice.YES, rate(25, 100));

        assertThat(skill.answers()).isEqualTo(5);
        assertThat(skill.right()).isEqualTo(3);
        assertThat(skill.expectedHits()).isCloseTo(1.85, within(1e-12));
        assertThat(skill.percentagePoints()).isCloseTo(23.0, within(1e-9));
    }

    @Test
    void always_answering_the_likelier_side_scores_no_skill_when_it_comes_true_as_often_as_before() {
        // NO on five questions with a rate of 0.2; four resolve NO: (4 − 5 × 0.8) / 5 = 0.
        Skill skill = Skill.NONE;
        for (Choice outcome : new Choice[] {Choice.NO, Choice.NO, Choice.YES, Choice.NO, Choice.NO}) {
            skill = skill.withSettledAnswer(Choice.NO, outcome, rate(20, 100));
        }

        assertThat(skill.percentagePoints()).isCloseTo(0, within(1e-9));
    }

    @Test
    void a_right_answer_against_the_odds_is_worth_almost_a_whole_answer() {
        // YES on a 1-in-30 question that came true: (1 − 1/30) / 1 × 100 = 96.67 points; wrong, −3.33.
        assertThat(Skill.NONE.withSettledAnswer(Choice.YES, Choice.YES, rate(1, 30)).percentagePoints())
                .isCloseTo(96.666667, within(0.000001));
        assertThat(Skill.NONE.withSettledAnswer(Choice.YES, Choice.NO, rate(1, 30)).percentagePoints())
                .isCloseTo(-3.333333, within(0.000001));
    }

    @Test
    void no_answer_with_a_base_rate_has_skill_0() {
        assertThat(Skill.NONE.percentagePoints()).isZero();
    }

    @ParameterizedTest(name = "{0} answers, {1} right, {2} expected is refused")
    @CsvSource({"-1, 0, 0", "2, 3, 1", "2, -1, 1", "2, 1, 2.5", "2, 1, -0.1", "2, 1, NaN"})
    void counters_stay_consistent(long answers, long right, double expected) {
        assertThatThrownBy(() -> new Skill(answers, right, expected)).isInstanceOf(IllegalArgumentException.class);
    }
}
