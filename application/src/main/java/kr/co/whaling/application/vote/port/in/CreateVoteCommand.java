package kr.co.whaling.application.vote.port.in;

import java.util.Objects;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;

/** Input of {@link CreateVoteUseCase}: who asks, about which coin (as typed), which way, how far, how long. */
public record CreateVoteCommand(MemberId creatorId, String coinCode, Direction direction, int rangePercent,
                                Horizon horizon) {

    public CreateVoteCommand {
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(coinCode, "coinCode");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(horizon, "horizon");
    }
}
