package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kept query results (listing totals here) on Caffeine: reused while young, reloaded by the one caller
 * who finds them half-aged while the others get the kept one, never served once as old as their time to
 * live, bounded in number, and nothing kept of a failed load.
 */
class KeptValuesTest {

    private static final Duration TTL = Duration.ofSeconds(2);
    private static final long MILLI = 1_000_000L;
    /** Long enough for any load of these tests, short enough to fail a caller that waits when it must not. */
    private static final Duration NO_WAIT = Duration.ofSeconds(5);

    /** A clock that starts far from zero and moves only when told: only differences may matter. */
    private final AtomicLong clock = new AtomicLong(Long.MAX_VALUE - 500 * MILLI);
    private final Database database = new Database();
    private final LoadingCache<String, Long> counts = KeptValues.cache(TTL, 3, clock::get, database);
    private final ExecutorService others = Executors.newFixedThreadPool(2);

    /**
     * The database stand-in: answers 1, 2, 3, ... in call order, whatever the key; fails while
     * {@link #failure} is set; and its call number {@link #holdCall} waits, once started, for {@link #release}.
     */
    private static final class Database implements Function<String, Long> {
        private final AtomicInteger calls = new AtomicInteger();
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private volatile int holdCall;
        private volatile RuntimeException failure;

        @Override
        public Long apply(String key) {
            int call = calls.incrementAndGet();
            if (call == holdCall) {
                held.countDown();
                await(release);
            }
            RuntimeException failing = failure;
            if (failing != null) {
                throw failing;
            }
            return (long) call;
        }

        int calls() {
            return calls.get();
        }

        /** Makes the next call wait for {@link #release} once it started; returns the latch that tells it started. */
        CountDownLatch holdNextCall() {
            holdCall = calls.get() + 1;
            return held;
        }
    }

    @AfterEach
    void stopOthers() {
        database.release.countDown();
        others.shutdownNow();
    }

    private void advanceMillis(long millis) {
        clock.addAndGet(millis * MILLI);
    }

    @Test
    void a_count_is_reused_until_half_its_time_to_live_then_recounted_by_the_caller_who_finds_it_so() {
        assertThat(counts.get("all")).isEqualTo(1);
        advanceMillis(999);
        assertThat(counts.get("all")).isEqualTo(1);
        assertThat(database.calls()).isEqualTo(1);

        advanceMillis(2);
        assertThat(counts.get("all")).as("past half its age: this caller recounts and gets the new count")
                .isEqualTo(2);
        advanceMillis(999);
        assertThat(counts.get("all")).as("the new count's age starts again").isEqualTo(2);
        assertThat(database.calls()).isEqualTo(2);
    }

    @Test
    void a_count_as_old_as_its_time_to_live_is_never_served() {
        counts.get("all");

        advanceMillis(2_000);

        assertThat(counts.get("all")).isEqualTo(2);
        advanceMillis(60_000);
        assertThat(counts.get("all")).isEqualTo(3);
    }

    @Test
    void counts_are_kept_per_key_and_filters_are_keys_by_value() {
        LoadingCache<VoteListingStatements.Filter, Long> byFilter = KeptValues.cache(TTL, 10, clock::get,
                filter -> (long) filter.states().size() * 1_000 + database.apply(filter.coinPattern()));
        VoteListingStatements.Filter ongoingBtc = new VoteListingStatements.Filter(List.of("ONGOING"), "%bt%");

        assertThat(byFilter.get(ongoingBtc)).isEqualTo(1_001);
        assertThat(byFilter.get(new VoteListingStatements.Filter(List.of("ONGOING"), "%bt%"))).isEqualTo(1_001);
        assertThat(byFilter.get(new VoteListingStatements.Filter(List.of("ONGOING"), "%et%"))).isEqualTo(1_002);
        assertThat(byFilter.get(new VoteListingStatements.Filter(List.of("ONGOING", "FINISHED"), "%bt%")))
                .isEqualTo(2_003);
        assertThat(database.calls()).isEqualTo(3);
    }

