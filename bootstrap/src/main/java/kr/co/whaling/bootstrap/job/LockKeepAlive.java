package kr.co.whaling.bootstrap.job;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The one thread that extends the locks of this instance's running jobs. Deliberately not a
 * {@link ScheduledExecutorService} bean: Spring's scheduling would take such a bean for running the
 * jobs themselves, and a job running on this thread would keep its own lock from being extended.
 */
public final class LockKeepAlive implements AutoCloseable {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "shedlock-keep-alive");
        thread.setDaemon(true);
        return thread;
    });

    /** The executor to hand to ShedLock's KeepAliveLockProvider. */
    public ScheduledExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
