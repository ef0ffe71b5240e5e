package kr.co.whaling.domain.terms;

import java.math.BigDecimal;
import kr.co.whaling.domain.coin.Price;

/** Whether a question asks about a rise ({@code up}) or a fall ({@code down}) of the price. */
public enum Direction {
    UP, DOWN;

    /** The target price, exact: created × (1 + range/100) for up, created × (1 − range/100) for down. */
    public BigDecimal target(Price created, Range range) {
        BigDecimal factor = BigDecimal.valueOf(range.percent()).movePointLeft(2);
        BigDecimal multiplier = this == UP ? BigDecimal.ONE.add(factor) : BigDecimal.ONE.subtract(factor);
        return created.value().multiply(multiplier);
    }

    /** Whether the final price reached the target: up means final ≥ target, down final ≤ target. */
    public boolean reached(BigDecimal target, Price finalPrice) {
        int comparison = finalPrice.value().compareTo(target);
        return this == UP ? comparison >= 0 : comparison <= 0;
    }
}
