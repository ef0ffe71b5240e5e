package kr.co.whaling.application.vote.service;

import kr.co.whaling.application.vote.model.MyVotes;
import kr.co.whaling.application.vote.port.in.ListCreatedVotesUseCase;
import kr.co.whaling.application.vote.port.in.ListMyVotesQuery;
import kr.co.whaling.application.vote.port.out.LoadVoteViewsPort;
import org.springframework.transaction.annotation.Transactional;

/** Lists the questions a member created, with how many are ongoing and finished. */
public class ListCreatedVotesService implements ListCreatedVotesUseCase {

    private final LoadVoteViewsPort loadVoteViewsPort;

    public ListCreatedVotesService(LoadVoteViewsPort loadVoteViewsPort) {
        this.loadVoteViewsPort = loadVoteViewsPort;
    }

    @Override
    @Transactional(readOnly = true)
    public MyVotes listCreatedVotes(ListMyVotesQuery query) {
        return new MyVotes(loadVoteViewsPort.countCreatedVotes(query.memberId()),
                loadVoteViewsPort.loadCreatedVotes(query.memberId(), query.state(), query.page()));
    }
}
