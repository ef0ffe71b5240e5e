package kr.co.whaling.domain.point;

import java.util.Objects;

/** A change the game makes to a member's points: a fee takes them, every other reason gives them. */
public record PointChange(PointReason reason, Points amount) {

    public PointChange {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amount, "amount");
    }

    /** The change to the balance: negative for a fee. */
    public long signedAmount() {
        return reason.isDebit() ? -amount.value() : amount.value();
    }

    /** Whether nothing moves (a free answer, no reward): no balance change and no ledger entry. */
    public boolean isNone() {
        return amount.isZero();
    }
}
