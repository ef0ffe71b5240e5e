package kr.co.whaling.domain.coin;

import static kr.co.whaling.domain.testdata.Prices.candle;
import static kr.co.whaling.domain.testdata.Prices.quote;
import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricePolicyTest {

    private static final Instant NOW = seoul("2024-03-04T09:00");
    private final PricePolicy policy = PricePolicy.standard();

    @Test
    void the_standard_policy_takes_quotes_up_to_5_minutes_and_candles_up_to_1_hour_old() {
        assertThat(policy.quoteMaxAge()).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.candleMaxAge()).isEqualTo(Duration.ofHours(1));
    }

    @ParameterizedTest(name = "a quote {0} old is fresh: {1}")
    @CsvSource({
            "PT0S,            true",
            "PT4M59S,         true",
            "PT5M,            true",
            "PT5M0.000000001S, false",
            "PT5M1S,          false",
            "PT1H,            false",
            "-PT5M,           true",
            "-PT5M1S,         false"
    })
    void a_quote_is_fresh_up_to_exactly_5_minutes(Duration age, boolean fresh) {
        assertThat(policy.isFresh(quote("BTC", "1000", NOW.minus(age)), NOW)).isEqualTo(fresh);
    }

    @ParameterizedTest(name = "a candle starting {0} from the instant counts: {1}")
    @CsvSource({
            "PT0S,              true",
            "-PT1M,             true",
            "-PT59M59S,         true",
            "-PT1H,             true",
            "-PT1H0.000000001S, false",
            "-PT2H,             false",
            "PT0.000000001S,    false",
            "PT1M,              false"
    })
    void the_price_at_an_instant_is_a_candle_starting_at_or_before_it_and_at_most_1_hour_old(Duration offset,
                                                                                              boolean counts) {
        MinuteCandle latest = candle("BTC", NOW.plus(offset), "1000");

        Optional<MinuteCandle> price = policy.priceAt(Optional.of(latest), NOW);

        if (counts) {
            assertThat(price).contains(latest);
        } else {
            assertThat(price).isEmpty();
        }
    }

    @Test
    void no_candle_is_no_price() {
        assertThat(policy.priceAt(Optional.empty(), NOW)).isEmpty();
    }

    @Test
    void a_stored_quote_is_used_to_create_while_it_is_fresh() {
        PriceQuote fresh = quote("BTC", "1000", NOW.minus(Duration.ofMinutes(5)));
        PriceQuote stale = quote("BTC", "1000", NOW.minus(Duration.ofMinutes(5)).minusSeconds(1));

        assertThat(policy.freshQuote(Optional.of(fresh), NOW)).contains(fresh);
        assertThat(policy.freshQuote(Optional.of(stale), NOW)).isEmpty();
        assertThat(policy.freshQuote(Optional.empty(), NOW)).isEmpty();
    }
}
