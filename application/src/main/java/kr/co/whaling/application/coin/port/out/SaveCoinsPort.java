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
     * Makes the catalog match the listed markets: new coins added, names, images and warnings
     * updated, coins neither in the list nor in {@code alsoListed} marked as no longer listed.
     * Coins of {@code alsoListed} (listed, but their entry could not be read) stay as they are.
     */
    void saveCatalog(List<Market> listedMarkets, Set<CoinCode> alsoListed);

    /** Stores each quote as its coin's latest price (an older quote never replaces a newer one). */
    void saveLatestPrices(Collection<PriceQuote> quotes);
}
