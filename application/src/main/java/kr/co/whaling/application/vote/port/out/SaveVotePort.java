package kr.co.whaling.application.vote.port.out;

import java.time.Instant;
import java.util.List;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.vote.Vote;

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

    /**
     * Saves the closing of answering that {@link kr.co.whaling.domain.vote.Vote#close} decided for each
     * of these questions, guarded: a question no longer ongoing (closed or settled meanwhile) is left
     * as it is.
     *
     * @return how many questions this call closed
     */
    int saveClosing(List<Vote> closed, Instant at);
}
