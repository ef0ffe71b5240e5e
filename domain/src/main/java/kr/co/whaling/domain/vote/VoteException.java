package kr.co.whaling.domain.vote;

import kr.co.whaling.domain.shared.DomainException;
import kr.co.whaling.domain.shared.VoteId;

/** A rule about one question was broken; carries the question's id. */
public abstract class VoteException extends DomainException {

    private final transient VoteId voteId;

    protected VoteException(String code, VoteId voteId, String what) {
        super(code, "question " + voteId + ": " + what, voteId);
        this.voteId = voteId;
    }

    public VoteId voteId() {
        return voteId;
    }
}
