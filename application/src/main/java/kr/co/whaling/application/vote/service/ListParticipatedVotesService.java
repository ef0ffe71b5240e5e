package kr.co.whaling.application.vote.service;

import kr.co.whaling.application.vote.model.MyVotes;
import kr.co.whaling.application.vote.port.in.ListMyVotesQuery;
import kr.co.whaling.application.vote.port.in.ListParticipatedVotesUseCase;
import kr.co.whaling.application.vote.port.out.LoadVoteViewsPort;
import org.springframework.transaction.annotation.Transactional;

/** Lists the questions a member answered, with how many are ongoing and finished. */
public class ListParticipatedVotesService implements ListParticipatedVotesUseCase {

    private final LoadVoteViewsPort loadVoteViewsPort;

    public ListParticipatedVotesService(LoadVoteViewsPort loadVoteViewsPort) {
        this.loadVoteViewsPort = loadVoteViewsPort;
    }

    @Override
    @Transactional(readOnly = true)
    public MyVotes listParticipatedVotes(ListMyVotesQuery query) {
        return new MyVotes(loadVoteViewsPort.countParticipatedVotes(query.memberId()),
                loadVoteViewsPort.loadParticipatedVotes(query.memberId(), query.state(), query.page()));
    }
}
