package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Kept query results (listing totals here): reused while young, reloaded by one caller when half-aged, never served stale. */
class ExpiringValuesTest {

    private static final Duration TTL = Duration.ofSeconds(2);
    private static final long MILLI = 1_000_000L;

    /** A clock that starts far from zero and moves only when told: only differences may matter. */
    private final AtomicLong clock = new AtomicLong(Long.MAX_VALUE - 500 * MILLI);
    private final ExpiringValues<String, Long> counts = new ExpiringValues<>(TTL, 3, clock::get);

    /** A counter answering 1, 2, 3, ... and remembering how often it was asked. */
    private static final class Counter implements Supplier<Long> {
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public Long get() {
            return (long) calls.incrementAndGet();
        }

        int calls() {
            return calls.get();
        }
    }

    private void advanceMillis(long millis) {
        clock.addAndGet(millis * MILLI);
    }

    @Test
    void a_count_is_reused_until_half_its_time_to_live_then_recounted() {
        Counter counter = new Counter();

        assertThat(counts.get("all", counter)).isEqualTo(1);
        advanceMillis(999);
        assertThat(counts.get("all", counter)).isEqualTo(1);
        assertThat(counter.calls()).isEqualTo(1);

        advanceMillis(1);
        assertThat(counts.get("all", counter)).as("half-aged: this caller recounts").isEqualTo(2);
        advanceMillis(999);
        assertThat(counts.get("all", counter)).as("the new count's age starts again").isEqualTo(2);
        assertThat(counter.calls()).isEqualTo(2);
    }

    @Test
    void a_count_as_old_as_its_time_to_live_is_never_served() {
        Counter counter = new Counter();
        counts.get("all", counter);

        advanceMillis(2_000);

        assertThat(counts.get("all", counter)).isEqualTo(2);
        advanceMillis(60_000);
        assertThat(counts.get("all", counter)).isEqualTo(3);
    }

    @Test
    void counts_are_kept_per_key() {
        Counter ongoing = new Counter();
        Counter finished = new Counter();
        ExpiringValues<VoteListingStatements.Filter, Long> byFilter = new ExpiringValues<>(TTL, 10, clock::get);
        VoteListingStatements.Filter ongoingBtc = new VoteListingStatements.Filter(List.of("ONGOING"), "%bt%");

        assertThat(counts.get("ongoing", () -> 80_000L)).isEqualTo(80_000);
        assertThat(counts.get("finished", () -> 20_000L)).isEqualTo(20_000);
        assertThat(counts.get("ongoing", ongoing)).isEqualTo(80_000);
        assertThat(counts.get("finished", finished)).isEqualTo(20_000);
        assertThat(ongoing.calls() + finished.calls()).isZero();

        // Filters are keys by value: an equal filter built again finds the kept count.
        byFilter.get(ongoingBtc, () -> 7L);
        assertThat(byFilter.get(new VoteListingStatements.Filter(List.of("ONGOING"), "%bt%"), ongoing))
                .isEqualTo(7);
        assertThat(byFilter.get(new VoteListingStatements.Filter(List.of("ONGOING"), "%et%"), ongoing))
                .isEqualTo(1);
        assertThat(byFilter.get(new VoteListingStatements.Filter(List.of("ONGOING", "FINISHED"), "%bt%"),
                ongoing)).isEqualTo(2);
    }

    @Test
    void a_zero_time_to_live_counts_every_time() {
        ExpiringValues<String, Long> never = new ExpiringValues<>(Duration.ZERO, 3, clock::get);
        Counter counter = new Counter();

        never.get("all", counter);
        never.get("all", counter);

        assertThat(counter.calls()).isEqualTo(2);
        assertThat(never.size()).isZero();
    }

    @Test
    void no_more_keys_are_kept_than_allowed_and_expired_ones_make_room() {
        counts.get("a", () -> 1L);
        counts.get("b", () -> 2L);
        counts.get("c", () -> 3L);

        assertThat(counts.get("d", () -> 4L)).as("counted, though not kept").isEqualTo(4);
        assertThat(counts.size()).isEqualTo(3);
        Counter d = new Counter();
        counts.get("d", d);
        assertThat(d.calls()).as("d was not kept").isEqualTo(1);

        advanceMillis(2_000);
        counts.get("e", () -> 5L);
        assertThat(counts.size()).as("a, b, c expired and were dropped for e").isEqualTo(1);
        assertThat(counts.get("e", () -> 50L)).isEqualTo(5);
    }

    @Test
    void a_failed_count_is_not_kept_and_the_next_caller_counts_again() {
        counts.get("all", () -> 10L);
        advanceMillis(1_500);

        assertThatThrownBy(() -> counts.get("all", () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(counts.get("all", () -> 11L)).as("the failed refresh released its claim").isEqualTo(11);
    }

    @Test
    void while_one_caller_refreshes_a_count_the_others_get_the_kept_one_without_waiting() throws Exception {
        counts.get("all", () -> 100L);
        advanceMillis(1_500);
        CountDownLatch refreshing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService refresher = Executors.newSingleThreadExecutor();
        try {
            Future<Long> refreshed = refresher.submit(() -> counts.get("all", () -> {
                refreshing.countDown();
                await(release);
                return 200L;
            }));
            assertThat(refreshing.await(10, TimeUnit.SECONDS)).isTrue();

            Counter others = new Counter();
            assertThat(counts.get("all", others)).isEqualTo(100);
            assertThat(counts.get("all", others)).isEqualTo(100);
            assertThat(others.calls()).isZero();

            release.countDown();
            assertThat(refreshed.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            assertThat(counts.get("all", others)).isEqualTo(200);
            assertThat(others.calls()).isZero();
        } finally {
            release.countDown();
            refresher.shutdownNow();
        }
    }

    @Test
    void an_older_count_finishing_last_does_not_replace_a_newer_one() throws Exception {
        // Both counts start after expiry, so both count; the one started first finishes last.
        counts.get("all", () -> 1L);
        advanceMillis(2_000);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService slow = Executors.newSingleThreadExecutor();
        try {
            Future<Long> older = slow.submit(() -> counts.get("all", () -> {
                firstStarted.countDown();
                await(release);
                return 2L;
            }));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            advanceMillis(10);
            assertThat(counts.get("all", () -> 3L)).isEqualTo(3);

            release.countDown();
            assertThat(older.get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(counts.get("all", () -> 4L)).isEqualTo(3);
        } finally {
            release.countDown();
            slow.shutdownNow();
        }
    }

    @Test
    void a_negative_time_to_live_is_refused() {
        assertThatThrownBy(() -> new ExpiringValues<String, Long>(Duration.ofMillis(-1), 3, clock::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersistenceProperties(Duration.ofMillis(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listing-total-ttl");
        assertThatThrownBy(() -> new PersistenceProperties(Duration.ZERO, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listing-page-ttl");
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
