package kr.co.whaling.domain.accuracy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The crowd's calibration over settled questions with a verdict: per tenth of the crowd's YES share,
 * the questions and the share that resolved YES; and the Brier score (mean of (p − outcome)², lower is
 * better) of the crowd over every question and of the base rate over those that have one.
 */
public record Calibration(List<CalibrationBucket> buckets) {

    public Calibration {
        buckets = List.copyOf(buckets);
        if (buckets.size() != CalibrationBucket.TENTHS) {
            throw new IllegalArgumentException("expected one bucket per tenth, got " + buckets.size());
        }
        for (int tenth = 0; tenth < CalibrationBucket.TENTHS; tenth++) {
            if (buckets.get(tenth).tenth() != tenth) {
                throw new IllegalArgumentException("bucket " + tenth + " is tenth " + buckets.get(tenth).tenth());
            }
        }
    }

    /** Adds up bucket sums (any number per tenth, in any order) into one calibration of every tenth. */
    public static Calibration of(Collection<CalibrationBucket> sums) {
        List<CalibrationBucket> merged = new ArrayList<>(CalibrationBucket.TENTHS);
        for (int tenth = 0; tenth < CalibrationBucket.TENTHS; tenth++) {
            merged.add(CalibrationBucket.empty(tenth));
        }
        for (CalibrationBucket sum : sums) {
            merged.set(sum.tenth(), merged.get(sum.tenth()).plus(sum));
        }
        return new Calibration(merged);
    }

    public long questions() {
        return buckets.stream().mapToLong(CalibrationBucket::questions).sum();
    }

    public long questionsWithBaseRate() {
        return buckets.stream().mapToLong(CalibrationBucket::withBaseRate).sum();
    }

    /** The crowd's Brier score; empty without a question. */
    public OptionalDouble crowdBrier() {
        return mean(buckets.stream().mapToDouble(CalibrationBucket::crowdSquaredErrors).sum(), questions());
    }

    /** The base rate's Brier score over the questions that have one; empty when none has. */
    public OptionalDouble baseRateBrier() {
        return mean(buckets.stream().mapToDouble(CalibrationBucket::baseRateSquaredErrors).sum(),
                questionsWithBaseRate());
    }

    private static OptionalDouble mean(double sum, long count) {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
    }
}
