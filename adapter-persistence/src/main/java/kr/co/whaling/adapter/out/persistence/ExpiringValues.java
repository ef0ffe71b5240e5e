package kr.co.whaling.adapter.out.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Query results kept for a short time per key, so that the busiest reads (a listing's total, the
 * first pages of the public listing) are not read again from the database on every request.
 *
 * <p>A value is served for at most {@code ttl} after the moment its loading started, so what this
 * returns lags the database by at most {@code ttl}. Once a value is half that old, the next caller
 * loads it again while the others keep getting the kept one: under steady traffic a key is
 * refreshed by one caller at a time and nobody waits for it. A value older than {@code ttl} is never
 * served: whoever asks for it then loads it. A zero {@code ttl} loads on every call.
 *
 * <p>Thread-safe. Kept values are shared between callers: nobody may modify one once loaded. At most
 * {@code maxEntries} keys are kept (keys may come from what members type): when full, values past
 * their {@code ttl} are dropped, and if that frees nothing a new key's value is returned without
 * being kept. A loader that throws keeps nothing.
 */
final class ExpiringValues<K, V> {

    private record Kept<V>(V value, long startedAt) {
    }

    private final long ttlNanos;
    private final long refreshAfterNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final Set<K> refreshing = ConcurrentHashMap.newKeySet();

    /** {@code nanoClock} is {@code System::nanoTime} but for tests: only differences between its readings count. */
    ExpiringValues(Duration ttl, int maxEntries, LongSupplier nanoClock) {
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

    /** The value of {@code key}: the kept one while young enough, else {@code loader}'s answer (then kept). */
    V get(K key, Supplier<V> loader) {
        if (ttlNanos == 0) {
            return loader.get();
        }
        long now = nanoClock.getAsLong();
        Kept<V> current = kept.get(key);
        if (current != null) {
            long age = now - current.startedAt();
            if (age < refreshAfterNanos) {
                return current.value();
            }
            if (age < ttlNanos) {
                if (!refreshing.add(key)) {
                    return current.value();
                }
                try {
                    return load(key, loader, now);
                } finally {
                    refreshing.remove(key);
                }
            }
        }
        return load(key, loader, now);
    }

    /** How many keys are kept: for tests of the bound. */
    int size() {
        return kept.size();
    }

    private V load(K key, Supplier<V> loader, long startedAt) {
        V value = Objects.requireNonNull(loader.get(), "a loader returned null");
        Kept<V> fresh = new Kept<>(value, startedAt);
        if (kept.containsKey(key) || hasRoom(startedAt)) {
            // Two callers may load the same key at once: the load started last wins, never an older one.
            kept.merge(key, fresh, (old, neu) -> neu.startedAt() - old.startedAt() >= 0 ? neu : old);
        }
        return value;
    }

    private boolean hasRoom(long now) {
        if (kept.size() < maxEntries) {
            return true;
        }
        kept.values().removeIf(value -> now - value.startedAt() >= ttlNanos);
        return kept.size() < maxEntries;
    }
}
