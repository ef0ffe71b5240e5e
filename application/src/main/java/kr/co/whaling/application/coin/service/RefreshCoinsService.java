package kr.co.whaling.application.coin.service;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.model.RefreshReport;
import kr.co.whaling.application.coin.port.in.RefreshCoinsUseCase;
import kr.co.whaling.application.coin.port.out.LoadCurrentPricesPort;
import kr.co.whaling.application.coin.port.out.LoadCurrentPricesPort.PriceQuotes;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort.MarketListing;
import kr.co.whaling.application.coin.port.out.SaveCoinsPort;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;

/**
 * Brings the coin catalog, then the latest prices, up to date from the price source. Deliberately not
 * one transaction: no transaction should wait on the price source, each write is atomic, and a fresh
 * catalog with stale prices is consistent. An unreadable market or ticker is skipped and reported.
 */
public class RefreshCoinsService implements RefreshCoinsUseCase {

    private final LoadMarketsPort loadMarketsPort;
    private final LoadCurrentPricesPort loadCurrentPricesPort;
    private final SaveCoinsPort saveCoinsPort;

    public RefreshCoinsService(LoadMarketsPort loadMarketsPort, LoadCurrentPricesPort loadCurrentPricesPort,
                               SaveCoinsPort saveCoinsPort) {
        this.loadMarketsPort = loadMarketsPort;
        this.loadCurrentPricesPort = loadCurrentPricesPort;
        this.saveCoinsPort = saveCoinsPort;
    }

    /** @throws PriceSourceUnavailableException when the source cannot answer (nothing more is saved then) */
    @Override
    public RefreshReport refreshCoins() {
        MarketListing listing = loadMarketsPort.loadMarkets();
        if (listing.markets().isEmpty()) {
            // Saving an empty listing would mark every coin delisted and stop all new questions.
            throw new PriceSourceUnavailableException("the price source listed no readable market ("
                    + listing.skipped().size() + " refused)");
        }
        saveCoinsPort.saveCatalog(listing.markets(), listing.refusedCodes());
        // A listed market whose entry was refused still trades: its price is refreshed too.
        List<CoinCode> codes = Stream.concat(listing.markets().stream().map(Market::code),
                listing.refusedCodes().stream().sorted(Comparator.comparing(CoinCode::value))).distinct().toList();
        PriceQuotes quotes = loadCurrentPricesPort.loadCurrentPrices(codes);
        if (!quotes.quotes().isEmpty()) {
            saveCoinsPort.saveLatestPrices(quotes.quotes());
        }
        return new RefreshReport(listing.markets().size(), quotes.quotes().size(),
                Stream.concat(listing.skipped().stream(), quotes.skipped().stream()).toList());
    }
}
