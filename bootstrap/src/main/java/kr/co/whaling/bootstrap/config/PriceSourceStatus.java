package kr.co.whaling.bootstrap.config;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The outcome and time of this instance's latest price refresh, so health need not call the exchange. */
public class PriceSourceStatus {

    /** One refresh outcome. */
    public record Observation(boolean up, Instant at, String detail) {
    }

    private final AtomicReference<Observation> last = new AtomicReference<>();

    /** True when the refresh before had failed: an outage ended. */
    public boolean recordUp(Instant at) {
        Observation before = last.getAndSet(new Observation(true, at, "refreshed"));
        return before != null && !before.up();
    }

    /** True unless the refresh before had failed too: an outage began. */
    public boolean recordDown(Instant at, String detail) {
        Observation before = last.getAndSet(new Observation(false, at, detail));
        return before == null || before.up();
    }

    /** Empty until the first refresh on this instance (or forever on a node without jobs). */
    public Optional<Observation> last() {
        return Optional.ofNullable(last.get());
    }
}
