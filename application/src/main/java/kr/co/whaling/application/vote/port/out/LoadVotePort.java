package kr.co.whaling.application.vote.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.vote.Vote;

/** Reads questions for the rules to act on. */
public interface LoadVotePort {

    Optional<Vote> loadVote(VoteId id);

    boolean hasAnswered(VoteId voteId, MemberId memberId);

    /** At most {@code limit} rows of ongoing questions, earliest closing first; rows read one by one. */
    VoteChunk loadOngoingVotesClosingFirst(int limit);

    /**
     * At most {@code limit} questions with id above {@code afterId} (0 first) due for settlement at
     * {@code now} (unsettled, {@code settlesAt <= now}), by id. A row that makes no valid question is
     * reported in {@link VoteChunk#unreadable()}, the others are returned.
     */
    VoteChunk loadVotesDueForSettlement(Instant now, long afterId, int limit);

    /** Questions read, rows that could not be, and the highest id of all rows (the one asked after when empty). */
    record VoteChunk(List<Vote> votes, List<SkippedItem> unreadable, long lastId) {

        public VoteChunk {
            votes = List.copyOf(votes);
            unreadable = List.copyOf(unreadable);
        }

        /** Rows in the chunk, read or not. */
        public int rows() {
            return votes.size() + unreadable.size();
        }
    }
}
