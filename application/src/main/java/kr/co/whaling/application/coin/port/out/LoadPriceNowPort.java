package kr.co.whaling.application.coin.port.out;

import java.util.Optional;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.PriceQuote;

/**
 * Price source, part 3 of 4: one coin's current price for a waiting member. One attempt within a short
 * deadline, no retry, no wait for a request slot: retries and backoff belong to the jobs.
 */
public interface LoadPriceNowPort {

    /**
     * The coin's latest quote; empty when the source answered without a usable one.
     *
     * @throws PriceSourceUnavailableException when the source failed, timed out or is not being called now
     */
    Optional<PriceQuote> loadPriceNow(CoinCode code);
}
