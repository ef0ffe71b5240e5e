package kr.co.whaling.application.service;

import java.util.List;
import java.util.Objects;

import kr.co.whaling.application.port.in.RefreshCoinsUseCase;
import kr.co.whaling.application.port.out.LoadCurrentPricesPort;
import kr.co.whaling.application.port.out.LoadMarketsPort;
import kr.co.whaling.application.port.out.PriceSourceUnavailableException;
import kr.co.whaling.application.port.out.SaveCoinsPort;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.PriceQuote;

/**
 * Brings the coin catalog and the latest prices up to date from the price source.
 *
 * <p>Deliberately not one transaction: both reads go to the price source, which no database
 * transaction should wait on, and each write port call is atomic on its own. A refreshed catalog
 * with stale prices is a consistent state: prices are only ever newer than before.
 */
public class RefreshCoinsService implements RefreshCoinsUseCase {

    private final LoadMarketsPort loadMarketsPort;
    private final LoadCurrentPricesPort loadCurrentPricesPort;
    private final SaveCoinsPort saveCoinsPort;

    public RefreshCoinsService(LoadMarketsPort loadMarketsPort, LoadCurrentPricesPort loadCurrentPricesPort,
                               SaveCoinsPort saveCoinsPort) {
        this.loadMarketsPort = Objects.requireNonNull(loadMarketsPort, "loadMarketsPort");
        this.loadCurrentPricesPort = Objects.requireNonNull(loadCurrentPricesPort, "loadCurrentPricesPort");
        this.saveCoinsPort = Objects.requireNonNull(saveCoinsPort, "saveCoinsPort");
    }

    /**
     * Refreshes the catalog first, then the prices of every coin it lists.
     *
     * @throws PriceSourceUnavailableException when the source cannot answer (nothing more is saved then)
     */
    @Override
    public void refreshCoins() {
        List<Market> markets = loadMarketsPort.loadMarkets();
        if (markets.isEmpty()) {
            // Saving an empty listing would mark every coin delisted and stop all new questions.
            throw new PriceSourceUnavailableException("the price source listed no market");
        }
        saveCoinsPort.saveCatalog(markets);
        List<CoinCode> codes = markets.stream().map(Market::code).distinct().toList();
        List<PriceQuote> quotes = loadCurrentPricesPort.loadCurrentPrices(codes);
        if (!quotes.isEmpty()) {
            saveCoinsPort.saveLatestPrices(quotes);
        }
    }
}
