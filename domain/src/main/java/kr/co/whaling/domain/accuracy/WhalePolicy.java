package kr.co.whaling.domain.accuracy;

import java.math.BigDecimal;

/** Who is a whale: accuracy of at least 70% over at least 5 settled answers (so one lucky answer makes none). */
public record WhalePolicy(BigDecimal minPercent, long minSettled) {

    public WhalePolicy {
        if (minPercent == null || minPercent.signum() < 0 || minSettled < 1) {
            throw new IllegalArgumentException("invalid whale policy");
        }
    }

    /** The rule of domain.md: 70% over at least 5 settled answers. */
    public static WhalePolicy standard() {
        return new WhalePolicy(BigDecimal.valueOf(70), 5);
    }

    /** Compares the exact ratio right/settled to the threshold (no rounding decides a whale). */
    public boolean isWhale(Accuracy accuracy) {
        return accuracy.settled() >= minSettled
                && BigDecimal.valueOf(accuracy.right()).multiply(BigDecimal.valueOf(100))
                        .compareTo(minPercent.multiply(BigDecimal.valueOf(accuracy.settled()))) >= 0;
    }
}
