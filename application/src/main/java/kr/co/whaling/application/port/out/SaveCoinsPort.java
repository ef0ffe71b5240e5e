package kr.co.whaling.application.port.out;

import java.util.Collection;
import java.util.List;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.PriceQuote;

/** Writes the coin catalog and the latest quotes. */
public interface SaveCoinsPort {

    /**
     * Makes the catalog match the listed markets: new coins added, names, images and warnings
     * updated, coins missing from the list marked as no longer listed.
     */
    void saveCatalog(List<Market> listedMarkets);

    /** Stores each quote as its coin's latest price (an older quote never replaces a newer one). */
    void saveLatestPrices(Collection<PriceQuote> quotes);
}
