package kr.co.whaling.application.stats.port.in;

/** Input of {@link GetLeaderboardUseCase}: how many lines (1..100). */
public record GetLeaderboardQuery(int size) {

    public GetLeaderboardQuery {
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be 1..100: " + size);
        }
    }
}
