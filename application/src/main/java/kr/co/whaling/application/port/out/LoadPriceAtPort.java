package kr.co.whaling.application.port.out;

import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.MinuteCandle;

/** Price source, part 3 of 3: the price of a coin at a past instant, for settlement. */
public interface LoadPriceAtPort {

    /**
     * The latest one-minute candle of the coin that starts at or before {@code instant}, however
     * old (the domain decides whether it still counts); empty when the source has none.
     *
     * @throws PriceSourceUnavailableException when the source cannot answer
     */
    Optional<MinuteCandle> loadLatestCandleAtOrBefore(CoinCode code, Instant instant);
}
