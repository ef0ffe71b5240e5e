package kr.co.whaling.application.vote.port.in;

import kr.co.whaling.application.vote.model.MyVotes;

/** Use case: the questions a member created, with counts per state. */
public interface ListCreatedVotesUseCase {

    MyVotes listCreatedVotes(ListMyVotesQuery query);
}
