package kr.co.whaling.application.vote.port.out;

import java.time.Instant;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.shared.VoteId;

/** Writes new questions and the closing of answering. */
public interface SaveVotePort {

    /**
     * Saves a new question and charges its creator the creation fee (a VOTE_FEE ledger entry) in one
     * atomic step: the debit happens only if the balance still covers it.
     *
     * @return the new question's id
     * @throws NotEnoughPointsException when the balance no longer covers the fee (nothing is saved)
     */
    VoteId createVote(Vote newVote, Instant at);

    /** Moves every ongoing question whose closing time is at or before {@code now} to FINISHED. */
    int closeVotesDueAt(Instant now);
}