    @Test
    void a_zero_time_to_live_keeps_nothing_and_counts_every_time() {
        Function<String, Long> never = KeptValues.of(Duration.ZERO, 3, database);

        assertThat(never.apply("all")).isEqualTo(1);
        assertThat(never.apply("all")).isEqualTo(2);
    }

    @Test
    void no_more_counts_are_kept_than_allowed() {
        for (int key = 0; key < 20; key++) {
            assertThat(counts.get("filter " + key)).as("every caller gets its own count").isEqualTo(key + 1);
        }

        counts.cleanUp();
        assertThat(counts.estimatedSize()).isLessThanOrEqualTo(3);
        assertThat(counts.get("filter 19")).as("the bound does not stop counting").isPositive();
    }

    @Test
    void a_failed_count_keeps_nothing_and_the_next_caller_counts_again() {
        IllegalStateException down = new IllegalStateException("database down");
        database.failure = down;

        assertThatThrownBy(() -> counts.get("all")).isSameAs(down);
        assertThat(counts.getIfPresent("all")).isNull();

        database.failure = null;
        assertThat(counts.get("all")).isEqualTo(2);
    }

    @Test
    void a_failed_recount_keeps_the_kept_count_until_its_time_to_live_and_the_next_caller_tries_again() {
        counts.get("all");
        advanceMillis(1_500);
        database.failure = new IllegalStateException("database down");

        assertThat(counts.get("all")).as("the failed recount is logged, the kept count served").isEqualTo(1);
        assertThat(counts.get("all")).isEqualTo(1);
        assertThat(database.calls()).as("each caller tried again").isEqualTo(3);

        advanceMillis(500);
        assertThatThrownBy(() -> counts.get("all")).as("never served once as old as its time to live")
                .hasMessage("database down");
        database.failure = null;
        assertThat(counts.get("all")).isEqualTo(5);
    }

    @Test
    void while_one_caller_recounts_the_others_get_the_kept_count_without_waiting() throws Exception {
        counts.get("all");
        advanceMillis(1_500);
        CountDownLatch recounting = database.holdNextCall();

        Future<Long> recounted = others.submit(() -> counts.get("all"));
        assertThat(recounting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(assertTimeoutPreemptively(NO_WAIT, () -> counts.get("all"))).isEqualTo(1);
        assertThat(assertTimeoutPreemptively(NO_WAIT, () -> counts.get("all"))).isEqualTo(1);
        assertThat(database.calls()).as("one recount only").isEqualTo(2);

        database.release.countDown();
        assertThat(recounted.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(counts.get("all")).isEqualTo(2);
        assertThat(database.calls()).isEqualTo(2);
    }

    @Test
    void callers_of_an_expired_count_wait_for_one_count_instead_of_each_counting() throws Exception {
        counts.get("all");
        advanceMillis(2_000);
        CountDownLatch counting = database.holdNextCall();

        Future<Long> first = others.submit(() -> counts.get("all"));
        assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch asking = new CountDownLatch(1);
        Future<Long> second = others.submit(() -> {
            asking.countDown();
            return counts.get("all");
        });
        assertThat(asking.await(10, TimeUnit.SECONDS)).isTrue();
        TimeUnit.MILLISECONDS.sleep(200);

        database.release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(database.calls()).isEqualTo(2);
    }

    @Test
    void an_older_count_finishing_last_does_not_replace_a_newer_one() throws Exception {
        // The recount starts half-aged and is held; meanwhile the count expires and a caller counts anew.
        counts.get("all");
        advanceMillis(1_500);
        CountDownLatch recounting = database.holdNextCall();
        Future<Long> older = others.submit(() -> counts.get("all"));
        assertThat(recounting.await(10, TimeUnit.SECONDS)).isTrue();
        advanceMillis(500);

        assertThat(counts.get("all")).isEqualTo(3);

        database.release.countDown();
        older.get(10, TimeUnit.SECONDS);
        assertThat(counts.get("all")).as("the older recount was dropped").isEqualTo(3);
    }

    @Test
    void a_negative_time_to_live_is_refused() {
        assertThatThrownBy(() -> KeptValues.of(Duration.ofMillis(-1), 3, database))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
