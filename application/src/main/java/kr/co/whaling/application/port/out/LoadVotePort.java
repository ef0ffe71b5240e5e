package kr.co.whaling.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.co.whaling.domain.member.MemberId;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteId;

/** Reads questions for the rules to act on. */
public interface LoadVotePort {

    Optional<Vote> loadVote(VoteId id);

    boolean hasAnswered(VoteId voteId, MemberId memberId);

    /**
     * A chunk of questions due for settlement at {@code now} (finished, or ongoing past closing,
     * and {@code settlesAt <= now}), ordered by id, with id greater than {@code afterId} (0 for the
     * first chunk).
     */
    List<Vote> loadVotesDueForSettlement(Instant now, long afterId, int limit);
}
