package kr.co.whaling.domain.baserate;

import static kr.co.whaling.domain.testdata.Closes.close;
import static kr.co.whaling.domain.testdata.Closes.daily;
import static kr.co.whaling.domain.testdata.Closes.dailyWithout;
import static kr.co.whaling.domain.testdata.Closes.flat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.shared.WilsonInterval;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.SchedulePolicy;
import kr.co.whaling.domain.terms.VoteTerms;
import kr.co.whaling.domain.vote.GameRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Base rates computed from daily closes. Unless a test says otherwise the question is asked on
 * 2024-07-01, so the lookback is the 365 days 2023-07-02 .. 2024-06-30 (2024 is a leap year).
 * z² = 1.959964² = 3.841459 in the hand-computed Wilson bounds.
 */
class BaseRatePolicyTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-07-01");
    private static final String LOOKBACK_START = "2023-07-02";
    private static final double Z2 = WilsonInterval.Z_95 * WilsonInterval.Z_95;

    private final GameRules rules = GameRules.standard();
    /** Counts windows without the 30-window minimum, to show which windows count. */
    private final BaseRatePolicy everyWindow = new BaseRatePolicy(365, 1, WilsonInterval.Z_95);

    private static VoteTerms terms(Direction direction, int range, Horizon horizon) {
        return new VoteTerms(new CoinCode("BTC"), direction, new Range(range), horizon);
    }

    private Optional<BaseRate> windowsCounted(VoteTerms terms, DailyCloses closes, LocalDate asOf) {
        return everyWindow.baseRate(terms, closes, asOf, SchedulePolicy.standard());
    }

    @Test
    void the_standard_policy_looks_back_365_days_needs_30_windows_and_gives_a_95_percent_interval() {
        BaseRatePolicy standard = BaseRatePolicy.standard();

        assertThat(standard.lookbackDays()).isEqualTo(365);
        assertThat(standard.minWindows()).isEqualTo(30);
        assertThat(standard.z()).isEqualTo(WilsonInterval.Z_95);
    }

    // A flat year: every close 100, so no window moves. Windows, one per start day, that end by 2024-06-30:
    //   day:   starts 2023-07-02 .. 2024-06-29 = 365 − 1 = 364
    //   week:  starts 2023-07-02 .. 2024-06-23 = 365 − 7 = 358
    //   month: starts 2023-07-02 .. 2024-05-31 (May 31 + 1 month = Jun 30; Jun 1 + 1 month = Jul 1, too late)
    //          = 30 (Jul) + 31 + 30 + 31 + 30 + 31 + 31 (Jan) + 29 (Feb 2024) + 31 + 30 + 31 (May) = 335
    // With no YES the Wilson interval is [0, z²/(n + z²)]: 3.841459/367.841459 = 0.010443,
    // 3.841459/361.841459 = 0.010616, 3.841459/338.841459 = 0.011337.
    @ParameterizedTest(name = "{0} {1}% within a {2}: 0 of {3} windows, interval [0, {4}]")
    @CsvSource({
            "UP,   5,  DAY,   364, 0.010443",
            "UP,   5,  WEEK,  358, 0.010616",
            "UP,   5,  MONTH, 335, 0.011337",
            "DOWN, 1,  DAY,   364, 0.010443",
            "DOWN, 99, MONTH, 335, 0.011337"
    })
    void a_flat_year_has_base_rate_0_and_the_guardrail_refuses_the_question(Direction direction, int range,
                                                                            Horizon horizon, int windows,
                                                                            double high) {
        DailyCloses closes = flat(LOOKBACK_START, 365, "100");

        BaseRate rate = rules.baseRate(terms(direction, range, horizon), closes, AS_OF).orElseThrow();

        assertThat(rate.yesWindows()).isZero();
        assertThat(rate.windows()).isEqualTo(windows);
        assertThat(rate.share()).isZero();
        assertThat(rate.interval().low()).isCloseTo(0, within(1e-12));
        assertThat(rate.interval().high()).isCloseTo(high, within(0.000001));
        assertThatThrownBy(() -> rules.guardrail().check(false, Optional.of(rate)))
                .isInstanceOf(QuestionTooCertainException.class);
    }

    @Test
    void a_year_that_always_rose_has_base_rate_1_and_the_guardrail_refuses_the_question() {
        // Close 100 + i on day i: any month gains at least 28 (days) on at most 464, over 6%, so "up 1%
        // within a month" came true in all 335 month windows. Wilson at p = 1:
        // low = n / (n + z²) = 335 / 338.841459 = 0.988663, high = 1.
        DailyCloses closes = daily(LOOKBACK_START, 365, day -> String.valueOf(100 + day));

        BaseRate rate = rules.baseRate(terms(Direction.UP, 1, Horizon.MONTH), closes, AS_OF).orElseThrow();

        assertThat(rate.yesWindows()).isEqualTo(335);
        assertThat(rate.windows()).isEqualTo(335);
        assertThat(rate.share()).isEqualTo(1.0);
        assertThat(rate.interval().low()).isCloseTo(0.988663, within(0.000001));
        assertThat(rate.interval().high()).isEqualTo(1.0);
        assertThatThrownBy(() -> rules.guardrail().check(false, Optional.of(rate)))
                .isInstanceOf(QuestionTooCertainException.class);
    }

    // 31 closes, 2024-05-31 .. 2024-06-30, all 100 but the last: 30 day windows, and only the last one
    // (06-29 -> 06-30) can come true, judged exactly as a settlement judges (final ≥ or ≤ the target).
    @ParameterizedTest(name = "{0} {1}% from {2} to {3}: {4} of 30")
    @CsvSource({
            "UP,   5,   100,     105,       1",
            "UP,   5,   100,     104.99,    0",
            "UP,   6,   100,     105,       0",
            "UP,   300, 100,     400,       1",
            "DOWN, 5,   100,     95,        1",
            "DOWN, 5,   100,     95.01,     0",
            "DOWN, 4,   100,     95,        1",
            "DOWN, 99,  100,     1,         1",
            "UP,   7,   0.00123, 0.0013161, 1",
            "UP,   10,  1.1,     1.21,      1"
    })
    void a_window_is_judged_with_the_settlement_target_and_outcome(Direction direction, int range, String usual,
                                                                   String last, int yesWindows) {
        DailyCloses closes = daily("2024-05-31", 31, day -> day == 30 ? last : usual);

        BaseRate rate = rules.baseRate(terms(direction, range, Horizon.DAY), closes, AS_OF).orElseThrow();

        assertThat(rate.windows()).isEqualTo(30);
        assertThat(rate.yesWindows()).isEqualTo(yesWindows);
    }

    @Test
    void one_qualifying_window_of_30_is_a_rate_of_1_in_30_with_its_wilson_interval() {
        // n = 30, p = 1/30 = 0.033333
        // centre = p + z²/2n = 0.033333 + 3.841459/60 = 0.033333 + 0.064024 = 0.097358
        // margin = z·√(p(1−p)/n + z²/4n²) = 1.959964·√(0.0010741 + 0.0010671) = 1.959964·0.046272 = 0.090692
        // scale  = 1 + z²/n = 1.128049
        // low  = (0.097358 − 0.090692) / 1.128049 = 0.005909
        // high = (0.097358 + 0.090692) / 1.128049 = 0.166704
        DailyCloses closes = daily("2024-05-31", 31, day -> day == 30 ? "105" : "100");

        BaseRate rate = rules.baseRate(terms(Direction.UP, 5, Horizon.DAY), closes, AS_OF).orElseThrow();

        assertThat(rate.yesWindows()).isEqualTo(1);
        assertThat(rate.windows()).isEqualTo(30);
        assertThat(rate.share()).isCloseTo(0.033333, within(0.000001));
        assertThat(rate.interval().low()).isCloseTo(0.005909, within(0.000001));
        assertThat(rate.interval().high()).isCloseTo(0.166704, within(0.000001));
        assertThatCode(() -> rules.guardrail().check(false, Optional.of(rate))).doesNotThrowAnyException();
    }

    @Test
    void each_start_day_is_a_window_so_one_jump_counts_in_every_week_that_spans_it() {
        // Closes 2024-05-01 .. 2024-06-30: 100 until May 31, 110 from June 1. Week windows start
        // May 1 .. June 23: 31 + 23 = 54. Up 10% came true in the 7 starting May 25 .. 31 (100 -> 110),
        // never after (110 -> 110). Wilson of 7/54: centre 0.129630 + 0.035569 = 0.165199,
        // margin 1.959964·√(0.0020894 + 0.0003293) = 0.096393, scale 1.071138:
        // low 0.068806/1.071138 = 0.064237, high 0.261592/1.071138 = 0.244217.
        DailyCloses closes = daily("2024-05-01", 61, day -> day < 31 ? "100" : "110");

        BaseRate rate = rules.baseRate(terms(Direction.UP, 10, Horizon.WEEK), closes, AS_OF).orElseThrow();

        assertThat(rate.yesWindows()).isEqualTo(7);
        assertThat(rate.windows()).isEqualTo(54);
        assertThat(rate.interval().low()).isCloseTo(0.064237, within(0.00001));
        assertThat(rate.interval().high()).isCloseTo(0.244217, within(0.00001));
    }

    @ParameterizedTest(name = "falling 110 -> 100, down {0}%: {1} of 54")
    @CsvSource({"9, 7", "10, 0"})
    void a_down_question_comes_true_when_the_end_close_is_at_or_below_its_target(int range, int yesWindows) {
        // The same weeks as above, falling from 110 to 100 on June 1. Down 9%: target 110 × 0.91 = 100.1,
        // and 100 ≤ 100.1 in the 7 spanning weeks. Down 10%: target 99, never reached.
        DailyCloses closes = daily("2024-05-01", 61, day -> day < 31 ? "110" : "100");

        BaseRate rate = rules.baseRate(terms(Direction.DOWN, range, Horizon.WEEK), closes, AS_OF).orElseThrow();

        assertThat(rate.yesWindows()).isEqualTo(yesWindows);
        assertThat(rate.windows()).isEqualTo(54);
    }

    // History ending 2024-06-30, starting {1} days earlier:
    //   day:   n days give n − 1 windows
    //   week:  n days give n − 7 windows
    //   month: 60 days (from May 2) give starts May 2 .. May 31 = 30 windows; 59 days (from May 3) give 29;
    //          31 days (from May 31) give May 31 -> Jun 30 only; 30 days (from Jun 1) give none
    @ParameterizedTest(name = "{0} with {1} days of history: {2} windows")
    @CsvSource({
            "DAY,   31, 30",
            "DAY,   30, 29",
            "DAY,   20, 19",
            "WEEK,  37, 30",
            "WEEK,  36, 29",
            "MONTH, 60, 30",
            "MONTH, 59, 29",
            "MONTH, 31, 1",
            "MONTH, 30, 0"
    })
    void a_coin_with_fewer_than_30_windows_of_history_has_no_rate_and_its_question_is_allowed(
            Horizon horizon, int days, int windows) {
        DailyCloses closes = flat(AS_OF.minusDays(days).toString(), days, "100");
        VoteTerms terms = terms(Direction.UP, 5, horizon);

        Optional<BaseRate> rate = rules.baseRate(terms, closes, AS_OF);

        if (windows >= 30) {
            assertThat(rate).map(BaseRate::windows).contains(windows);
        } else {
            assertThat(rate).isEmpty();
            assertThat(windowsCounted(terms, closes, AS_OF).map(BaseRate::windows).orElse(0)).isEqualTo(windows);
        }
        // Even at a rate of 0, under 90 windows the guardrail lets a member ask.
        assertThatCode(() -> rules.guardrail().check(false, rate)).doesNotThrowAnyException();
    }

    @Test
    void a_coin_with_no_history_has_no_rate() {
        assertThat(rules.baseRate(terms(Direction.UP, 5, Horizon.DAY), DailyCloses.of(List.of()), AS_OF)).isEmpty();
    }

    // Missing days: a window counts only when both its start and its end close exist.
    //   day, 31 days from May 31 (30 windows): a missing Jun 15 loses Jun 14->15 and Jun 15->16; a missing
    //     first or last day loses one window; missing Jun 10 and 11 lose Jun 9->10, 10->11, 11->12.
    //   week, 37 days from May 25 (30 windows): a missing Jun 15 loses Jun 8->15 and Jun 15->22.
    //   month, 60 days from May 2 (30 windows): a missing May 31 loses May 31->Jun 30 only; a missing
    //     Jun 30 loses May 30->Jun 30 and May 31->Jun 30, both ending on it.
    @ParameterizedTest(name = "{0} from {1} for {2} days without {3}: {4} windows")
    @CsvSource({
            "DAY,   2024-05-31, 31, '',                    30",
            "DAY,   2024-05-31, 31, 2024-06-15,            28",
            "DAY,   2024-05-31, 31, 2024-05-31,            29",
            "DAY,   2024-05-31, 31, 2024-06-30,            29",
            "DAY,   2024-05-31, 31, 2024-06-10 2024-06-11, 27",
            "WEEK,  2024-05-25, 37, 2024-06-15,            28",
            "MONTH, 2024-05-02, 60, 2024-05-31,            29",
            "MONTH, 2024-05-02, 60, 2024-06-30,            28"
    })
    void missing_days_drop_the_windows_that_start_or_end_on_them(Horizon horizon, String first, int days,
                                                                 String missing, int windows) {
        Set<LocalDate> gaps = new HashSet<>();
        for (String date : missing.split(" ")) {
            if (!date.isBlank()) {
                gaps.add(LocalDate.parse(date));
            }
        }
        DailyCloses closes = dailyWithout(first, days, day -> "100", gaps);

        Optional<BaseRate> rate = windowsCounted(terms(Direction.UP, 5, horizon), closes, AS_OF);

        assertThat(rate).map(BaseRate::windows).contains(windows);
    }

    @Test
    void one_missing_day_takes_a_30_window_history_below_the_minimum() {
        DailyCloses closes = dailyWithout("2024-05-31", 31, day -> "100", Set.of(LocalDate.parse("2024-06-15")));

        assertThat(rules.baseRate(terms(Direction.UP, 5, Horizon.DAY), closes, AS_OF)).isEmpty();
    }

    @Test
    void closes_on_or_after_the_question_day_and_windows_starting_before_the_lookback_do_not_count() {
        // A flat history from 2022-01-01 to 2025-09-26, well around the lookback: the same 364 / 358 / 335
        // windows as the flat year, and the jump to 200 on the question's own day (2024-07-01, no close
        // yet when the question is asked) and after it is not seen.
        LocalDate first = LocalDate.parse("2022-01-01");
        DailyCloses closes = daily(first.toString(), 1365,
                day -> first.plusDays(day).isBefore(AS_OF) ? "100" : "200");

        assertThat(rules.baseRate(terms(Direction.UP, 5, Horizon.DAY), closes, AS_OF))
                .map(rate -> List.of(rate.yesWindows(), rate.windows())).contains(List.of(0, 364));
        assertThat(rules.baseRate(terms(Direction.UP, 5, Horizon.WEEK), closes, AS_OF))
                .map(rate -> List.of(rate.yesWindows(), rate.windows())).contains(List.of(0, 358));
        assertThat(rules.baseRate(terms(Direction.UP, 5, Horizon.MONTH), closes, AS_OF))
                .map(rate -> List.of(rate.yesWindows(), rate.windows())).contains(List.of(0, 335));
    }

    // Only two closes: 100 at the start, 110 at the end; up 10% is YES when that pair is one window.
    // The end of a window is the day a question created on its start settles (SchedulePolicy):
    // a month later is plusMonths, clamped to the month's last day.
    @ParameterizedTest(name = "{0} from {1}: a window ending {2}")
    @CsvSource({
            "DAY,   2024-02-28, 2024-02-29",
            "DAY,   2023-02-28, 2023-03-01",
            "DAY,   2023-12-31, 2024-01-01",
            "WEEK,  2024-02-26, 2024-03-04",
            "WEEK,  2023-02-26, 2023-03-05",
            "MONTH, 2024-01-31, 2024-02-29",
            "MONTH, 2023-01-31, 2023-02-28",
            "MONTH, 2024-01-30, 2024-02-29",
            "MONTH, 2024-02-29, 2024-03-29",
            "MONTH, 2024-02-01, 2024-03-01",
            "MONTH, 2024-03-31, 2024-04-30",
            "MONTH, 2023-12-31, 2024-01-31"
    })
    void a_window_ends_when_a_question_of_its_horizon_would_settle(Horizon horizon, LocalDate start,
                                                                   LocalDate end) {
        DailyCloses closes = DailyCloses.of(List.of(
                close(start.toString(), "100"), close(end.toString(), "110")));

        Optional<BaseRate> rate = windowsCounted(terms(Direction.UP, 10, horizon), closes, end.plusDays(1));

        assertThat(rate).map(r -> List.of(r.yesWindows(), r.windows())).contains(List.of(1, 1));
    }

    @ParameterizedTest(name = "month from {0}: no window ends {1}")
    @CsvSource({
            "2024-01-31, 2024-03-01",
            "2024-01-31, 2024-03-02",
            "2023-01-31, 2023-03-03",
            "2024-01-31, 2024-02-28",
            "2024-04-30, 2024-05-31"
    })
    void a_month_window_is_a_calendar_month_not_30_or_31_days(LocalDate start, LocalDate notTheEnd) {
        DailyCloses closes = DailyCloses.of(List.of(
                close(start.toString(), "100"), close(notTheEnd.toString(), "110")));

        assertThat(windowsCounted(terms(Direction.UP, 10, Horizon.MONTH), closes, notTheEnd.plusDays(1))).isEmpty();
    }

    @Test
    void several_month_ends_share_the_last_day_of_a_shorter_month() {
        // Jan 29, 30 and 31 2024 all end on Feb 29: three windows over one end close.
        DailyCloses closes = DailyCloses.of(List.of(close("2024-01-29", "100"), close("2024-01-30", "105"),
                close("2024-01-31", "100"), close("2024-02-29", "110")));

        BaseRate rate = windowsCounted(terms(Direction.UP, 10, Horizon.MONTH), closes, LocalDate.parse("2024-03-01"))
                .orElseThrow();

        // 100 -> 110 twice (YES), 105 -> 110 (target 115.5, NO).
        assertThat(rate.windows()).isEqualTo(3);
        assertThat(rate.yesWindows()).isEqualTo(2);
    }

    @Test
    void the_game_rules_take_the_windows_from_their_own_schedules() {
        DailyCloses closes = daily(LOOKBACK_START, 365, day -> String.valueOf(100 + day % 7));
        GameRules standard = GameRules.standard();

        for (Horizon horizon : Horizon.values()) {
            VoteTerms terms = terms(Direction.UP, 3, horizon);
            assertThat(standard.baseRate(terms, closes, AS_OF))
                    .isEqualTo(standard.baseRates().baseRate(terms, closes, AS_OF, standard.schedules()));
        }
    }

    @Test
    void a_base_rate_of_the_policy_carries_its_wilson_interval() {
        BaseRate rate = BaseRatePolicy.standard().rateOf(1, 30);

        assertThat(rate).isEqualTo(new BaseRate(1, 30, WilsonInterval.of(1, 30, WilsonInterval.Z_95)));
    }

    @ParameterizedTest(name = "{0} of {1} windows is refused")
    @CsvSource({"0, 0", "-1, 5", "6, 5"})
    void a_base_rate_needs_at_least_one_window_and_yes_windows_within_them(int yes, int windows) {
        assertThatThrownBy(() -> new BaseRate(yes, windows, new WilsonInterval(0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "lookback {0}, min windows {1}, z {2} is refused")
    @CsvSource({"0, 30, 1.96", "365, 0, 1.96", "365, 30, -1"})
    void a_policy_needs_a_lookback_a_minimum_and_a_confidence(int lookback, int minWindows, double z) {
        assertThatThrownBy(() -> new BaseRatePolicy(lookback, minWindows, z))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_interval_of_the_standard_policy_is_the_95_percent_one() {
        // At p = 0 the high bound is z²/(n + z²), which pins z² = 3.841459.
        BaseRate rate = BaseRatePolicy.standard().rateOf(0, 30);

        assertThat(rate.interval().high()).isCloseTo(Z2 / (30 + Z2), within(1e-12));
        assertThat(rate.interval().high()).isCloseTo(0.113513, within(0.000001));
    }
}
