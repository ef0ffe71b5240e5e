package kr.co.whaling.domain.vote;

import kr.co.whaling.domain.shared.VoteId;

/** A member answers a question at most once. */
public class AlreadyAnsweredException extends VoteException {

    public AlreadyAnsweredException(VoteId voteId) {
        super("vote.already-answered", voteId, "already answered");
    }
}
