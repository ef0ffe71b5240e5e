package kr.co.whaling.application.port.in;

import kr.co.whaling.application.port.in.model.MyVotes;

/** Use case: the questions a member answered, with counts per state. */
public interface ListParticipatedVotesUseCase {

    MyVotes listParticipatedVotes(ListMyVotesQuery query);
}
