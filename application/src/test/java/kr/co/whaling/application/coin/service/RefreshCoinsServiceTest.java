package kr.co.whaling.application.coin.service;

import static kr.co.whaling.application.Fixtures.BTC;
import static kr.co.whaling.application.Fixtures.ETH;
import static kr.co.whaling.application.Fixtures.NOW;
import static kr.co.whaling.application.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.model.RefreshReport;
import kr.co.whaling.application.coin.port.out.LoadCurrentPricesPort;
import kr.co.whaling.application.coin.port.out.LoadCurrentPricesPort.PriceQuotes;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort.MarketListing;
import kr.co.whaling.application.coin.port.out.SaveCoinsPort;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.PriceQuote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class RefreshCoinsServiceTest {

    private static final Market BITCOIN = new Market(BTC, "비트코인", "Bitcoin", "https://static.upbit.com/BTC.png",
            false);
    private static final Market ETHEREUM = new Market(ETH, "이더리움", "Ethereum", null, true);

    @Mock
    private LoadMarketsPort loadMarketsPort;
    @Mock
    private LoadCurrentPricesPort loadCurrentPricesPort;
    @Mock
    private SaveCoinsPort saveCoinsPort;

    private RefreshCoinsService service;

    @BeforeEach
    void setUp() {
        service = new RefreshCoinsService(loadMarketsPort, loadCurrentPricesPort, saveCoinsPort);
    }

    @Test
    void the_catalog_is_saved_from_the_listed_markets_and_then_every_listed_coins_latest_price() {
        List<PriceQuote> quotes = List.of(quote(BTC, "143250000", NOW), quote(ETH, "5120000", NOW));
        when(loadMarketsPort.loadMarkets())
                .thenReturn(new MarketListing(List.of(BITCOIN, ETHEREUM), Set.of(), List.of()));
        when(loadCurrentPricesPort.loadCurrentPrices(List.of(BTC, ETH))).thenReturn(new PriceQuotes(quotes, List.of()));

        RefreshReport report = service.refreshCoins();

        assertThat(report).isEqualTo(new RefreshReport(2, 2, List.of()));
        InOrder order = inOrder(saveCoinsPort, loadCurrentPricesPort);
        order.verify(saveCoinsPort).saveCatalog(List.of(BITCOIN, ETHEREUM), Set.of());
        order.verify(loadCurrentPricesPort).loadCurrentPrices(List.of(BTC, ETH));
        order.verify(saveCoinsPort).saveLatestPrices(quotes);
    }

    @Test
    void coins_the_source_does_not_quote_keep_their_last_price() {
        when(loadMarketsPort.loadMarkets())
                .thenReturn(new MarketListing(List.of(BITCOIN, ETHEREUM), Set.of(), List.of()));
        when(loadCurrentPricesPort.loadCurrentPrices(List.of(BTC, ETH)))
                .thenReturn(new PriceQuotes(List.of(), List.of()));

        service.refreshCoins();

        verify(saveCoinsPort).saveCatalog(List.of(BITCOIN, ETHEREUM), Set.of());
        verify(saveCoinsPort, never()).saveLatestPrices(any());
    }

    @Test
    void a_source_down_while_listing_markets_saves_nothing() {
        PriceSourceUnavailableException down = new PriceSourceUnavailableException("upbit timed out");
        when(loadMarketsPort.loadMarkets()).thenThrow(down);

        assertThatThrownBy(() -> service.refreshCoins()).isSameAs(down);
        verifyNoInteractions(saveCoinsPort, loadCurrentPricesPort);
    }

    @Test
    void an_empty_listing_is_taken_for_a_broken_source_and_delists_nothing() {
        when(loadMarketsPort.loadMarkets()).thenReturn(new MarketListing(List.of(), Set.of(), List.of()));

        assertThatThrownBy(() -> service.refreshCoins()).isInstanceOf(PriceSourceUnavailableException.class);
        verifyNoInteractions(saveCoinsPort, loadCurrentPricesPort);
    }

    @Test
    void a_source_down_while_quoting_keeps_the_refreshed_catalog_and_saves_no_price() {
        when(loadMarketsPort.loadMarkets()).thenReturn(new MarketListing(List.of(BITCOIN), Set.of(), List.of()));
        PriceSourceUnavailableException down = new PriceSourceUnavailableException("upbit answered 429");
        when(loadCurrentPricesPort.loadCurrentPrices(List.of(BTC))).thenThrow(down);

        assertThatThrownBy(() -> service.refreshCoins()).isSameAs(down);
        verify(saveCoinsPort).saveCatalog(List.of(BITCOIN), Set.of());
        verify(saveCoinsPort, never()).saveLatestPrices(any());
    }

    @Test
    void refused_entries_are_reported_and_every_other_market_and_price_is_saved() {
        CoinCode refusedName = new CoinCode("LONG");
        SkippedItem nameTooLong = new SkippedItem(SkippedItem.Kind.MARKET, "KRW-LONG", "english_name too long");
        SkippedItem badCode = new SkippedItem(SkippedItem.Kind.MARKET, "KRW-BAD-CODE", "not a coin code");
        SkippedItem zeroPrice = new SkippedItem(SkippedItem.Kind.TICKER, "KRW-ETH", "price 0");
        when(loadMarketsPort.loadMarkets()).thenReturn(new MarketListing(List.of(BITCOIN, ETHEREUM),
                Set.of(refusedName), List.of(nameTooLong, badCode)));
        List<PriceQuote> quotes = List.of(quote(BTC, "143250000", NOW), quote(refusedName, "12.5", NOW));
        when(loadCurrentPricesPort.loadCurrentPrices(List.of(BTC, ETH, refusedName)))
                .thenReturn(new PriceQuotes(quotes, List.of(zeroPrice)));

        RefreshReport report = service.refreshCoins();

        verify(saveCoinsPort).saveCatalog(List.of(BITCOIN, ETHEREUM), Set.of(refusedName));
        verify(saveCoinsPort).saveLatestPrices(quotes);
        assertThat(report).isEqualTo(new RefreshReport(2, 2, List.of(nameTooLong, badCode, zeroPrice)));
    }

    @Test
    void a_listing_of_which_no_entry_could_be_read_is_taken_for_a_broken_source() {
        when(loadMarketsPort.loadMarkets()).thenReturn(new MarketListing(List.of(), Set.of(new CoinCode("BTC")),
                List.of(new SkippedItem(SkippedItem.Kind.MARKET, "KRW-BTC", "name too long"))));

        assertThatThrownBy(() -> service.refreshCoins()).isInstanceOf(PriceSourceUnavailableException.class)
                .hasMessageContaining("1 refused");
        verifyNoInteractions(saveCoinsPort, loadCurrentPricesPort);
    }
}
