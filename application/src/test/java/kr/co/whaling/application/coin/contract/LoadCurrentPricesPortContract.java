package kr.co.whaling.application.coin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import kr.co.whaling.application.coin.contract.RecordedExchange.Failure;
import kr.co.whaling.application.coin.port.out.LoadCurrentPricesPort;
import kr.co.whaling.application.coin.port.out.LoadCurrentPricesPort.PriceQuotes;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract of {@link LoadCurrentPricesPort}; see {@link PriceSourceContract} for how to run it. */
public abstract class LoadCurrentPricesPortContract extends PriceSourceContract<LoadCurrentPricesPort> {

    private static final Instant AT = Instant.parse("2024-01-01T11:58:00Z");
    private static final Instant LATER = Instant.parse("2024-01-01T11:59:00Z");

    private static List<CoinCode> codes(String... values) {
        return Stream.of(values).map(CoinCode::new).toList();
    }

    private static PriceQuote quote(String code, String price, Instant at) {
        return new PriceQuote(new CoinCode(code), Prices.krw(price), at);
    }

    private static RecordedExchange threeCoins() {
        return new RecordedExchange()
                .quote("BTC", "143250000", AT)
                .quote("ETH", "3250000.5", LATER)
                .quote("XRP", "850", AT);
    }

    @Test
    void each_quote_is_matched_to_its_coin_whatever_order_it_was_asked_in() {
        PriceQuotes answer = sourceOf(threeCoins()).loadCurrentPrices(codes("XRP", "BTC", "ETH"));

        assertThat(answer.quotes()).containsExactlyInAnyOrder(
                quote("BTC", "143250000", AT), quote("ETH", "3250000.5", LATER), quote("XRP", "850", AT));
        assertThat(answer.skipped()).isEmpty();
    }

    @Test
    void a_coin_the_source_does_not_quote_is_missing_from_the_answer() {
        PriceQuotes answer = sourceOf(threeCoins()).loadCurrentPrices(codes("BTC", "GONE", "ETH"));

        assertThat(answer.quotes()).extracting(q -> q.code().value()).containsExactlyInAnyOrder("BTC", "ETH");
        assertThat(answer.skipped()).isEmpty();
    }

    @Test
    void only_the_coins_asked_are_answered() {
        PriceQuotes answer = sourceOf(threeCoins()).loadCurrentPrices(codes("ETH"));

        assertThat(answer.quotes()).containsExactly(quote("ETH", "3250000.5", LATER));
    }

    @Test
    void no_codes_asked_is_no_quote() {
        assertThat(sourceOf(threeCoins()).loadCurrentPrices(List.of()).quotes()).isEmpty();
    }

    @Test
    void prices_are_exact_far_below_one_krw_too() {
        RecordedExchange exchange = new RecordedExchange()
                .quote("SHIB", "0.0123", AT)
                .quote("PEPE", "0.000012345678901234", AT)
                .quote("ADA", "1.10", AT);

        PriceQuotes answer = sourceOf(exchange).loadCurrentPrices(codes("SHIB", "PEPE", "ADA"));

        assertThat(answer.quotes()).containsExactlyInAnyOrder(quote("SHIB", "0.0123", AT),
                quote("PEPE", "0.000012345678901234", AT), quote("ADA", "1.1", AT));
    }

    @Test
    void a_price_that_cannot_be_kept_exactly_is_left_out_and_reported_never_rounded() {
        RecordedExchange exchange = new RecordedExchange()
                .quote("BTC", "143250000", AT)
                .quote("ZERO", "0", AT)
                .quote("FINE", "0.0000000000000000000000001", AT)
                .quote("ETH", "3250000.000000000000000001", AT);

        PriceQuotes answer = sourceOf(exchange).loadCurrentPrices(codes("BTC", "ZERO", "FINE", "ETH"));

        assertThat(answer.quotes()).containsExactlyInAnyOrder(quote("BTC", "143250000", AT),
                quote("ETH", "3250000.000000000000000001", AT));
        assertThat(answer.skipped()).extracting(SkippedItem::kind)
                .containsExactly(SkippedItem.Kind.TICKER, SkippedItem.Kind.TICKER);
        assertThat(answer.skipped()).extracting(SkippedItem::identity)
                .anySatisfy(identity -> assertThat(identity).contains("ZERO"))
                .anySatisfy(identity -> assertThat(identity).contains("FINE"));
    }

    @ParameterizedTest(name = "a source that is {0}")
    @EnumSource(Failure.class)
    void a_failing_source_is_reported_unavailable_never_as_no_quotes(Failure how) {
        LoadCurrentPricesPort source = failingSource(threeCoins(), how);

        assertUnavailable(how, () -> source.loadCurrentPrices(codes("BTC", "ETH")));
    }
}
