package kr.co.whaling.application.vote.port.in;

import kr.co.whaling.domain.shared.VoteId;

/** Use case: ask the crowd a new question, priced at the coin's fresh current price; the creator pays the fee. */
public interface CreateVoteUseCase {

    VoteId createVote(CreateVoteCommand command);
}
