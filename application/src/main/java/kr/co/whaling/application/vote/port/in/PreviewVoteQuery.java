package kr.co.whaling.application.vote.port.in;

import java.util.Objects;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;

/** Input of {@link PreviewVoteUseCase}: the question a member thinks of asking, as {@link CreateVoteCommand} has it. */
public record PreviewVoteQuery(MemberId creatorId, String coinCode, Direction direction, int rangePercent,
                               Horizon horizon) {

    public PreviewVoteQuery {
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(coinCode, "coinCode");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(horizon, "horizon");
    }
}
