package kr.co.whaling.domain.coin;

import java.math.BigDecimal;
import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * A KRW price: an exact, strictly positive decimal of at most {@value #MAX_INTEGER_DIGITS} integer digits
 * and {@value #MAX_DECIMALS} decimals (the database's {@code DECIMAL(38,18)}; Upbit's are about 10^8 with
 * 8 decimals at most). Beyond that it is refused, never rounded: rounding could settle a question wrongly.
 */
public record Price(BigDecimal value) implements Comparable<Price> {

    public static final int MAX_INTEGER_DIGITS = 20;
    /** Trailing zeros do not count. */
    public static final int MAX_DECIMALS = 18;

    public Price {
        if (value == null || value.signum() <= 0) {
            throw new InvalidValueException("price", "price.invalid", "a price must be positive: " + value, value);
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (value.scale() > MAX_DECIMALS || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException("price", "price.invalid", "a price must have at most "
                    + MAX_INTEGER_DIGITS + " integer digits and " + MAX_DECIMALS + " decimals: "
                    + value.toPlainString(), value);
        }
    }

    @Override
    public int compareTo(Price other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
