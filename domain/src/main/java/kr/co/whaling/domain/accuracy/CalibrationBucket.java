package kr.co.whaling.domain.accuracy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Tally;

/**
 * Sums over the settled questions whose crowd YES share (yes / (yes + no)) fell in one tenth:
 * [0, 0.1), [0.1, 0.2), ... [0.9, 1.0] (the last includes 1). Per tenth: the questions, how many
 * resolved YES, the sum of the crowd's squared errors (share − outcome)², and, over those of them
 * with a base rate, their number and the sum of the base rate's squared errors, the outcome
 * counting 1 for YES and 0 for NO. Only questions with a crowd verdict count (a tie, or no answer,
 * has none). Sums, so that buckets kept at settlement add up to any grouping ({@link Calibration}).
 */
public record CalibrationBucket(int tenth, long questions, long resolvedYes, double crowdSquaredErrors,
                                long withBaseRate, double baseRateSquaredErrors) {

    /** The number of buckets: the crowd's YES share is grouped in tenths. */
    public static final int TENTHS = 10;

    public CalibrationBucket {
        if (tenth < 0 || tenth >= TENTHS || questions < 0 || resolvedYes < 0 || resolvedYes > questions
                || withBaseRate < 0 || withBaseRate > questions
                || !(crowdSquaredErrors >= 0 && crowdSquaredErrors <= questions)
                || !(baseRateSquaredErrors >= 0 && baseRateSquaredErrors <= withBaseRate)) {
            throw new IllegalArgumentException("invalid calibration sums " + tenth + ": " + questions + "/"
                    + resolvedYes + "/" + crowdSquaredErrors + "/" + withBaseRate + "/" + baseRateSquaredErrors);
        }
    }

    /** A tenth with no question yet. */
    public static CalibrationBucket empty(int tenth) {
        return new CalibrationBucket(tenth, 0, 0, 0, 0, 0);
    }

    /**
     * What one settled question adds to its tenth; empty when the crowd has no verdict. The tenth is
     * computed in whole numbers (10 × yes / (yes + no), rounded down), so a share on the edge of a
     * tenth (exactly 0.3) never depends on floating-point rounding.
     */
    public static Optional<CalibrationBucket> ofQuestion(Tally tally, Choice outcome, Optional<BaseRate> baseRate) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(baseRate, "baseRate");
        if (tally.crowdMajority().isEmpty()) {
            return Optional.empty();
        }
        int tenth = (int) Math.min(TENTHS - 1, tally.yes() * TENTHS / tally.total());
        double resolved = outcome == Choice.YES ? 1 : 0;
        double crowdShare = (double) tally.yes() / tally.total();
        return Optional.of(new CalibrationBucket(tenth, 1, outcome == Choice.YES ? 1 : 0,
                squared(crowdShare - resolved), baseRate.isPresent() ? 1 : 0,
                baseRate.map(rate -> squared(rate.share() - resolved)).orElse(0.0)));
    }

    /** The sums of this tenth and another's over the same tenth. */
    public CalibrationBucket plus(CalibrationBucket other) {
        if (other.tenth != tenth) {
            throw new IllegalArgumentException("cannot add tenth " + other.tenth + " to tenth " + tenth);
        }
        return new CalibrationBucket(tenth, questions + other.questions, resolvedYes + other.resolvedYes,
                crowdSquaredErrors + other.crowdSquaredErrors, withBaseRate + other.withBaseRate,
                baseRateSquaredErrors + other.baseRateSquaredErrors);
    }

    /** The lowest crowd YES share of this tenth (inclusive). */
    public BigDecimal from() {
        return BigDecimal.valueOf(tenth, 1);
    }

    /** The highest crowd YES share of this tenth (exclusive, but for the last tenth, which includes 1.0). */
    public BigDecimal to() {
        return BigDecimal.valueOf(tenth + 1L, 1);
    }

    /** The share of this tenth's questions that resolved YES; empty without a question. */
    public OptionalDouble yesShare() {
        return questions == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) resolvedYes / questions);
    }

    private static double squared(double error) {
        return error * error;
    }
}
