package kr.co.whaling.domain.terms;

import java.util.Objects;
import kr.co.whaling.domain.coin.CoinCode;

/** What a question asks: the coin, the direction, the range and the horizon. */
public record VoteTerms(CoinCode coin, Direction direction, Range range, Horizon horizon) {

    public VoteTerms {
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(horizon, "horizon");
    }
}
