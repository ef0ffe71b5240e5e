package kr.co.whaling.application.port.out;

import java.util.Collection;
import java.util.List;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.PriceQuote;

/** Price source, part 2 of 3: the current (last trade) price of coins. */
public interface LoadCurrentPricesPort {

    /**
     * The latest quotes of the given coins, each matched to its coin; a coin the source does not
     * quote is simply missing from the answer.
     *
     * @throws PriceSourceUnavailableException when the source cannot answer
     */
    List<PriceQuote> loadCurrentPrices(Collection<CoinCode> codes);
}
