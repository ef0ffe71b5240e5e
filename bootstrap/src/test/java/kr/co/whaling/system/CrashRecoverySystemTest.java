package kr.co.whaling.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kr.co.whaling.WhalingApplication;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;

/**
 * Jobs resume after a crash within {@code lock-at-most-for} (30 s) plus one period: an instance
 * that dies mid-run leaves its lock row as ShedLock's keep-alive last wrote it, and the next
 * instance settles once that lock lapses. A live instance keeps its short lock for as long as its
 * run lasts.
 */
@ExtendWith(OutputCaptureExtension.class)
class CrashRecoverySystemTest extends SystemTestBase {

    private static final String LIFECYCLE_LOCK = "vote-lifecycle";
    private static final Duration LOCK_AT_MOST_FOR = Duration.ofSeconds(30);
    /** The second instance's lifecycle period: short, so the test measures the lock, not the period. */
    private static final Duration PERIOD = Duration.ofSeconds(3);

    @Autowired
    LockProvider lockProvider;
    @Autowired
    TaskScheduler taskScheduler;

    @Test
    void the_next_instance_settles_once_the_lock_of_an_instance_that_died_mid_run_lapses(CapturedOutput output)
            throws Exception {
        String alice = login(6001);
        String bob = login(6002);
        pricesAre("100000000");
        List<Long> votes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long voteId = createVote(alice, "{\"coin_code\": \"BTC\", \"duration\": \"day\", \"range\": 5, \"comment\": \"up\"}");
            answer(bob, voteId, 1);
            votes.add(voteId);
        }
        Instant settlesAt = START.plus(Duration.ofDays(1));
        fakes.btcCandle(settlesAt, "106000000");

        Duration settledAfter;
        try (ConfigurableApplicationContext next = startInstanceWithRunningJobs()) {
            // Another instance dies mid-run; then the questions fall due. The running instance must
            // wait for the dead one's lock to lapse, and settle them right after.
            long crashedAt = leaveLockOfAnInstanceThatDied();
            CLOCK.set(settlesAt.plusSeconds(30));
            settledAfter = awaitAllTracked(votes, crashedAt, Duration.ofSeconds(90));
        }

        System.out.printf("fault-figures: after a crash that left a %d s lock, the next instance (period %d s) "
                + "settled every question %d ms later%n", LOCK_AT_MOST_FOR.toSeconds(), PERIOD.toSeconds(),
                settledAfter.toMillis());
        assertThat(settledAfter).as("the dead instance's lock was respected until it lapsed")
                .isGreaterThanOrEqualTo(LOCK_AT_MOST_FOR.minusSeconds(1));
        assertThat(settledAfter).as("resumed within lock-at-most-for plus one period (plus slack for a busy machine)")
                .isLessThanOrEqualTo(LOCK_AT_MOST_FOR.plus(PERIOD).plusSeconds(7));
        assertThat(output.getOut()).contains("Job vote-lifecycle not run here: crashed-instance holds its lock")
                .contains("Job vote-lifecycle taken over from crashed-instance");
        bob = login(6002);
        assertThat(points(bob)).isEqualTo(300 - 3 * 10 + 3 * 20);
    }

    /**
     * Writes the lifecycle lock row exactly as ShedLock leaves it on MySQL/MariaDB when its instance
     * dies right after taking it (database time, UTC): {@code lock_until = locked_at + lockAtMostFor},
     * and nobody left to release or extend it. Written only while no live run holds the lock, as a
     * real crash could only have taken it then.
     *
     * @return when it was written ({@link System#nanoTime()})
     */
    private long leaveLockOfAnInstanceThatDied() throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long micros = LOCK_AT_MOST_FOR.toNanos() / 1000;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            long at = System.nanoTime();
            int taken = jdbc.update("UPDATE shedlock SET lock_until = TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(3)),"
                    + " locked_at = UTC_TIMESTAMP(3), locked_by = 'crashed-instance'"
                    + " WHERE name = ? AND lock_until <= UTC_TIMESTAMP(3)", micros, LIFECYCLE_LOCK);
            if (taken == 0) {
                taken = jdbc.update("INSERT IGNORE INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?,"
                        + " TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(3)), UTC_TIMESTAMP(3), 'crashed-instance')",
                        LIFECYCLE_LOCK, micros);
            }
            if (taken == 1) {
                LockRow row = lockRow(jdbc, LIFECYCLE_LOCK);
                assertThat(Duration.between(row.lockedAt(), row.lockUntil())).isEqualTo(LOCK_AT_MOST_FOR);
                return at;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the lifecycle lock was never free");
    }

    @Test
    void a_live_instance_keeps_its_short_lock_for_as_long_as_its_run_lasts() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // A "job" on the thread the scheduled jobs run on, holding its lock past half of lockAtMostFor.
        CompletableFuture<LockRow[]> run = new CompletableFuture<>();
        taskScheduler.schedule(() -> {
            SimpleLock lock = lockProvider.lock(new LockConfiguration(Instant.now(), "keep-alive-probe",
                    LOCK_AT_MOST_FOR, Duration.ZERO)).orElseThrow();
            try {
                LockRow first = lockRow(jdbc, "keep-alive-probe");
                Thread.sleep(LOCK_AT_MOST_FOR.dividedBy(2).plusSeconds(2).toMillis());
                run.complete(new LockRow[] {first, lockRow(jdbc, "keep-alive-probe")});
            } catch (Exception e) {
                run.completeExceptionally(e);
            } finally {
                lock.unlock();
            }
        }, Instant.now());
        LockRow[] rows = run.get(60, TimeUnit.SECONDS);
        LockRow first = rows[0];
        LockRow later = rows[1];

        assertThat(first.lockUntil()).isEqualTo(first.lockedAt().plus(LOCK_AT_MOST_FOR));
        assertThat(later.lockedAt()).isEqualTo(first.lockedAt());
        assertThat(later.lockUntil()).as("extended past locked_at + lockAtMostFor while the run lasts")
                .isAfter(first.lockedAt().plus(LOCK_AT_MOST_FOR));
        lockProvider.lock(new LockConfiguration(Instant.now(), "keep-alive-probe", LOCK_AT_MOST_FOR, Duration.ZERO))
                .orElseThrow(() -> new AssertionError("released at the end of the run"))
                .unlock();
    }

    /** A row of the lock table, in the database's (UTC) time. */
    private record LockRow(LocalDateTime lockedAt, LocalDateTime lockUntil) {
    }

    private static LockRow lockRow(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("SELECT locked_at, lock_until FROM shedlock WHERE name = ?",
                (row, index) -> new LockRow(row.getObject(1, LocalDateTime.class),
                        row.getObject(2, LocalDateTime.class)), name);
    }

    /** A second app instance on the same database whose lifecycle job runs on its own every few seconds. */
    private static ConfigurableApplicationContext startInstanceWithRunningJobs() {
        Map<String, Object> properties = appProperties();
        properties.put("server.port", "0");
        properties.put("whaling.jobs.lifecycle-period", "PT" + PERIOD.toSeconds() + "S");
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(WhalingApplication.class, ControllableClock.class).run(arguments);
    }

    private Duration awaitAllTracked(List<Long> votes, long since, Duration atMost) throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long deadline = since + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            Integer tracked = jdbc.queryForObject("SELECT COUNT(*) FROM votes WHERE state = 'TRACKED' AND id IN ("
                    + String.join(",", votes.stream().map(String::valueOf).toList()) + ")", Integer.class);
            if (tracked != null && tracked == votes.size()) {
                return Duration.ofNanos(System.nanoTime() - since);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("questions not settled within " + atMost);
    }
}
