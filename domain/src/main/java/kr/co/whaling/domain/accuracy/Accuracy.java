package kr.co.whaling.domain.accuracy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A member's hit rate over settled answers (voided ones never count): right / (right + wrong) × 100, 0 with none. */
public record Accuracy(long right, long wrong) {

    public static final Accuracy NONE = new Accuracy(0, 0);

    public Accuracy {
        if (right < 0 || wrong < 0) {
            throw new IllegalArgumentException("counters cannot be negative: " + right + "/" + wrong);
        }
    }

    public long settled() {
        return right + wrong;
    }

    /** The hit rate in percent, one decimal, rounded half up. */
    public BigDecimal percent() {
        return percent(right, settled());
    }

    /** {@code part / whole} in percent, one decimal, rounded half up; 0.0 when {@code whole} is 0. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
