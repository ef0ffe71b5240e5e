package kr.co.whaling.domain.point;

import java.time.Instant;
import java.util.Objects;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;

/** One change in the append-only points ledger (negative for fees), with its question and the balance after. */
public record PointLedgerEntry(MemberId memberId, long amount, PointReason reason, VoteId voteId,
                               long balanceAfter, Instant at) {

    public PointLedgerEntry {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (reason.isDebit() ? amount > 0 : amount < 0) {
            throw new IllegalArgumentException(reason + " cannot have amount " + amount);
        }
        if (reason != PointReason.SIGNUP_GRANT && voteId == null) {
            throw new IllegalArgumentException(reason + " must name its question");
        }
        if (balanceAfter < 0) {
            throw new IllegalArgumentException("a balance never goes below zero: " + balanceAfter);
        }
    }
}
