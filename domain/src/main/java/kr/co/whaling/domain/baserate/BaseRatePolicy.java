package kr.co.whaling.domain.baserate;

import java.time.LocalDate;
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
 * How a question's base rate is taken: over the coin's daily closes of the {@code lookbackDays} (365)
 * days before the question's day, one window per start day, as long as its horizon's schedule
 * ({@link SchedulePolicy}), judged by the settlement's rule ({@link Outcome#decide}). A window counts
 * when both its closes exist and it ends within the lookback. Under {@code minWindows} (30): no base rate.
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

    /** The base rate of these terms asked on {@code asOf} (a Seoul date, which has no close yet). */
    public Optional<BaseRate> baseRate(VoteTerms terms, DailyCloses closes, LocalDate asOf, SchedulePolicy schedules) {
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
            Outcome outcome = Outcome.decide(terms.direction(), startClose.get(), terms.range(), endClose.get());
            yesWindows += outcome.answer() == Choice.YES ? 1 : 0;
        }
        return windows < minWindows ? Optional.empty() : Optional.of(rateOf(yesWindows, windows));
    }

    public BaseRate rateOf(int yesWindows, int windows) {
        return new BaseRate(yesWindows, windows, WilsonInterval.of(yesWindows, windows, z));
    }

    /** The Seoul date a question created on {@code start} settles. */
    private static LocalDate windowEnd(LocalDate start, VoteTerms terms, SchedulePolicy schedules) {
        return schedules.scheduleFor(terms.horizon(), start.atStartOfDay(GameClock.ZONE).toInstant())
                .settlesAt().atZone(GameClock.ZONE).toLocalDate();
    }
}
