package kr.co.whaling.application.vote.service;

import java.util.Objects;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.application.vote.port.in.GetVoteQuery;
import kr.co.whaling.application.vote.port.in.GetVoteUseCase;
import kr.co.whaling.application.vote.port.out.LoadVoteViewsPort;
import kr.co.whaling.domain.shared.NotFoundException;

/** Shows one question in any state, with the viewer's own answer. */
public class GetVoteService implements GetVoteUseCase {

    private final LoadVoteViewsPort loadVoteViewsPort;

    public GetVoteService(LoadVoteViewsPort loadVoteViewsPort) {
        this.loadVoteViewsPort = Objects.requireNonNull(loadVoteViewsPort, "loadVoteViewsPort");
    }

    /**
     * Deliberately without a transaction, like the listing: the question, its coin, its creator and the
     * viewer's answer come in one statement, which needs no transaction around it, while a read-only
     * transaction would add five statements (read-only and auto-commit switches, commit) to that one.
     */
    @Override
    public VoteView getVote(GetVoteQuery query) {
        return loadVoteViewsPort.loadVoteView(query.voteId(), query.viewer())
                .orElseThrow(() -> new NotFoundException("vote", query.voteId()));
    }
}
