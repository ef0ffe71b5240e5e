package kr.co.whaling.domain.vote;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long settlement waits for a price: if the price at the settlement time still cannot be had
 * 24 hours after it (coin delisted, source gone), the question is voided and refunded.
 */
public record SettlementPolicy(Duration voidAfter) {

    public SettlementPolicy {
        Objects.requireNonNull(voidAfter, "voidAfter");
    }

    /** The rule of domain.md: 24 hours. */
    public static SettlementPolicy standard() {
        return new SettlementPolicy(Duration.ofHours(24));
    }

    public boolean shouldVoid(Instant settlesAt, Instant now) {
        return !now.isBefore(settlesAt.plus(voidAfter));
    }
}
