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

    /**
     * At most {@code limit} rows of ongoing questions, the earliest closing time first: the ones the
     * domain looks at to decide which to close. Rows are read one by one, as for settlement.
     */
    VoteChunk loadOngoingVotesClosingFirst(int limit);

    /**
     * A chunk of at most {@code limit} questions due for settlement at {@code now} (finished, or
     * ongoing past closing, and {@code settlesAt <= now}), ordered by id, with id greater than
     * {@code afterId} (0 for the first chunk). Each row is read on its own: one that does not make a
     * valid question is left out of {@link VoteChunk#votes()} and reported, the others are returned.
     */
    VoteChunk loadVotesDueForSettlement(Instant now, long afterId, int limit);

    /**
     * One chunk of questions: the questions read, the rows that could not be read, and the
     * highest id among all its rows ({@code afterId} for the next chunk; the {@code afterId} asked
     * when the chunk is empty).
     */
    record VoteChunk(List<Vote> votes, List<SkippedItem> unreadable, long lastId) {

        public VoteChunk {
            votes = List.copyOf(votes);
            unreadable = List.copyOf(unreadable);
        }

        /** A chunk whose rows all made valid questions. */
        public static VoteChunk of(List<Vote> votes, long afterId) {
            long lastId = votes.isEmpty() ? afterId : votes.get(votes.size() - 1).id().value();
            return new VoteChunk(votes, List.of(), lastId);
        }

        /** Rows in the chunk, read or not. */
        public int rows() {
            return votes.size() + unreadable.size();
        }
    }
}
