package kr.co.whaling.application.vote;

import java.util.List;
import kr.co.whaling.application.vote.port.out.LoadVotePort.VoteChunk;
import kr.co.whaling.domain.vote.Vote;

/** Test data: chunks of questions as a loading port hands them out. */
public final class VoteChunks {

    private VoteChunks() {
    }

    /** A chunk whose rows all made valid questions, read after {@code afterId}. */
    public static VoteChunk readable(List<Vote> votes, long afterId) {
        long lastId = votes.isEmpty() ? afterId : votes.get(votes.size() - 1).id().value();
        return new VoteChunk(votes, List.of(), lastId);
    }
}
