package kr.co.whaling.application.vote.service;

import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.vote.model.VoteListing;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.application.vote.port.in.ListVotesUseCase;
import kr.co.whaling.application.vote.port.out.LoadVoteViewsPort;

/** Lists questions publicly, one page at a time. */
public class ListVotesService implements ListVotesUseCase {

    private final LoadVoteViewsPort loadVoteViewsPort;

    public ListVotesService(LoadVoteViewsPort loadVoteViewsPort) {
        this.loadVoteViewsPort = loadVoteViewsPort;
    }

    /**
     * Deliberately without a transaction: the busiest call needs no common snapshot (a page, its rows and
     * the caller's answers only grow), and a read-only one costs five extra statements against three.
     */
    @Override
    public Page<VoteView> listVotes(VoteListing query) {
        return loadVoteViewsPort.loadVotes(query);
    }
}
