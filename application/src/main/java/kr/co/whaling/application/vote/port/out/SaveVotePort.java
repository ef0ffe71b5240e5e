package kr.co.whaling.application.vote.port.out;

import java.time.Instant;
import java.util.List;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.vote.Vote;

/** Writes new questions and the closing of answering. */
public interface SaveVotePort {

    /**
     * Saves a new question and charges its creator's fee (VOTE_FEE) atomically, only if the balance
     * still covers it; returns the new id.
     *
     * @throws NotEnoughPointsException when the balance no longer covers the fee (nothing is saved)
     */
    VoteId createVote(Vote newVote, Instant at);

    /** Saves the closings {@link Vote#close} decided, skipping questions no longer ongoing; returns how many. */
    int saveClosing(List<Vote> closed, Instant at);
}
