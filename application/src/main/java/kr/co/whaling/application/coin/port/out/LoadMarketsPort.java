package kr.co.whaling.application.coin.port.out;

import java.util.List;
import java.util.Set;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;

/** Price source, part 1 of 4: the KRW markets the exchange lists now. */
public interface LoadMarketsPort {

    /**
     * Every KRW market listed now, with its names, image and warning flag. Each entry is read on
     * its own: one that cannot be read is left out and reported, the others are still listed.
     *
     * @throws PriceSourceUnavailableException when the source cannot answer
     */
    MarketListing loadMarkets();

    /**
     * The markets read from the source's list; the codes of listed markets whose entry was refused
     * (they are still listed, so the catalog must not take them for delisted); and every refused
     * entry with the reason.
     */
    record MarketListing(List<Market> markets, Set<CoinCode> refusedCodes, List<SkippedItem> skipped) {

        public MarketListing {
            markets = List.copyOf(markets);
            refusedCodes = Set.copyOf(refusedCodes);
            skipped = List.copyOf(skipped);
        }

        /** A listing in which every entry could be read. */
        public static MarketListing of(List<Market> markets) {
            return new MarketListing(markets, Set.of(), List.of());
        }
    }
}
