package kr.co.whaling.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.co.whaling.application.port.in.model.SkippedItem;
import kr.co.whaling.domain.member.MemberId;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteId;

/** Reads questions for the rules to act on. */
public interface LoadVotePort {

    Optional<Vote> loadVote(VoteId id);

    boolean hasAnswered(VoteId voteId, MemberId memberId);

    /**
     * A chunk of at most {@code limit} questions due for settlement at {@code now} (finished, or
     * ongoing past closing, and {@code settlesAt <= now}), ordered by id, with id greater than
     * {@code afterId} (0 for the first chunk). Each row is read on its own: one that does not make a
     * valid question is left out of {@link DueVotes#votes()} and reported, the others are returned.
     */
    DueVotes loadVotesDueForSettlement(Instant now, long afterId, int limit);

    /**
     * One chunk of due questions: the questions read, the rows that could not be read, and the
     * highest id among all its rows ({@code afterId} for the next chunk; the {@code afterId} asked
     * when the chunk is empty).
     */
    record DueVotes(List<Vote> votes, List<SkippedItem> unreadable, long lastId) {

        public DueVotes {
            votes = List.copyOf(votes);
            unreadable = List.copyOf(unreadable);
        }

        /** A chunk whose rows all made valid questions. */
        public static DueVotes of(List<Vote> votes, long afterId) {
            long lastId = votes.isEmpty() ? afterId : votes.get(votes.size() - 1).id().value();
            return new DueVotes(votes, List.of(), lastId);
        }

        /** Rows in the chunk, read or not. */
        public int rows() {
            return votes.size() + unreadable.size();
        }
    }
}
