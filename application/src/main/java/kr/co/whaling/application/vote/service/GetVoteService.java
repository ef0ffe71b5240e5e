package kr.co.whaling.application.vote.service;

import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.application.vote.port.in.GetVoteQuery;
import kr.co.whaling.application.vote.port.in.GetVoteUseCase;
import kr.co.whaling.application.vote.port.out.LoadVoteViewsPort;
import kr.co.whaling.domain.shared.NotFoundException;

/** Shows one question in any state, with the viewer's own answer. */
public class GetVoteService implements GetVoteUseCase {

    private final LoadVoteViewsPort loadVoteViewsPort;

    public GetVoteService(LoadVoteViewsPort loadVoteViewsPort) {
        this.loadVoteViewsPort = loadVoteViewsPort;
    }

    /** Deliberately without a transaction: it would add five statements to the one that reads everything. */
    @Override
    public VoteView getVote(GetVoteQuery query) {
        return loadVoteViewsPort.loadVoteView(query.voteId(), query.viewer())
                .orElseThrow(() -> new NotFoundException("vote", query.voteId()));
    }
}
