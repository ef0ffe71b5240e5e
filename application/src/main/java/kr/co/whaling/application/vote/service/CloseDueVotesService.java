package kr.co.whaling.application.vote.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.co.whaling.application.vote.port.in.CloseDueVotesUseCase;
import kr.co.whaling.application.vote.port.out.LoadVotePort;
import kr.co.whaling.application.vote.port.out.LoadVotePort.VoteChunk;
import kr.co.whaling.application.vote.port.out.SaveVotePort;
import kr.co.whaling.domain.vote.Vote;

/** Closes answering on due questions as {@link Vote#close} decides, earliest closing first, chunk by chunk. */
public class CloseDueVotesService implements CloseDueVotesUseCase {

    private final LoadVotePort loadVotePort;
    private final SaveVotePort saveVotePort;
    private final Clock clock;
    private final int chunkSize;

    public CloseDueVotesService(LoadVotePort loadVotePort, SaveVotePort saveVotePort, Clock clock, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
        this.loadVotePort = loadVotePort;
        this.saveVotePort = saveVotePort;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    @Override
    public int closeDueVotes() {
        Instant now = clock.instant();
        int closed = 0;
        while (true) {
            VoteChunk ongoing = loadVotePort.loadOngoingVotesClosingFirst(chunkSize);
            List<Vote> due = ongoing.votes().stream().filter(vote -> vote.close(now)).toList();
            int saved = due.isEmpty() ? 0 : saveVotePort.saveClosing(due, now);
            closed += saved;
            // Stop at the first question not due, at the end of the ongoing ones, or when nothing
            // could be saved (another instance closed them first: the next run looks again). A row
            // that cannot be read is skipped here and reported when it comes due for settlement.
            if (due.size() < ongoing.votes().size() || ongoing.rows() < chunkSize || saved == 0) {
                return closed;
            }
        }
    }
}
