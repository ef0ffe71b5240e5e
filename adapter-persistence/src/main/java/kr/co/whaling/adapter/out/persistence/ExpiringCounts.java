package kr.co.whaling.adapter.out.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts kept for a short time per key, so that a listing's total is not recounted on every request.
 *
 * <p>A count is served for at most {@code ttl} after the moment its counting started, so what this
 * returns lags the database by at most {@code ttl}. Once a count is half that old, the next caller
 * recounts it while the others keep getting the cached one: under steady traffic the total is
 * refreshed by one caller at a time and nobody waits for it. A count older than {@code ttl} is never
 * served: whoever asks for it then counts. A zero {@code ttl} counts on every call.
 *
 * <p>Thread-safe. At most {@code maxEntries} keys are kept (keys may come from what members type):
 * when full, counts past their {@code ttl} are dropped, and if that frees nothing a new key's count
 * is returned without being kept.
 */
final class ExpiringCounts<K> {

    private record Count(long value, long startedAt) {
    }

    private final long ttlNanos;
    private final long refreshAfterNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;
    private final Map<K, Count> counts = new ConcurrentHashMap<>();
    private final Set<K> refreshing = ConcurrentHashMap.newKeySet();

    /** {@code nanoClock} is {@code System::nanoTime} but for tests: only differences between its readings count. */
    ExpiringCounts(Duration ttl, int maxEntries, LongSupplier nanoClock) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative: " + ttl);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be 1 or more: " + maxEntries);
        }
        this.ttlNanos = ttl.toNanos();
        this.refreshAfterNanos = ttlNanos / 2;
        this.maxEntries = maxEntries;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** The count of {@code key}: the kept one while young enough, else {@code counter}'s answer (then kept). */
    long get(K key, LongSupplier counter) {
        if (ttlNanos == 0) {
            return counter.getAsLong();
        }
        long now = nanoClock.getAsLong();
        Count kept = counts.get(key);
        if (kept != null) {
            long age = now - kept.startedAt();
            if (age < refreshAfterNanos) {
                return kept.value();
            }
            if (age < ttlNanos) {
                if (!refreshing.add(key)) {
                    return kept.value();
                }
                try {
                    return count(key, counter, now);
                } finally {
                    refreshing.remove(key);
                }
            }
        }
        return count(key, counter, now);
    }

    /** How many keys are kept: for tests of the bound. */
    int size() {
        return counts.size();
    }

    private long count(K key, LongSupplier counter, long startedAt) {
        long value = counter.getAsLong();
        Count fresh = new Count(value, startedAt);
        if (counts.containsKey(key) || hasRoom(startedAt)) {
            // Two callers may count the same key at once: the count started last wins, never an older one.
            counts.merge(key, fresh, (old, neu) -> neu.startedAt() - old.startedAt() >= 0 ? neu : old);
        }
        return value;
    }

    private boolean hasRoom(long now) {
        if (counts.size() < maxEntries) {
            return true;
        }
        counts.values().removeIf(count -> now - count.startedAt() >= ttlNanos);
        return counts.size() < maxEntries;
    }
}
