package kr.co.whaling.adapter.out.persistence;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Function;

/**
 * Query results kept for a short time per key (the public listing's pages and totals), on Caffeine,
 * so that the busiest reads are not read again from the database on every request.
 *
 * <p>What a kept value may lag the database, and who reloads it:
 * <ul>
 * <li>{@code expireAfterWrite(ttl)} bounds the staleness: a value is never served once {@code ttl} has
 * passed since it was written (so it lags the database by at most {@code ttl} plus one load). The
 * caller who then asks loads it, and callers of the same key meanwhile wait for that one load
 * (Caffeine runs one load per key at a time) rather than each reading the database.</li>
 * <li>{@code refreshAfterWrite(ttl / 2)} keeps a busy key from ever getting there: the first caller
 * who finds its value half-aged reloads it, while every other caller is served the kept value without
 * waiting (Caffeine runs one refresh per key at a time). A failed refresh is logged and keeps the old
 * value, still served until {@code ttl}; the next caller tries again.</li>
 * <li>{@code executor(Runnable::run)}: that refresh runs on the thread of the caller who triggered it
 * (who gets its answer), like a load, so it needs no thread or connection of its own. Not the default
 * {@code ForkJoinPool.commonPool()}: it has one thread on two cores and must not block on JDBC.</li>
 * <li>{@code maximumSize}: keys may come from what members type; beyond the bound Caffeine evicts the
 * values least likely to be asked for again (W-TinyLFU), a newcomer included.</li>
 * </ul>
 * A load that throws keeps nothing, and its caller gets the exception. Kept values are shared
 * between callers: nobody may modify one once loaded.
 */
final class KeptValues {

    private KeptValues() {
    }

    /** {@code load} itself when {@code ttl} is zero (nothing kept), else a {@link #cache} of it. */
    static <K, V> Function<K, V> of(Duration ttl, long maximumSize, Function<K, V> load) {
        return ttl.isZero() ? load : cache(ttl, maximumSize, Ticker.systemTicker(), load)::get;
    }

    /** Values of {@code load} kept for {@code ttl}, timed by {@code ticker} (a test's clock, else the system's). */
    static <K, V> LoadingCache<K, V> cache(Duration ttl, long maximumSize, Ticker ticker, Function<K, V> load) {
        CacheLoader<K, V> loader = load::apply;
        return Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                // Caffeine wants a positive refresh time (a ttl of 1 ns).
                .refreshAfterWrite(Duration.ofNanos(Math.max(1, ttl.toNanos() / 2)))
                .maximumSize(maximumSize)
                .executor(Runnable::run)
                .ticker(ticker)
                .build(loader);
    }
}
