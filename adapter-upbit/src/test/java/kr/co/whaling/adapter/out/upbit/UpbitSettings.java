package kr.co.whaling.adapter.out.upbit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Upbit settings for tests, bound from {@code whaling.upbit.*} entries by the binder the app itself uses. */
final class UpbitSettings {

    private UpbitSettings() {
    }

    /**
     * Settings for a fake Upbit at {@code baseUrl}: short timeouts and backoffs so the failure paths
     * stay fast, a circuit that never opens by accident, then the given settings (which win).
     */
    static UpbitProperties fast(String baseUrl, String... settings) {
        return of(Stream.concat(Stream.of("base-url=" + baseUrl, "connect-timeout=500ms",
                "read-timeout=500ms", "max-requests-per-second=100", "max-attempts=3", "retry-backoff=10ms",
                "too-many-requests-pause=50ms", "exhausted-quota-pause=50ms", "max-throttle-wait=2s",
                "block-duration=300ms", "circuit-breaker-window-size=100", "circuit-breaker-minimum-calls=100"),
                Stream.of(settings)).toArray(String[]::new));
    }

    /** The settings given as {@code name=value} ({@code read-timeout=200ms}; the last wins), the rest at defaults. */
    static UpbitProperties of(String... settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            properties.put("whaling.upbit." + setting.substring(0, equals), setting.substring(equals + 1));
        }
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("whaling.upbit", Bindable.of(UpbitProperties.class));
    }
}
