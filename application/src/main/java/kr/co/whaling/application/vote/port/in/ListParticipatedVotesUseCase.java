package kr.co.whaling.application.vote.port.in;

import kr.co.whaling.application.vote.model.MyVotes;

/** Use case: the questions a member answered, with counts per state. */
public interface ListParticipatedVotesUseCase {

    MyVotes listParticipatedVotes(ListMyVotesQuery query);
}
