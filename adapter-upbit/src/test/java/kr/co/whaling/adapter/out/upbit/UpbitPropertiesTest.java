package kr.co.whaling.adapter.out.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpbitPropertiesTest {

    @Test
    void unset_settings_take_upbits_defaults() {
        UpbitProperties defaults = UpbitProperties.defaults();

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
    }

    @Test
    void a_binder_passing_nulls_gets_the_defaults_too() {
        UpbitProperties bound = new UpbitProperties("http://localhost:8089/", null, null, Duration.ofSeconds(1),
                null, 50, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(bound.baseUrl()).isEqualTo("http://localhost:8089");
        assertThat(bound.readTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(bound.tickerChunkSize()).isEqualTo(50);
        assertThat(bound.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(bound.maxRequestsPerSecond()).isEqualTo(10);
    }

    @Test
    void nonsensical_settings_are_refused_with_their_name() {
        assertThatThrownBy(() -> UpbitProperties.builder().tickerChunkSize(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ticker-chunk-size");
        assertThatThrownBy(() -> UpbitProperties.builder().readTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read-timeout");
        assertThatThrownBy(() -> UpbitProperties.builder().retryBackoff(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retry-backoff");
        assertThatThrownBy(() -> UpbitProperties.builder().circuitBreakerFailureRatePercent(101).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failure-rate");
        assertThatThrownBy(() -> UpbitProperties.builder().liveQuoteTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("live-quote-timeout");
    }
}
