package kr.co.whaling.domain.accuracy;

import java.math.BigDecimal;

/**
 * How often the crowd (or the whales) was right: questions whose majority was the outcome over those
 * with a majority, in percent with one decimal. Ties and unanswered questions count nowhere.
 */
public record ServiceAccuracy(long right, long withVerdict) {

    public ServiceAccuracy {
        if (right < 0 || withVerdict < right) {
            throw new IllegalArgumentException("invalid counts " + right + "/" + withVerdict);
        }
    }

    public static final ServiceAccuracy NONE = new ServiceAccuracy(0, 0);

    public BigDecimal percent() {
        return Accuracy.percent(right, withVerdict);
    }

    public ServiceAccuracy plus(ServiceAccuracy other) {
        return new ServiceAccuracy(right + other.right, withVerdict + other.withVerdict);
    }
}
