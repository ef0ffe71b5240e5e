package kr.co.whaling.bootstrap.job;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import kr.co.whaling.application.shared.SkippedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports what the jobs skipped: each skip is counted ({@value #METER}, tagged with its kind), and each item
 * is logged with its reason once a day (up to 10,000 remembered), not every period while it stays bad.
 */
public class SkippedItemLog {

    /** The counter's name; Prometheus shows it as {@code whaling_skipped_items_total}. */
    public static final String METER = "whaling.skipped.items";

    private static final Logger log = LoggerFactory.getLogger(SkippedItemLog.class);

    private final Map<SkippedItem.Kind, Counter> counters = new EnumMap<>(SkippedItem.Kind.class);
    private final Cache<String, Boolean> logged = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofDays(1))
            .maximumSize(10_000)
            .build();

    public SkippedItemLog(MeterRegistry registry) {
        for (SkippedItem.Kind kind : SkippedItem.Kind.values()) {
            counters.put(kind, Counter.builder(METER)
                    .description("Items a job refused on their own and skipped (the others were applied)")
                    .tag("kind", kind.label())
                    .register(registry));
        }
    }

    public void report(Collection<SkippedItem> items) {
        for (SkippedItem item : items) {
            counters.get(item.kind()).increment();
            String key = item.kind() + ":" + item.identity();
            if (logged.asMap().putIfAbsent(key, Boolean.TRUE) == null) {
                log.warn("Skipped {} {}: {} (the others were applied; logged once, counted in {})",
                        item.kind().label(), item.identity(), item.reason(), METER);
            } else {
                log.debug("Skipped {} {} again: {}", item.kind().label(), item.identity(), item.reason());
            }
        }
    }
}
