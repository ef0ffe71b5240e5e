package kr.co.whaling.domain.coin;

import java.math.BigDecimal;
import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * A KRW price: an exact, strictly positive decimal (many prices are below 1 KRW) of at most
 * {@value #MAX_INTEGER_DIGITS} integer digits and {@value #MAX_DECIMALS} decimals. The limits are
 * what the game keeps exactly (the database's {@code DECIMAL(38,18)}); they hold Upbit's dearest
 * KRW prices (about 10^8, far below 10^20) and its finest ticks (at most 8 decimals) with a wide
 * margin. A price beyond them is refused, never rounded: a rounded price could settle a question
 * wrongly, or round to 0.
 */
public record Price(BigDecimal value) implements Comparable<Price> {

    /** Digits before the decimal point at most. */
    public static final int MAX_INTEGER_DIGITS = 20;
    /** Digits after the decimal point at most (trailing zeros do not count). */
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

    public static Price of(String value) {
        return new Price(new BigDecimal(value));
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
