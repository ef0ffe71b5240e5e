package kr.co.whaling.application.coin.port.out;

import java.util.List;
import java.util.Set;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;

/** Price source, part 1 of 4: the KRW markets the exchange lists now. */
public interface LoadMarketsPort {

    /**
     * Every KRW market listed now, with its names, image and warning flag. Each entry stands alone:
     * one that cannot be read is left out and reported.
     *
     * @throws PriceSourceUnavailableException when the source cannot answer
     */
    MarketListing loadMarkets();

    /**
     * The markets read; the codes of listed markets whose entry was refused (still listed, so the catalog
     * must not take them for delisted); and every refused entry with the reason.
     */
    record MarketListing(List<Market> markets, Set<CoinCode> refusedCodes, List<SkippedItem> skipped) {

        public MarketListing {
            markets = List.copyOf(markets);
            refusedCodes = Set.copyOf(refusedCodes);
            skipped = List.copyOf(skipped);
        }
    }
}
