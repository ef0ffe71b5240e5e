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
 * Reports what the jobs skipped: each skip is counted ({@value #METER}, tagged with its kind:
 * {@code market}, {@code ticker}, {@code question}, {@code daily_closes}), and each skipped item is logged once with its
 * identity and reason, not every period while it stays bad. The items logged are remembered for
 * {@link #REMEMBERED_FOR} (at most {@link #REMEMBERED_AT_MOST} of them), so a lasting problem is
 * logged again about once a day.
 */
public class SkippedItemLog {

    /** The counter's name; Prometheus shows it as {@code whaling_skipped_items_total}. */
    public static final String METER = "whaling.skipped.items";
    static final Duration REMEMBERED_FOR = Duration.ofDays(1);
    static final long REMEMBERED_AT_MOST = 10_000;

    private static final Logger log = LoggerFactory.getLogger(SkippedItemLog.class);

    private final Map<SkippedItem.Kind, Counter> counters = new EnumMap<>(SkippedItem.Kind.class);
    private final Cache<String, Boolean> logged = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED_FOR)
            .maximumSize(REMEMBERED_AT_MOST)
            .build();

    public SkippedItemLog(MeterRegistry registry) {
        for (SkippedItem.Kind kind : SkippedItem.Kind.values()) {
            counters.put(kind, Counter.builder(METER)
                    .description("Items a job refused on their own and skipped (the others were applied)")
                    .tag("kind", kind.label())
                    .register(registry));
        }
    }

    /** Counts every item and logs those not logged lately. */
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
