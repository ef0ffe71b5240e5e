package kr.co.whaling.domain.testdata;

import java.time.Instant;
import java.time.LocalDateTime;
import kr.co.whaling.domain.shared.GameClock;

/** Test data: instants written as Seoul wall-clock time, the calendar every schedule is counted in. */
public final class SeoulTime {

    private SeoulTime() {
    }

    /** The instant of a Seoul local date-time such as {@code 2024-01-31T09:00} (seconds optional). */
    public static Instant seoul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(GameClock.ZONE).toInstant();
    }

    /** The Seoul wall-clock time of an instant, for readable assertions. */
    public static LocalDateTime inSeoul(Instant instant) {
        return LocalDateTime.ofInstant(instant, GameClock.ZONE);
    }
}
