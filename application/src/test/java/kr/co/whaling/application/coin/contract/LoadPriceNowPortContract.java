package kr.co.whaling.application.coin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kr.co.whaling.application.coin.contract.RecordedExchange.Failure;
import kr.co.whaling.application.coin.port.out.LoadPriceNowPort;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract of {@link LoadPriceNowPort}; see {@link PriceSourceContract} for how to run it. */
public abstract class LoadPriceNowPortContract extends PriceSourceContract<LoadPriceNowPort> {

    private static final Instant AT = Instant.parse("2024-01-01T11:59:00Z");

    private static RecordedExchange twoCoins() {
        return new RecordedExchange()
                .quote("BTC", "143250000.5", AT)
                .quote("PEPE", "0.000012345678", AT);
    }

    @Test
    void the_latest_quote_of_the_coin_is_answered_exactly() {
        LoadPriceNowPort source = sourceOf(twoCoins());

        assertThat(source.loadPriceNow(new CoinCode("BTC")))
                .contains(new PriceQuote(new CoinCode("BTC"), Prices.krw("143250000.5"), AT));
        assertThat(source.loadPriceNow(new CoinCode("PEPE")))
                .contains(new PriceQuote(new CoinCode("PEPE"), Prices.krw("0.000012345678"), AT));
    }

    @Test
    void a_coin_the_source_does_not_quote_has_no_quote() {
        assertThat(sourceOf(twoCoins()).loadPriceNow(new CoinCode("GONE"))).isEmpty();
    }

    @Test
    void a_price_that_cannot_be_kept_exactly_is_no_quote_never_a_rounded_one() {
        RecordedExchange exchange = new RecordedExchange()
                .quote("ZERO", "0", AT)
                .quote("FINE", "0.0000000000000000000000001", AT);
        LoadPriceNowPort source = sourceOf(exchange);

        assertThat(source.loadPriceNow(new CoinCode("ZERO"))).isEmpty();
        assertThat(source.loadPriceNow(new CoinCode("FINE"))).isEmpty();
    }

    @ParameterizedTest(name = "a source that is {0}")
    @EnumSource(Failure.class)
    void a_failing_source_is_reported_unavailable_never_as_no_quote(Failure how) {
        LoadPriceNowPort source = failingSource(twoCoins(), how);

        assertUnavailable(how, () -> source.loadPriceNow(new CoinCode("BTC")));
    }
}
