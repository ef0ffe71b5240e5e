package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code whaling.persistence.*} as Spring binds it: defaults when unset, zero allowed, negative refused. */
class PersistencePropertiesTest {

    @Test
    void unset_times_to_live_take_their_defaults() {
        PersistenceProperties properties = bind(Map.of());

        assertThat(properties.listingTotalTtl()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.listingPageTtl()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void zero_turns_keeping_off_and_other_values_bind_as_durations() {
        PersistenceProperties properties = bind(Map.of("whaling.persistence.listing-total-ttl", "0s",
                "whaling.persistence.listing-page-ttl", "PT0.5S"));

        assertThat(properties.listingTotalTtl()).isZero();
        assertThat(properties.listingPageTtl()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void a_negative_time_to_live_is_refused_naming_the_property() {
        assertThatThrownBy(() -> bind(Map.of("whaling.persistence.listing-total-ttl", "-1ms")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("listing-total-ttl");
        assertThatThrownBy(() -> bind(Map.of("whaling.persistence.listing-page-ttl", "-1ms")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("listing-page-ttl");
    }

    private static PersistenceProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("whaling.persistence", PersistenceProperties.class);
    }
}
