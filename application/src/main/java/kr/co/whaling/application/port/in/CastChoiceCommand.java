package kr.co.whaling.application.port.in;

import java.util.Objects;
import kr.co.whaling.domain.member.MemberId;
import kr.co.whaling.domain.vote.Choice;
import kr.co.whaling.domain.vote.VoteId;

/** Input of {@link CastChoiceUseCase}. */
public record CastChoiceCommand(MemberId memberId, VoteId voteId, Choice choice) {

    public CastChoiceCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(voteId, "voteId");
        Objects.requireNonNull(choice, "choice");
    }
}
