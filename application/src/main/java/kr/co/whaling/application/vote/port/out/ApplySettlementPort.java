package kr.co.whaling.application.vote.port.out;

import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.Voiding;

/**
 * Applies a settlement decision to a question and all its answers, set-based (a constant number of
 * statements whatever the number of answers) and atomically: each method is one transaction.
 */
public interface ApplySettlementPort {

    /**
     * Claims the question (a guarded state change: only an unsettled one) and, if claimed, marks every
     * answer right or wrong, bumps members' right/wrong counters, and credits every right answer's
     * reward with a REWARD ledger entry.
     *
     * @return false when the question was already settled or voided (nothing changed)
     */
    boolean applySettlement(Settlement settlement);

    /**
     * Claims the question and, if claimed, refunds the creation fee and every answer's cost with
     * refund ledger entries; answers count neither right nor wrong.
     *
     * @return false when the question was already settled or voided (nothing changed)
     */
    boolean applyVoiding(Voiding voiding);
}
