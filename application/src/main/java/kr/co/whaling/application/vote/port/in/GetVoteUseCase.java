package kr.co.whaling.application.vote.port.in;

import kr.co.whaling.application.vote.model.VoteView;

/** Use case: one question in any state, with the viewer's answer; NotFoundException when unknown. */
public interface GetVoteUseCase {

    VoteView getVote(GetVoteQuery query);
}
