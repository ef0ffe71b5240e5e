package kr.co.whaling.domain.accuracy;

import java.time.Instant;
import java.util.Comparator;

/**
 * Who is on the leaderboard and in which order: members with at least 5 settled answers, ranked by
 * the lower bound of the 95% Wilson score interval of their hit rate, then by right answers, then
 * by the earlier signup.
 */
public record LeaderboardPolicy(long minSettled, double z) {

    /** The rule of domain.md: at least 5 settled answers, 95% confidence (z = 1.959964). */
    public static LeaderboardPolicy standard() {
        return new LeaderboardPolicy(5, 1.959963984540054);
    }

    public boolean isRanked(Accuracy accuracy) {
        return accuracy.settled() >= minSettled;
    }

    /**
     * The Wilson score interval's lower bound of {@code right} successes out of the settled answers:
     * (p + z²/2n − z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n); 0 with no settled answer.
     */
    public double wilsonLowerBound(Accuracy accuracy) {
        long n = accuracy.settled();
        if (n == 0) {
            return 0;
        }
        double p = (double) accuracy.right() / n;
        double z2 = z * z;
        double centre = p + z2 / (2.0 * n);
        double margin = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return (centre - margin) / (1 + z2 / n);
    }

    /** The leaderboard order, best first. */
    public <T> Comparator<T> order(java.util.function.Function<T, Accuracy> accuracy,
                                   java.util.function.Function<T, Instant> signedUpAt) {
        Comparator<T> byBound = Comparator.comparingDouble(t -> wilsonLowerBound(accuracy.apply(t)));
        Comparator<T> byRight = Comparator.comparingLong(t -> accuracy.apply(t).right());
        return byBound.reversed().thenComparing(byRight.reversed()).thenComparing(signedUpAt::apply);
    }
}
