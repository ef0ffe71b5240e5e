package kr.co.whaling.domain.accuracy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Tally;

/**
 * Sums over the settled questions with a crowd verdict whose crowd YES share fell in one tenth
 * ([0, 0.1), ... [0.9, 1.0]): the questions, those resolved YES, the crowd's squared errors, and the
 * questions with a base rate and its squared errors (YES counting 1, NO 0). Sums, so that buckets kept
 * at settlement add up to any grouping ({@link Calibration}).
 */
public record CalibrationBucket(int tenth, long questions, long resolvedYes, double crowdSquaredErrors,
                                long withBaseRate, double baseRateSquaredErrors) {

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
     * What one settled question adds to its tenth; empty without a crowd verdict. The tenth is computed
     * in whole numbers, so a share on the edge (exactly 0.3) never depends on floating-point rounding.
     */
    public static Optional<CalibrationBucket> ofQuestion(Tally tally, Choice outcome, Optional<BaseRate> baseRate) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(baseRate, "baseRate");
        if (tally.crowdMajority().isEmpty()) {
            return Optional.empty();
        }
        int tenth = (int) Math.min(TENTHS - 1, tally.yes() * TENTHS / tally.total());
        int resolved = outcome == Choice.YES ? 1 : 0;
        double crowdShare = (double) tally.yes() / tally.total();
        return Optional.of(new CalibrationBucket(tenth, 1, resolved, squared(crowdShare - resolved),
                baseRate.isPresent() ? 1 : 0, baseRate.map(rate -> squared(rate.share() - resolved)).orElse(0.0)));
    }

    /** The sums of this tenth and another's of the same tenth. */
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

    /** The highest crowd YES share of this tenth (exclusive, but the last tenth includes 1.0). */
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
