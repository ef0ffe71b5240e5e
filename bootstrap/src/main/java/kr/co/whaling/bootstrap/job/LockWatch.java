package kr.co.whaling.bootstrap.job;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Logs what ShedLock does silently: a run finding its lock held by another instance (once per run of
 * that instance), and a run taking over a lock a crashed instance left. A released lock ends before
 * {@code locked_at + lockAtMostFor}, an abandoned one does not (nor does a long run that ended normally,
 * which is logged as a takeover too).
 */
public class LockWatch implements LockProvider {

    private static final Logger log = LoggerFactory.getLogger(LockWatch.class);

    record Hold(String by, Instant lockedAt, Instant until) {
    }

    private final LockProvider delegate;
    private final JdbcTemplate jdbc;
    private final String me;
    private final Map<String, Hold> reported = new ConcurrentHashMap<>();

    public LockWatch(LockProvider delegate, JdbcTemplate jdbc, String me) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.me = me;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        String name = configuration.getName();
        Optional<Hold> before = holdOf(name);
        Optional<SimpleLock> lock = delegate.lock(configuration);
        if (lock.isPresent()) {
            before.filter(hold -> !hold.by().equals(me))
                    .filter(hold -> !hold.until().isBefore(hold.lockedAt().plus(configuration.getLockAtMostFor())))
                    .ifPresent(hold -> log.info("Job {} taken over from {}: its lock, taken at {}, lapsed at {} "
                            + "without being released (that instance most likely stopped mid-run)", name, hold.by(),
                            hold.lockedAt(), hold.until()));
            reported.remove(name);
        } else {
            holdOf(name).ifPresent(hold -> reportHeld(name, hold, configuration));
        }
        return lock;
    }

    private void reportHeld(String name, Hold hold, LockConfiguration configuration) {
        boolean running = hold.until().isAfter(hold.lockedAt().plus(configuration.getLockAtLeastFor()));
        if (running && !hold.by().equals(me) && !sameRun(hold, reported.get(name))) {
            reported.put(name, hold);
            log.info("Job {} not run here: {} holds its lock, taken at {}, until {}; a live instance keeps "
                    + "extending it while it runs, the lock of one that died lapses then", name, hold.by(),
                    hold.lockedAt(), hold.until());
        } else {
            log.debug("Job {} not run here: lock held by {} until {}", name, hold.by(), hold.until());
        }
    }

    /** The same run keeps its holder and start while its end moves with each extension. */
    private static boolean sameRun(Hold hold, Hold earlier) {
        return earlier != null && earlier.by().equals(hold.by()) && earlier.lockedAt().equals(hold.lockedAt());
    }

    private Optional<Hold> holdOf(String name) {
        try {
            return jdbc.query("SELECT locked_by, locked_at, lock_until FROM shedlock WHERE name = ?",
                    (row, index) -> new Hold(row.getString(1), utc(row.getObject(2, LocalDateTime.class)),
                            utc(row.getObject(3, LocalDateTime.class))), name).stream().findFirst();
        } catch (RuntimeException e) {
            // Watching must never stop a job: the lock itself decides whether it runs.
            log.debug("Could not read the lock row of {}: {}", name, e.toString());
            return Optional.empty();
        }
    }

    /** ShedLock writes the database's UTC time ({@code UTC_TIMESTAMP(3)} on MySQL and MariaDB). */
    private static Instant utc(LocalDateTime time) {
        return time == null ? Instant.EPOCH : time.toInstant(ZoneOffset.UTC);
    }
}
