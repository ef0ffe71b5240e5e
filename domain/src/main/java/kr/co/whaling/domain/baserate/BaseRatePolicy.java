package kr.co.whaling.domain.baserate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.shared.GameClock;
import kr.co.whaling.domain.shared.WilsonInterval;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Outcome;
import kr.co.whaling.domain.terms.SchedulePolicy;
import kr.co.whaling.domain.terms.VoteTerms;

/**
 * How a question's base rate is taken: over the coin's daily closes of the {@code lookbackDays}
 * days before the question's day (365), one window per start day, as long as a question of its
 * horizon runs until settlement ({@link SchedulePolicy}: 1 day, 1 week, 1 calendar month, where
 * Jan 31 + 1 month is Feb 28, or Feb 29 in a leap year, as {@code plusMonths} does). Each window is
 * judged by the settlement's own rule ({@link Outcome#decide}): the close at its end against the
 * close at its start × (1 ± range/100). A window counts only when both closes exist and it ends
 * within the lookback. With fewer than {@code minWindows} windows (30) there is no base rate.
 */
public record BaseRatePolicy(int lookbackDays, int minWindows, double z) {

    public BaseRatePolicy {
        if (lookbackDays < 1 || minWindows < 1 || !(z >= 0)) {
            throw new IllegalArgumentException("invalid base rate policy " + lookbackDays + "/" + minWindows + "/" + z);
        }
    }

    /** The rule of domain.md: the last 365 days, at least 30 windows, a 95% Wilson interval. */
    public static BaseRatePolicy standard() {
        return new BaseRatePolicy(365, 30, WilsonInterval.Z_95);
    }

    /**
     * The base rate of a question with these terms asked on {@code asOf} (a Seoul date), from its
     * coin's daily closes. Only closes of the days {@code asOf − lookbackDays} to {@code asOf − 1}
     * count: the day of the question has no close yet. Empty with fewer than {@code minWindows}
     * windows.
     */
    public Optional<BaseRate> baseRate(VoteTerms terms, DailyCloses closes, LocalDate asOf, SchedulePolicy schedules) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(schedules, "schedules");
        int windows = 0;
        int yesWindows = 0;
        for (LocalDate start = asOf.minusDays(lookbackDays); start.isBefore(asOf); start = start.plusDays(1)) {
            LocalDate end = windowEnd(start, terms, schedules);
            Optional<Price> startClose = closes.closeOn(start);
            Optional<Price> endClose = closes.closeOn(end);
            if (!end.isBefore(asOf) || startClose.isEmpty() || endClose.isEmpty()) {
                continue;
            }
            windows++;
            if (Outcome.decide(terms.direction(), startClose.get(), terms.range(), endClose.get()).answer()
                    == Choice.YES) {
                yesWindows++;
            }
        }
        return windows < minWindows ? Optional.empty() : Optional.of(rateOf(yesWindows, windows));
    }

    /** A base rate of {@code yesWindows} out of {@code windows}, with this policy's interval. */
    public BaseRate rateOf(int yesWindows, int windows) {
        return new BaseRate(yesWindows, windows, WilsonInterval.of(yesWindows, windows, z));
    }

    /** The day a window starting on {@code start} ends: the Seoul date a question created then settles. */
    private static LocalDate windowEnd(LocalDate start, VoteTerms terms, SchedulePolicy schedules) {
        return schedules.scheduleFor(terms.horizon(), start.atStartOfDay(GameClock.ZONE).toInstant())
                .settlesAt().atZone(GameClock.ZONE).toLocalDate();
    }
}
