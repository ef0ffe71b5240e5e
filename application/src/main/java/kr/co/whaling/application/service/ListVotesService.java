package kr.co.whaling.application.service;

import java.util.Objects;

import org.springframework.transaction.annotation.Transactional;

import kr.co.whaling.application.port.in.ListVotesQuery;
import kr.co.whaling.application.port.in.ListVotesUseCase;
import kr.co.whaling.application.port.in.model.Page;
import kr.co.whaling.application.port.in.model.VoteView;
import kr.co.whaling.application.port.out.LoadVoteViewsPort;

/** Lists questions publicly, one page at a time. */
public class ListVotesService implements ListVotesUseCase {

    private final LoadVoteViewsPort loadVoteViewsPort;

    public ListVotesService(LoadVoteViewsPort loadVoteViewsPort) {
        this.loadVoteViewsPort = Objects.requireNonNull(loadVoteViewsPort, "loadVoteViewsPort");
    }

    @Override
    @Transactional(readOnly = true)
    public Page<VoteView> listVotes(ListVotesQuery query) {
        return loadVoteViewsPort.loadVotes(query);
    }
}
