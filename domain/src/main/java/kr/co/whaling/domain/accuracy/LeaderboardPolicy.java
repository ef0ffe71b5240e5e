package kr.co.whaling.domain.accuracy;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import kr.co.whaling.domain.shared.WilsonInterval;

/**
 * Who is on the leaderboard and in which order: members with at least 5 settled answers, by the lower
 * bound of the 95% Wilson interval of their hit rate, then right answers, then the earlier signup. By
 * skill: at least 5 answers with a base rate, by skill, then right answers among them, then signup.
 */
public record LeaderboardPolicy(long minSettled, double z) {

    /** The rule of domain.md: at least 5 settled answers, 95% confidence (z = 1.959964). */
    public static LeaderboardPolicy standard() {
        return new LeaderboardPolicy(5, WilsonInterval.Z_95);
    }

    public boolean isRanked(Accuracy accuracy) {
        return accuracy.settled() >= minSettled;
    }

    /** The lower bound of the Wilson interval of the hit rate; 0 with no settled answer. */
    public double wilsonLowerBound(Accuracy accuracy) {
        return WilsonInterval.of(accuracy.right(), accuracy.settled(), z).low();
    }

    public boolean isRankedBySkill(Skill skill) {
        return skill.answers() >= minSettled;
    }

    /** The leaderboard order, best first. */
    public <T> Comparator<T> order(Function<T, Accuracy> accuracy, Function<T, Instant> signedUpAt) {
        return ranking(t -> wilsonLowerBound(accuracy.apply(t)), t -> accuracy.apply(t).right(), signedUpAt);
    }

    /** The leaderboard order by skill, best first. */
    public <T> Comparator<T> skillOrder(Function<T, Skill> skill, Function<T, Instant> signedUpAt) {
        return ranking(t -> skill.apply(t).percentagePoints(), t -> skill.apply(t).right(), signedUpAt);
    }

    /** Higher score first, then more right answers, then the earlier signup. */
    private static <T> Comparator<T> ranking(ToDoubleFunction<T> score, ToLongFunction<T> right,
                                             Function<T, Instant> signedUpAt) {
        return Comparator.comparingDouble(score).reversed()
                .thenComparing(Comparator.comparingLong(right).reversed())
                .thenComparing(signedUpAt);
    }
}
