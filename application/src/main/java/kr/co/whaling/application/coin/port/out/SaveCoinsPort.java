package kr.co.whaling.application.coin.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.PriceQuote;

/** Writes the coin catalog and the latest quotes. */
public interface SaveCoinsPort {

    /**
     * Makes the catalog match the listed markets: coins added or updated, coins neither listed nor in
     * {@code alsoListed} (listed, but unreadable: left as they are) marked as no longer listed.
     */
    void saveCatalog(List<Market> listedMarkets, Set<CoinCode> alsoListed);

    /** Stores each quote as its coin's latest price (an older quote never replaces a newer one). */
    void saveLatestPrices(Collection<PriceQuote> quotes);
}
