package kr.co.whaling.application.vote.port.in;

import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.vote.model.VoteListing;
import kr.co.whaling.application.vote.model.VoteView;

/** Use case: the public listing of questions (ongoing and finished, not settled or voided). */
public interface ListVotesUseCase {

    Page<VoteView> listVotes(VoteListing query);
}
