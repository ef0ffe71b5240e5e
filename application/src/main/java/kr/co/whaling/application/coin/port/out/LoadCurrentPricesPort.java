package kr.co.whaling.application.coin.port.out;

import java.util.Collection;
import java.util.List;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.PriceQuote;

/** Price source, part 2 of 4: the current price of many coins, for the refresh job (which may wait for retries). */
public interface LoadCurrentPricesPort {

    /**
     * The latest quotes of the given coins; a coin the source does not quote is missing. Each ticker
     * stands alone: one that cannot be read or kept exactly (no price, 0, too many digits) is reported.
     *
     * @throws PriceSourceUnavailableException when the source cannot answer
     */
    PriceQuotes loadCurrentPrices(Collection<CoinCode> codes);

    /** The quotes read, and every ticker refused with the reason. */
    record PriceQuotes(List<PriceQuote> quotes, List<SkippedItem> skipped) {

        public PriceQuotes {
            quotes = List.copyOf(quotes);
            skipped = List.copyOf(skipped);
        }
    }
}
