package kr.co.whaling.domain.coin;

import java.math.BigDecimal;
import kr.co.whaling.domain.shared.InvalidValueException;

/** A KRW price: an exact, strictly positive decimal (many prices are below 1 KRW). */
public record Price(BigDecimal value) implements Comparable<Price> {

    public Price {
        if (value == null || value.signum() <= 0) {
            throw new InvalidValueException("price", "price.invalid", "a price must be positive: " + value, value);
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
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
