package kr.co.whaling.domain.baserate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Which questions are too certain to ask: a member's question whose base rate is below 2% or above
 * 98% over at least 90 windows is refused before anything is charged, since answering it would hand
 * out free points and free accuracy. Staff questions are exempt; a question without a base rate is
 * allowed.
 */
public record GuardrailPolicy(BigDecimal minPercent, BigDecimal maxPercent, int minWindows) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public GuardrailPolicy {
        Objects.requireNonNull(minPercent, "minPercent");
        Objects.requireNonNull(maxPercent, "maxPercent");
        if (minPercent.signum() < 0 || maxPercent.compareTo(HUNDRED) > 0 || minPercent.compareTo(maxPercent) > 0
                || minWindows < 1) {
            throw new IllegalArgumentException("invalid guardrail " + minPercent + ".." + maxPercent + "/" + minWindows);
        }
    }

    /** The rule of domain.md: below 2% or above 98%, over at least 90 windows. */
    public static GuardrailPolicy standard() {
        return new GuardrailPolicy(BigDecimal.valueOf(2), BigDecimal.valueOf(98), 90);
    }

    /**
     * Whether a base rate says the answer is (almost) certain. Compares the exact ratio
     * yes/windows to the thresholds: exactly 2% or 98% is not too certain.
     */
    public boolean isTooCertain(BaseRate baseRate) {
        if (baseRate.windows() < minWindows) {
            return false;
        }
        BigDecimal yesPercentTimesWindows = BigDecimal.valueOf(baseRate.yesWindows()).multiply(HUNDRED);
        BigDecimal windows = BigDecimal.valueOf(baseRate.windows());
        return yesPercentTimesWindows.compareTo(minPercent.multiply(windows)) < 0
                || yesPercentTimesWindows.compareTo(maxPercent.multiply(windows)) > 0;
    }

    /** Whether a creator (staff or not) may ask a question with this base rate (none when it has too little history). */
    public boolean allows(boolean staffCreator, Optional<BaseRate> baseRate) {
        return staffCreator || baseRate.map(rate -> !isTooCertain(rate)).orElse(true);
    }

    /** Refuses a question {@link #allows} does not allow. */
    public void check(boolean staffCreator, Optional<BaseRate> baseRate) {
        if (!allows(staffCreator, baseRate)) {
            throw new QuestionTooCertainException(baseRate.orElseThrow());
        }
    }
}
