package kr.co.whaling.application.vote.service;

import java.util.Objects;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.vote.model.VoteListing;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.application.vote.port.in.ListVotesUseCase;
import kr.co.whaling.application.vote.port.out.LoadVoteViewsPort;

/** Lists questions publicly, one page at a time. */
public class ListVotesService implements ListVotesUseCase {

    private final LoadVoteViewsPort loadVoteViewsPort;

    public ListVotesService(LoadVoteViewsPort loadVoteViewsPort) {
        this.loadVoteViewsPort = Objects.requireNonNull(loadVoteViewsPort, "loadVoteViewsPort");
    }

    /**
     * Deliberately without a transaction: the listing is the busiest call of the service, its reads
     * need no common snapshot (a page, its rows and the caller's answers only ever grow), and a
     * read-only transaction costs five extra statements per request (read-only and auto-commit
     * switches, commit) against the three that do the work.
     */
    @Override
    public Page<VoteView> listVotes(VoteListing query) {
        return loadVoteViewsPort.loadVotes(query);
    }
}
