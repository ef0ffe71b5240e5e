package kr.co.whaling.application.coin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kr.co.whaling.application.coin.contract.RecordedExchange.Failure;
import kr.co.whaling.application.coin.port.out.LoadPriceAtPort;
import kr.co.whaling.domain.coin.CandleLookup;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of {@link LoadPriceAtPort}: the latest one-minute candle starting at or before the
 * instant, however old (the domain's {@code PricePolicy} judges its age, not the source), and a
 * failure only ever as {@link CandleLookup.Failed}, never thrown and never "no candle". See
 * {@link PriceSourceContract} for how to run it.
 */
public abstract class LoadPriceAtPortContract extends PriceSourceContract<LoadPriceAtPort> {

    private static final CoinCode BTC = new CoinCode("BTC");
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private static MinuteCandle candle(String code, String start, String close) {
        return new MinuteCandle(new CoinCode(code), Instant.parse(start), Prices.krw(close));
    }

    private static RecordedExchange threeMinutes() {
        return new RecordedExchange()
                .minuteCandle("BTC", T0.minusSeconds(60), "143200000")
                .minuteCandle("BTC", T0, "143250000.5")
                .minuteCandle("BTC", T0.plusSeconds(60), "143300000");
    }

    @Test
    void the_latest_candle_starting_before_the_instant_is_found() {
        CandleLookup lookup = sourceOf(threeMinutes())
                .loadLatestCandleAtOrBefore(BTC, Instant.parse("2024-01-01T00:00:30Z"));

        assertThat(lookup).isEqualTo(CandleLookup.found(candle("BTC", "2024-01-01T00:00:00Z", "143250000.5")));
    }

    @Test
    void a_candle_starting_exactly_at_the_instant_counts() {
        CandleLookup lookup = sourceOf(threeMinutes()).loadLatestCandleAtOrBefore(BTC, T0.plusSeconds(60));

        assertThat(lookup).isEqualTo(CandleLookup.found(candle("BTC", "2024-01-01T00:01:00Z", "143300000")));
    }

    @Test
    void a_candle_starting_a_second_after_the_instant_does_not_count() {
        CandleLookup lookup = sourceOf(threeMinutes())
                .loadLatestCandleAtOrBefore(BTC, Instant.parse("2024-01-01T00:00:59Z"));

        assertThat(lookup).isEqualTo(CandleLookup.found(candle("BTC", "2024-01-01T00:00:00Z", "143250000.5")));
    }

    @Test
    void only_candles_after_the_instant_is_no_candle() {
        CandleLookup lookup = sourceOf(threeMinutes())
                .loadLatestCandleAtOrBefore(BTC, Instant.parse("2023-12-31T23:58:59Z"));

        assertThat(lookup).isEqualTo(CandleLookup.noCandle());
    }

    @Test
    void an_old_candle_is_still_found_for_the_domain_to_judge() {
        RecordedExchange exchange = new RecordedExchange()
                .minuteCandle("ADA", Instant.parse("2023-12-31T20:00:00Z"), "1.1");

        CandleLookup lookup = sourceOf(exchange).loadLatestCandleAtOrBefore(new CoinCode("ADA"), T0);

        assertThat(lookup).isEqualTo(CandleLookup.found(candle("ADA", "2023-12-31T20:00:00Z", "1.1")));
    }

    @Test
    void a_close_far_below_one_krw_is_exact() {
        RecordedExchange exchange = new RecordedExchange()
                .minuteCandle("PEPE", T0, "0.000012345678901234");

        CandleLookup lookup = sourceOf(exchange).loadLatestCandleAtOrBefore(new CoinCode("PEPE"), T0);

        assertThat(lookup.latestCandle()).map(c -> c.close().value().toPlainString())
                .contains("0.000012345678901234");
    }

    @Test
    void a_coin_the_source_has_no_candle_of_is_no_candle() {
        CandleLookup lookup = sourceOf(threeMinutes()).loadLatestCandleAtOrBefore(new CoinCode("GONE"), T0);

        assertThat(lookup).isEqualTo(CandleLookup.noCandle());
    }

    @Test
    void a_close_that_cannot_be_kept_exactly_is_a_failed_call_never_another_candle() {
        RecordedExchange exchange = new RecordedExchange()
                .minuteCandle("BTC", T0.minusSeconds(60), "143200000")
                .minuteCandle("BTC", T0, "0.0000000000000000000000001");

        CandleLookup lookup = sourceOf(exchange).loadLatestCandleAtOrBefore(BTC, T0);

        assertThat(lookup).isInstanceOf(CandleLookup.Failed.class);
    }

    @ParameterizedTest(name = "a source that is {0}")
    @EnumSource(Failure.class)
    void a_failing_source_is_a_failed_call_never_thrown_and_never_no_candle(Failure how) {
        LoadPriceAtPort source = failingSource(threeMinutes(), how);

        CandleLookup lookup = givenUpInTime(how, () -> source.loadLatestCandleAtOrBefore(BTC, T0));

        assertThat(lookup).isInstanceOfSatisfying(CandleLookup.Failed.class,
                failed -> assertThat(failed.reason()).isNotBlank());
    }
}
