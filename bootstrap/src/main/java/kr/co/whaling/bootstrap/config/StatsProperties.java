package kr.co.whaling.bootstrap.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the leaderboards and the calibration are served from a kept copy
 * ({@code whaling.stats.kept-for}, 2 s by default; zero reads them on every request). They change only
 * when questions settle, so a copy lags the database by at most that long.
 */
@ConfigurationProperties("whaling.stats")
public record StatsProperties(@DefaultValue("2s") Duration keptFor) {

    public StatsProperties {
        if (keptFor == null || keptFor.isNegative()) {
            throw new IllegalArgumentException("whaling.stats.kept-for must not be negative: " + keptFor);
        }
    }
}
