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

    public void recordUp(Instant at) {
        last.set(new Observation(true, at, "refreshed"));
    }

    public void recordDown(Instant at, String detail) {
        last.set(new Observation(false, at, detail));
    }

    /** Empty until the first refresh on this instance (or forever on a node without jobs). */
    public Optional<Observation> last() {
        return Optional.ofNullable(last.get());
    }
}
