package kr.co.whaling.application.vote.port.out;

import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.Voiding;

/** Applies a settlement decision to a question and its answers: set-based, each method one transaction. */
public interface ApplySettlementPort {

    /**
     * Claims the question if still unsettled, then marks every answer right or wrong, bumps members'
     * counters and credits each right answer's reward (a REWARD ledger entry).
     *
     * @return false when the question was already settled or voided (nothing changed)
     */
    boolean applySettlement(Settlement settlement);

    /**
     * Claims the question if still unsettled, then refunds the creation fee and every answer's cost;
     * answers count neither right nor wrong.
     *
     * @return false when the question was already settled or voided (nothing changed)
     */
    boolean applyVoiding(Voiding voiding);
}
