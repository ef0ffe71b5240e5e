package kr.co.whaling.adapter.out.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpbitPropertiesTest {

    @Test
    void unset_settings_take_upbits_defaults() {
        UpbitProperties defaults = UpbitSettings.of();

        assertThat(defaults.baseUrl()).isEqualTo("https://api.upbit.com");
        assertThat(defaults.imageUrlTemplate()).isEqualTo("https://static.upbit.com/logos/{code}.png");
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.maxRequestsPerSecond()).isEqualTo(10);
        assertThat(defaults.tickerChunkSize()).isEqualTo(100);
        assertThat(defaults.maxAttempts()).isEqualTo(3);
        assertThat(defaults.blockDuration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.circuitBreakerFailureRatePercent()).isEqualTo(50);
        assertThat(defaults.liveQuoteTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(defaults.dailyClosesTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void a_binder_passing_nulls_gets_the_defaults_too() {
        UpbitProperties bound = new UpbitProperties("http://localhost:8089/", null, null, Duration.ofSeconds(1),
                null, 50, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(bound.baseUrl()).isEqualTo("http://localhost:8089");
        assertThat(bound.readTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(bound.tickerChunkSize()).isEqualTo(50);
        assertThat(bound.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(bound.maxRequestsPerSecond()).isEqualTo(10);
    }

    @Test
    void nonsensical_settings_are_refused_with_their_name() {
        assertRefused("ticker-chunk-size=0", "ticker-chunk-size");
        assertRefused("read-timeout=0s", "read-timeout");
        assertRefused("retry-backoff=0ms", "retry-backoff");
        assertRefused("circuit-breaker-failure-rate-percent=101", "failure-rate");
        assertRefused("live-quote-timeout=0s", "live-quote-timeout");
        assertRefused("daily-closes-timeout=0s", "daily-closes-timeout");
    }

    private static void assertRefused(String setting, String named) {
        assertThatThrownBy(() -> UpbitSettings.of(setting)).rootCause()
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(named);
    }
}
