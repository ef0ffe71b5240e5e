package kr.co.whaling.domain.vote;

import kr.co.whaling.domain.shared.VoteId;

/** A question is settled once, when it is finished and due. */
public class VoteNotSettleableException extends VoteException {

    public VoteNotSettleableException(VoteId voteId) {
        super("vote.not-settleable", voteId, "cannot be settled now");
    }
}
