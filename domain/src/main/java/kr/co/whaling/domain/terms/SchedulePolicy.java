package kr.co.whaling.domain.terms;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAmount;
import java.util.Map;
import java.util.Objects;
import kr.co.whaling.domain.shared.GameClock;

/**
 * The schedule of a question from its creation truncated to the minute, in Seoul calendar time: day
 * closes +8 hours, settles +1 day; week +3 days, +1 week; month +1 week, +1 calendar month (Jan 31 → Feb 28/29).
 */
public record SchedulePolicy(Map<Horizon, Timing> timings) {

    /** When answering closes and when the question settles, after creation. */
    public record Timing(TemporalAmount closesAfter, TemporalAmount settlesAfter) {
        public Timing {
            Objects.requireNonNull(closesAfter, "closesAfter");
            Objects.requireNonNull(settlesAfter, "settlesAfter");
        }
    }

    public SchedulePolicy {
        timings = Map.copyOf(timings);
        for (Horizon horizon : Horizon.values()) {
            if (!timings.containsKey(horizon)) {
                throw new IllegalArgumentException("no timing for " + horizon);
            }
        }
    }

    /** The table of domain.md. */
    public static SchedulePolicy standard() {
        return new SchedulePolicy(Map.of(
                Horizon.DAY, new Timing(Duration.ofHours(8), Period.ofDays(1)),
                Horizon.WEEK, new Timing(Period.ofDays(3), Period.ofWeeks(1)),
                Horizon.MONTH, new Timing(Period.ofWeeks(1), Period.ofMonths(1))));
    }

    public Schedule scheduleFor(Horizon horizon, Instant creation) {
        Timing timing = timings.get(horizon);
        ZonedDateTime start = creation.atZone(GameClock.ZONE).truncatedTo(ChronoUnit.MINUTES);
        return new Schedule(start.toInstant(),
                start.plus(timing.closesAfter()).toInstant(),
                start.plus(timing.settlesAfter()).toInstant());
    }
}
