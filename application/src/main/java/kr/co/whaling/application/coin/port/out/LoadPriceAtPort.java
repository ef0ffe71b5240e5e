package kr.co.whaling.application.coin.port.out;

import java.time.Instant;
import kr.co.whaling.domain.coin.CandleLookup;
import kr.co.whaling.domain.coin.CoinCode;

/** Price source, part 4 of 4: the price of a coin at a past instant, for settlement. */
public interface LoadPriceAtPort {

    /**
     * The latest one-minute candle starting at or before {@code instant}, however old (the domain judges
     * it), {@code NoCandle} when the source has none, or {@code Failed}. Never throws: a failed call must
     * never be mistaken for "no candle", which may void a question.
     */
    CandleLookup loadLatestCandleAtOrBefore(CoinCode code, Instant instant);
}
