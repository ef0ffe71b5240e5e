package kr.co.whaling.domain.accuracy;

import java.math.BigDecimal;

/**
 * How often the crowd (or the whales) was right: questions whose majority equalled the outcome
 * over questions that had a majority at all, in percent with one decimal; 0.0 when there are none.
 * Ties and unanswered questions have no verdict and count nowhere.
 */
public record ServiceAccuracy(long right, long withVerdict) {

    public ServiceAccuracy {
        if (right < 0 || withVerdict < right) {
            throw new IllegalArgumentException("invalid counts " + right + "/" + withVerdict);
        }
    }

    public static final ServiceAccuracy NONE = new ServiceAccuracy(0, 0);

    public BigDecimal percent() {
        return Accuracy.Percent.of(right, withVerdict);
    }

    public ServiceAccuracy plus(ServiceAccuracy other) {
        return new ServiceAccuracy(right + other.right, withVerdict + other.withVerdict);
    }
}
