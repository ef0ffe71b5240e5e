package kr.co.whaling.application.coin.port.out;

import java.time.Instant;
import kr.co.whaling.domain.coin.CandleLookup;
import kr.co.whaling.domain.coin.CoinCode;

/** Price source, part 4 of 4: the price of a coin at a past instant, for settlement. */
public interface LoadPriceAtPort {

    /**
     * What the source says of the latest one-minute candle of the coin that starts at or before
     * {@code instant}: {@link CandleLookup.Found} with it, however old (the domain decides whether
     * it still counts); {@link CandleLookup.NoCandle} when the source answered that it has none;
     * {@link CandleLookup.Failed} when the call failed (timeout, error status, refused, circuit
     * open, an answer that cannot be read). Never throws for a failure of the source: a failed call
     * must never be mistaken for "no candle", which may void a question.
     */
    CandleLookup loadLatestCandleAtOrBefore(CoinCode code, Instant instant);
}
