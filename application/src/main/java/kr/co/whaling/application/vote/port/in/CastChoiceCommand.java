package kr.co.whaling.application.vote.port.in;

import java.util.Objects;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;

/** Input of {@link CastChoiceUseCase}. */
public record CastChoiceCommand(MemberId memberId, VoteId voteId, Choice choice) {

    public CastChoiceCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(voteId, "voteId");
        Objects.requireNonNull(choice, "choice");
    }
}
