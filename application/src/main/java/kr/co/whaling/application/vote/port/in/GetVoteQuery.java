package kr.co.whaling.application.vote.port.in;

import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;

/** Input of {@link GetVoteUseCase}: which question, and who looks (empty for anonymous callers). */
public record GetVoteQuery(VoteId voteId, Optional<MemberId> viewer) {

    public GetVoteQuery {
        Objects.requireNonNull(voteId, "voteId");
        Objects.requireNonNull(viewer, "viewer");
    }
}
