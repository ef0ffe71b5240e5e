package kr.co.whaling.domain.vote;

import kr.co.whaling.domain.shared.VoteId;

/** What settling a due question comes to: settle it, void it, or wait for its price. */
public sealed interface SettlementDecision {

    /** The price at the settlement time is known: settle. */
    record Settle(Settlement settlement) implements SettlementDecision {
    }

    /** The price cannot be had and the waiting time is over: void and refund. */
    record Void(Voiding voiding) implements SettlementDecision {
    }

    /** The price cannot be had yet: leave the question as it is and retry later. */
    record Wait(VoteId voteId) implements SettlementDecision {
    }
}
