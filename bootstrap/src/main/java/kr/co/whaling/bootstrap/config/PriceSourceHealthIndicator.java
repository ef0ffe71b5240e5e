package kr.co.whaling.bootstrap.config;

import kr.co.whaling.adapter.out.upbit.UpbitPriceAdapter;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the price source: DOWN while the adapter refuses calls (circuit open, blocked by the
 * exchange) or when the latest refresh failed; UNKNOWN before any refresh ran on this instance.
 */
public class PriceSourceHealthIndicator implements HealthIndicator {

    private final UpbitPriceAdapter adapter;
    private final PriceSourceStatus status;

    public PriceSourceHealthIndicator(UpbitPriceAdapter adapter, PriceSourceStatus status) {
        this.adapter = adapter;
        this.status = status;
    }

    @Override
    public Health health() {
        if (!adapter.isAvailable()) {
            return Health.down().withDetail("reason", "calls suspended (circuit open or blocked by the exchange)")
                    .build();
        }
        return status.last()
                .map(observation -> (observation.up() ? Health.up() : Health.down())
                        .withDetail("lastRefresh", observation.at().toString())
                        .withDetail("detail", observation.detail())
                        .build())
                .orElseGet(() -> Health.unknown().withDetail("reason", "no refresh on this instance yet").build());
    }
}
