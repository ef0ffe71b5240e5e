package kr.co.whaling.application.coin.port.out;

import java.util.Optional;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.PriceQuote;

/**
 * Price source, part 3 of 4: the current price of one coin for a member who is waiting for the
 * answer. One attempt within a short deadline (about a second and a half by default), no retry and
 * no wait for a request slot: retries and backoff belong to the jobs.
 */
public interface LoadPriceNowPort {

    /**
     * The coin's latest quote; empty when the source answered without a usable one.
     *
     * @throws PriceSourceUnavailableException when the source did not answer within the deadline,
     *     failed, or is not being called right now (circuit open, rate limit reached, blocked)
     */
    Optional<PriceQuote> loadPriceNow(CoinCode code);
}
