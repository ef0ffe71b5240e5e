package kr.co.whaling.adapter.out.upbit;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Finishes each exchange, body included, within the read timeout from sending: the JDK client bounds
 * only the wait for the head, so a stalling body could block a caller as long as Upbit keeps the
 * connection. A watchdog closes the stream at the deadline; Feign reports that as a retryable I/O error.
 */
record BodyDeadlineClient(Client delegate) implements Client {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "upbit-body-deadline");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        long sentAt = System.nanoTime();
        Response response = delegate.execute(request, options);
        if (response.body() == null) {
            return response;
        }
        long timeoutMillis = options.readTimeoutMillis();
        long leftNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis) - (System.nanoTime() - sentAt);
        InputStream body = response.body().asInputStream();
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = WATCHDOG.schedule(() -> {
            expired.set(true);
            closeQuietly(body);
        }, Math.max(0, leftNanos), TimeUnit.NANOSECONDS);
        byte[] bytes;
        try (body) {
            bytes = body.readAllBytes();
        } catch (IOException e) {
            if (expired.get()) {
                throw timedOut(timeoutMillis, e);
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
        // A closed stream might also end as a short, "complete" read: never hand that on as an answer.
        if (expired.get()) {
            throw timedOut(timeoutMillis, null);
        }
        return response.toBuilder().body(bytes).build();
    }

    private static SocketTimeoutException timedOut(long timeoutMillis, IOException cause) {
        SocketTimeoutException timeout = new SocketTimeoutException("answer not read within " + timeoutMillis + " ms");
        timeout.initCause(cause);
        return timeout;
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // The read it interrupts reports the failure.
        }
    }
}
