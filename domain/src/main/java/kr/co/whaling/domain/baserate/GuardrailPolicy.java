package kr.co.whaling.domain.baserate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Which questions are too certain to ask: a member's question with a base rate below 2% or above 98%
 * over at least 90 windows is refused before anything is charged (it would hand out free points and
 * accuracy). Staff questions, and questions without a base rate, are allowed.
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

    /** Compares the exact ratio yes/windows to the thresholds: exactly 2% or 98% is not too certain. */
    public boolean isTooCertain(BaseRate baseRate) {
        if (baseRate.windows() < minWindows) {
            return false;
        }
        BigDecimal yesPercentTimesWindows = BigDecimal.valueOf(baseRate.yesWindows()).multiply(HUNDRED);
        BigDecimal windows = BigDecimal.valueOf(baseRate.windows());
        return yesPercentTimesWindows.compareTo(minPercent.multiply(windows)) < 0
                || yesPercentTimesWindows.compareTo(maxPercent.multiply(windows)) > 0;
    }

    /** Refuses a member's too certain question; {@code baseRate} is empty with too little history. */
    public void check(boolean staffCreator, Optional<BaseRate> baseRate) {
        if (!staffCreator && baseRate.filter(this::isTooCertain).isPresent()) {
            throw new QuestionTooCertainException(baseRate.get());
        }
    }
}
