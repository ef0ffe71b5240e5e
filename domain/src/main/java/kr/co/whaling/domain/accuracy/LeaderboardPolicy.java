package kr.co.whaling.domain.accuracy;

import java.time.Instant;
import java.util.Comparator;
import kr.co.whaling.domain.shared.WilsonInterval;

/**
 * Who is on the leaderboard and in which order: members with at least 5 settled answers, ranked by
 * the lower bound of the 95% Wilson score interval of their hit rate, then by right answers, then
 * by the earlier signup.
 */
public record LeaderboardPolicy(long minSettled, double z) {

    /** The rule of domain.md: at least 5 settled answers, 95% confidence (z = 1.959964). */
    public static LeaderboardPolicy standard() {
        return new LeaderboardPolicy(5, WilsonInterval.Z_95);
    }

    public boolean isRanked(Accuracy accuracy) {
        return accuracy.settled() >= minSettled;
    }

    /**
     * The lower bound of the Wilson score interval ({@link WilsonInterval}) of {@code right} successes
     * out of the settled answers; 0 with no settled answer.
     */
    public double wilsonLowerBound(Accuracy accuracy) {
        return WilsonInterval.of(accuracy.right(), accuracy.settled(), z).low();
    }

    /** The leaderboard order, best first. */
    public <T> Comparator<T> order(java.util.function.Function<T, Accuracy> accuracy,
                                   java.util.function.Function<T, Instant> signedUpAt) {
        Comparator<T> byBound = Comparator.comparingDouble(t -> wilsonLowerBound(accuracy.apply(t)));
        Comparator<T> byRight = Comparator.comparingLong(t -> accuracy.apply(t).right());
        return byBound.reversed().thenComparing(byRight.reversed()).thenComparing(signedUpAt::apply);
    }
}
