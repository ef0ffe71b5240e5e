package kr.co.whaling.bootstrap.job;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The thread that extends the locks of running jobs. Not a {@link ScheduledExecutorService} bean: Spring
 * would run the jobs on it, and a job on this thread would keep its own lock from being extended.
 */
public final class LockKeepAlive implements AutoCloseable {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "shedlock-keep-alive");
        thread.setDaemon(true);
        return thread;
    });

    public ScheduledExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
