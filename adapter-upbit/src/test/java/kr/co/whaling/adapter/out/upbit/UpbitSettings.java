package kr.co.whaling.adapter.out.upbit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Upbit settings for tests, bound from {@code whaling.upbit.*} entries by the binder the app itself uses. */
final class UpbitSettings {

    private UpbitSettings() {
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
