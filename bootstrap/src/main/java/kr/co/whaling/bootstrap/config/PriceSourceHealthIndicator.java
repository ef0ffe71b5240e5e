package kr.co.whaling.bootstrap.config;

import java.util.function.BooleanSupplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the price source: DOWN while the adapter's cheap probe {@code available} says it refuses calls
 * (reported as {@code unavailableReason}) or when the latest refresh failed; UNKNOWN before any refresh
 * ran on this instance.
 */
public record PriceSourceHealthIndicator(BooleanSupplier available, String unavailableReason,
                                         PriceSourceStatus status) implements HealthIndicator {

    @Override
    public Health health() {
        if (!available.getAsBoolean()) {
            return Health.down().withDetail("reason", unavailableReason).build();
        }
        return status.last()
                .map(observation -> (observation.up() ? Health.up() : Health.down())
                        .withDetail("lastRefresh", observation.at().toString())
                        .withDetail("detail", observation.detail())
                        .build())
                .orElseGet(() -> Health.unknown().withDetail("reason", "no refresh on this instance yet").build());
    }
}
