package kr.co.whaling.domain.vote;

import kr.co.whaling.domain.shared.VoteId;

/** Answering a question is refused at or after its closing time (or once it is no longer ongoing). */
public class VoteClosedException extends VoteException {

    public VoteClosedException(VoteId voteId) {
        super("vote.closed", voteId, "answering closed");
    }
}
