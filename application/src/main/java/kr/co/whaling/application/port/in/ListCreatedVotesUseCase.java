package kr.co.whaling.application.port.in;

import kr.co.whaling.application.port.in.model.MyVotes;

/** Use case: the questions a member created, with counts per state. */
public interface ListCreatedVotesUseCase {

    MyVotes listCreatedVotes(ListMyVotesQuery query);
}
