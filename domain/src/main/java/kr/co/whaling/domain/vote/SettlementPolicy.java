package kr.co.whaling.domain.vote;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How long settlement waits for a price: 24 hours after the settlement time, the question is voided. */
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
