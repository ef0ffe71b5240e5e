package kr.co.whaling.application.coin.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import kr.co.whaling.application.coin.contract.RecordedExchange.Failure;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort.MarketListing;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract of {@link LoadMarketsPort}; see {@link PriceSourceContract} for how to run it. */
public abstract class LoadMarketsPortContract extends PriceSourceContract<LoadMarketsPort> {

    private static RecordedExchange twoMarkets() {
        return new RecordedExchange()
                .market("BTC", "비트코인", "Bitcoin", false)
                .market("XYZ", "엑스와이지", "Xyz", true);
    }

    @Test
    void every_market_is_listed_with_its_names_and_warning_flag() {
        MarketListing listing = sourceOf(twoMarkets()).loadMarkets();

        assertThat(listing.markets())
                .extracting(m -> m.code().value(), Market::koreanName, Market::englishName, Market::warning)
                .containsExactlyInAnyOrder(
                        tuple("BTC", "비트코인", "Bitcoin", false),
                        tuple("XYZ", "엑스와이지", "Xyz", true));
        assertThat(listing.refusedCodes()).isEmpty();
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void an_exchange_without_markets_lists_none() {
        MarketListing listing = sourceOf(new RecordedExchange()).loadMarkets();

        assertThat(listing.markets()).isEmpty();
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void an_entry_that_cannot_be_read_is_left_out_reported_and_its_code_kept_as_listed() {
        RecordedExchange exchange = new RecordedExchange()
                .market("BTC", "비트코인", "Bitcoin", false)
                .market("LONG", "롱", "L".repeat(Market.MAX_NAME_LENGTH + 1), false)
                .market("ETH", "이더리움", "Ethereum", false);

        MarketListing listing = sourceOf(exchange).loadMarkets();

        assertThat(listing.markets()).extracting(m -> m.code().value()).containsExactlyInAnyOrder("BTC", "ETH");
        assertThat(listing.refusedCodes()).containsExactly(new CoinCode("LONG"));
        assertThat(listing.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.kind()).isEqualTo(SkippedItem.Kind.MARKET);
            assertThat(skipped.identity()).contains("LONG");
            assertThat(skipped.reason()).contains("english_name");
        });
    }

    @ParameterizedTest(name = "a source that is {0}")
    @EnumSource(Failure.class)
    void a_failing_source_is_reported_unavailable_never_as_no_markets(Failure how) {
        LoadMarketsPort source = failingSource(twoMarkets(), how);

        assertUnavailable(how, source::loadMarkets);
    }
}
