package kr.co.whaling.application.stats.port.in;

import java.util.Objects;
import kr.co.whaling.application.stats.model.LeaderboardOrder;

/** Input of {@link GetLeaderboardUseCase}: how many lines (1..100), ranked in which order. */
public record GetLeaderboardQuery(int size, LeaderboardOrder order) {

    /** The most lines one query may ask for. */
    public static final int MAX_SIZE = 100;

    public GetLeaderboardQuery {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1..100: " + size);
        }
        Objects.requireNonNull(order, "order");
    }
}
