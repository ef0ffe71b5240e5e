package kr.co.whaling.application.port.in;

import kr.co.whaling.application.port.in.model.Page;
import kr.co.whaling.application.port.in.model.VoteView;

/** Use case: the public listing of questions (ongoing and finished, not settled or voided). */
public interface ListVotesUseCase {

    Page<VoteView> listVotes(ListVotesQuery query);
}
