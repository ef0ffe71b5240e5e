package kr.co.whaling.domain.shared;

import java.time.ZoneId;

/** The game's calendar: schedules are computed in Seoul time, whatever the server's zone. */
public final class GameClock {

    /** The zone of every schedule and of every timestamp the API shows. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private GameClock() {
    }
}
