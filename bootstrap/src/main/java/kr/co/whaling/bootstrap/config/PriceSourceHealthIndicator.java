package kr.co.whaling.bootstrap.config;

import java.util.function.BooleanSupplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the price source: DOWN while the adapter refuses calls (Upbit: circuit open, blocked by
 * the exchange; CSV: the directory is missing) or when the latest refresh failed; UNKNOWN before any
 * refresh ran on this instance.
 */
public class PriceSourceHealthIndicator implements HealthIndicator {

    private final BooleanSupplier available;
    private final String unavailableReason;
    private final PriceSourceStatus status;

    /**
     * @param available the adapter's cheap probe, sending no request
     * @param unavailableReason what an unavailable adapter means, for the health details
     */
    public PriceSourceHealthIndicator(BooleanSupplier available, String unavailableReason, PriceSourceStatus status) {
        this.available = available;
        this.unavailableReason = unavailableReason;
        this.status = status;
    }

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
