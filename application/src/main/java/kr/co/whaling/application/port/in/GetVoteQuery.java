package kr.co.whaling.application.port.in;

import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.member.MemberId;
import kr.co.whaling.domain.vote.VoteId;

/** Input of {@link GetVoteUseCase}: which question, and who looks (empty for anonymous callers). */
public record GetVoteQuery(VoteId voteId, Optional<MemberId> viewer) {

    public GetVoteQuery {
        Objects.requireNonNull(voteId, "voteId");
        Objects.requireNonNull(viewer, "viewer");
    }
}
