package kr.co.whaling.adapter.out.persistence;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Function;

/**
 * Query results kept for a short time per key (the public listing's pages and totals), on Caffeine.
 * A value is never served once {@code ttl} has passed since it was written; past half that age the first
 * caller reloads it while the others get the kept value (one load or refresh per key at a time; a failed
 * refresh keeps the old value). Refreshes run on the caller's thread, not the common pool, which has one
 * thread on two cores and must not block on JDBC. Keys may come from what members type, hence the bound.
 * Kept values are shared: nobody may modify one.
 */
final class KeptValues {

    /** {@code load} itself when {@code ttl} is zero (nothing kept), else a {@link #cache} of it. */
    static <K, V> Function<K, V> of(Duration ttl, long maximumSize, Function<K, V> load) {
        return ttl.isZero() ? load : cache(ttl, maximumSize, Ticker.systemTicker(), load)::get;
    }

    /** Timed by {@code ticker} (a test's clock, else the system's). */
    static <K, V> LoadingCache<K, V> cache(Duration ttl, long maximumSize, Ticker ticker, Function<K, V> load) {
        return Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                // Caffeine wants a positive refresh time (a ttl of 1 ns).
                .refreshAfterWrite(Duration.ofNanos(Math.max(1, ttl.toNanos() / 2)))
                .maximumSize(maximumSize)
                .executor(Runnable::run)
                .ticker(ticker)
                .build(load::apply);
    }
}
