package kr.co.whaling.domain.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalibrationTest {

    private static Optional<BaseRate> rate(int yes, int windows) {
        return Optional.of(BaseRatePolicy.standard().rateOf(yes, windows));
    }

    private static Tally tally(long yes, long no) {
        return new Tally(yes, no, 0, 0);
    }

    @ParameterizedTest(name = "{0} YES, {1} NO: tenth {2}")
    @CsvSource({
            "0,  1,  0",
            "1,  99, 0",
            "19, 181, 0",  // 0.095
            "1,  9,  1",   // exactly 0.1 opens [0.1, 0.2)
            "3,  7,  3",
            "1,  2,  3",   // 0.333
            "2,  3,  4",   // exactly 0.4
            "3,  2,  6",
            "7,  3,  7",   // exactly 0.7
            "9,  1,  9",
            "99, 1,  9",
            "1,  0,  9"    // 1.0 belongs to the last tenth [0.9, 1.0]
    })
    void a_question_falls_in_the_tenth_of_its_crowd_yes_share(long yes, long no, int tenth) {
        CalibrationBucket bucket = CalibrationBucket.ofQuestion(tally(yes, no), Choice.YES, Optional.empty())
                .orElseThrow();

        assertThat(bucket.tenth()).isEqualTo(tenth);
        assertThat(bucket.questions()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} YES, {1} NO has no verdict")
    @CsvSource({"0, 0", "2, 2", "5, 5"})
    void a_question_without_a_crowd_verdict_does_not_count(long yes, long no) {
        assertThat(CalibrationBucket.ofQuestion(tally(yes, no), Choice.YES, rate(1, 30))).isEmpty();
    }

    @Test
    void one_question_adds_its_squared_errors_to_its_tenth() {
        // 3 YES, 7 NO (share 0.3), resolved NO, base rate 0.2: crowd (0.3 − 0)² = 0.09, base (0.2 − 0)² = 0.04.
        CalibrationBucket bucket = CalibrationBucket.ofQuestion(tally(3, 7), Choice.NO, rate(20, 100)).orElseThrow();

        assertThat(bucket.tenth()).isEqualTo(3);
        assertThat(bucket.questions()).isEqualTo(1);
        assertThat(bucket.resolvedYes()).isZero();
        assertThat(bucket.crowdSquaredErrors()).isCloseTo(0.09, within(1e-12));
        assertThat(bucket.withBaseRate()).isEqualTo(1);
        assertThat(bucket.baseRateSquaredErrors()).isCloseTo(0.04, within(1e-12));
    }

    /** A settled question as the calibration sums see it. */
    private record Settled(String coin, Horizon horizon, Tally tally, Choice outcome, Optional<BaseRate> baseRate) {
    }

    // coin horizon  yes/no  share  outcome  base   crowd (p − o)²         base (p − o)²
    // BTC  DAY      3/7     0.3    NO       0.20   0.09                   0.04
    // BTC  DAY      8/2     0.8    YES      0.50   0.04                   0.25
    // ETH  DAY      9/1     0.9    NO       -      0.81                   -
    // BTC  MONTH    4/0     1.0    YES      0.75   0                      0.0625
    // ETH  WEEK     1/2     0.333  YES      0.10   (2/3)² = 0.444444      0.81
    // BTC  DAY      2/2     tie: no verdict, not counted
    // ETH  WEEK     0/0     nobody answered: not counted
    private static final List<Settled> SETTLED = List.of(
            new Settled("BTC", Horizon.DAY, tally(3, 7), Choice.NO, rate(20, 100)),
            new Settled("BTC", Horizon.DAY, tally(8, 2), Choice.YES, rate(50, 100)),
            new Settled("ETH", Horizon.DAY, tally(9, 1), Choice.NO, Optional.empty()),
            new Settled("BTC", Horizon.MONTH, tally(4, 0), Choice.YES, rate(75, 100)),
            new Settled("ETH", Horizon.WEEK, tally(1, 2), Choice.YES, rate(10, 100)),
            new Settled("BTC", Horizon.DAY, tally(2, 2), Choice.YES, rate(50, 100)),
            new Settled("ETH", Horizon.WEEK, tally(0, 0), Choice.NO, rate(50, 100)));

    /** The sums kept at settlement: one row per coin, horizon and tenth, each settled question added to its row. */
    private static Map<String, CalibrationBucket> keptAtSettlement() {
        Map<String, CalibrationBucket> rows = new LinkedHashMap<>();
        for (Settled question : SETTLED) {
            CalibrationBucket.ofQuestion(question.tally(), question.outcome(), question.baseRate())
                    .ifPresent(added -> rows.merge(question.coin() + "/" + question.horizon() + "/" + added.tenth(),
                            added, CalibrationBucket::plus));
        }
        return rows;
    }

    private static Calibration grouped(Predicate<String> row) {
        List<CalibrationBucket> sums = new ArrayList<>();
        keptAtSettlement().forEach((key, sum) -> {
            if (row.test(key)) {
                sums.add(sum);
            }
        });
        return Calibration.of(sums);
    }

    @Test
    void overall_the_crowd_and_the_base_rate_get_their_brier_scores_and_each_tenth_its_yes_share() {
        Calibration overall = grouped(key -> true);

        // 5 questions with a verdict; crowd (0.09 + 0.04 + 0.81 + 0 + 0.444444) / 5 = 1.384444 / 5 = 0.276889;
        // 4 with a base rate: (0.04 + 0.25 + 0.0625 + 0.81) / 4 = 1.1625 / 4 = 0.290625.
        assertThat(overall.questions()).isEqualTo(5);
        assertThat(overall.questionsWithBaseRate()).isEqualTo(4);
        assertThat(overall.crowdBrier().orElseThrow()).isCloseTo(0.276889, within(0.000001));
        assertThat(overall.baseRateBrier().orElseThrow()).isCloseTo(0.290625, within(1e-12));
        // Tenth 3: 0.3 (NO) and 0.333 (YES), half came true; tenth 8: 0.8 (YES); tenth 9: 0.9 (NO) and 1.0 (YES).
        assertThat(overall.buckets()).extracting(CalibrationBucket::questions)
                .containsExactly(0L, 0L, 0L, 2L, 0L, 0L, 0L, 0L, 1L, 2L);
        assertThat(overall.buckets().get(3).yesShare()).hasValue(0.5);
        assertThat(overall.buckets().get(8).yesShare()).hasValue(1.0);
        assertThat(overall.buckets().get(9).yesShare()).hasValue(0.5);
        assertThat(overall.buckets().get(0).yesShare()).isEmpty();
        assertThat(overall.buckets().get(3).from()).isEqualByComparingTo("0.3");
        assertThat(overall.buckets().get(3).to()).isEqualByComparingTo("0.4");
        assertThat(overall.buckets().get(9).to()).isEqualByComparingTo("1.0");
    }

    @Test
    void per_coin_and_per_horizon_are_the_same_sums_grouped_differently() {
        Calibration btc = grouped(key -> key.startsWith("BTC/"));
        Calibration eth = grouped(key -> key.startsWith("ETH/"));
        Calibration day = grouped(key -> key.contains("/DAY/"));
        Calibration week = grouped(key -> key.contains("/WEEK/"));

        // BTC: crowd (0.09 + 0.04 + 0) / 3 = 0.043333; base (0.04 + 0.25 + 0.0625) / 3 = 0.3525 / 3 = 0.1175
        assertThat(btc.questions()).isEqualTo(3);
        assertThat(btc.crowdBrier().orElseThrow()).isCloseTo(0.043333, within(0.000001));
        assertThat(btc.baseRateBrier().orElseThrow()).isCloseTo(0.1175, within(1e-12));
        // ETH: crowd (0.81 + 0.444444) / 2 = 0.627222; base over the one question with a rate: 0.81
        assertThat(eth.questions()).isEqualTo(2);
        assertThat(eth.crowdBrier().orElseThrow()).isCloseTo(0.627222, within(0.000001));
        assertThat(eth.baseRateBrier().orElseThrow()).isCloseTo(0.81, within(1e-12));
        // DAY: crowd (0.09 + 0.04 + 0.81) / 3 = 0.313333; base (0.04 + 0.25) / 2 = 0.145
        assertThat(day.questions()).isEqualTo(3);
        assertThat(day.crowdBrier().orElseThrow()).isCloseTo(0.313333, within(0.000001));
        assertThat(day.baseRateBrier().orElseThrow()).isCloseTo(0.145, within(1e-12));
        // WEEK: the one 1/2 question: crowd 0.444444, base 0.81
        assertThat(week.crowdBrier().orElseThrow()).isCloseTo(0.444444, within(0.000001));
        assertThat(week.baseRateBrier().orElseThrow()).isCloseTo(0.81, within(1e-12));
    }

    @Test
    void questions_without_base_rates_have_a_crowd_brier_score_and_no_base_rate_one() {
        // 9 YES, 1 NO, resolved NO, no base rate: crowd 0.81.
        Calibration calibration = Calibration.of(List.of(
                CalibrationBucket.ofQuestion(tally(9, 1), Choice.NO, Optional.empty()).orElseThrow()));

        assertThat(calibration.crowdBrier()).hasValue(0.81);
        assertThat(calibration.baseRateBrier()).isEmpty();
    }

    @Test
    void no_question_has_no_brier_score_and_ten_empty_tenths() {
        Calibration none = Calibration.of(List.of());

        assertThat(none.questions()).isZero();
        assertThat(none.crowdBrier()).isEmpty();
        assertThat(none.baseRateBrier()).isEmpty();
        assertThat(none.buckets()).hasSize(CalibrationBucket.TENTHS)
                .extracting(CalibrationBucket::tenth).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void only_sums_of_the_same_tenth_add_up() {
        assertThatThrownBy(() -> CalibrationBucket.empty(3).plus(CalibrationBucket.empty(4)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "tenth {0}: {1} questions, {2} YES, {3}, {4} with a rate, {5} is refused")
    @CsvSource({
            "10, 1, 0, 0,   0, 0",
            "-1, 1, 0, 0,   0, 0",
            "3,  1, 2, 0,   0, 0",
            "3,  1, 0, 1.5, 0, 0",
            "3,  1, 0, 0,   2, 0",
            "3,  1, 0, 0,   1, 1.5",
            "3,  1, 0, -0.1, 0, 0"
    })
    void bucket_sums_stay_consistent(int tenth, long questions, long yes, double crowd, long withRate, double base) {
        assertThatThrownBy(() -> new CalibrationBucket(tenth, questions, yes, crowd, withRate, base))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_calibration_has_exactly_one_bucket_per_tenth_in_order() {
        List<CalibrationBucket> nine = new ArrayList<>();
        for (int tenth = 0; tenth < 9; tenth++) {
            nine.add(CalibrationBucket.empty(tenth));
        }
        List<CalibrationBucket> swapped = new ArrayList<>(nine);
        swapped.add(CalibrationBucket.empty(9));
        swapped.set(0, CalibrationBucket.empty(1));

        assertThatThrownBy(() -> new Calibration(nine)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Calibration(swapped)).isInstanceOf(IllegalArgumentException.class);
    }
}
