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
 * Finishes each exchange, answer body included, within the read timeout counted from the moment
 * the request is sent. The JDK HTTP client bounds only the wait for the response head; a body
 * stalling after it would block a caller (a scheduled job, a member's request) for as long as
 * Upbit keeps the connection open. A watchdog closes such a stream at the deadline, which the JDK
 * turns into an I/O failure of the blocked read: Feign then reports it as a retryable I/O error,
 * like a timeout on the head. So one attempt never takes longer than its read timeout.
 */
final class BodyDeadlineClient implements Client {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "upbit-body-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final Client delegate;

    BodyDeadlineClient(Client delegate) {
        this.delegate = delegate;
    }

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
        SocketTimeoutException timeout =
                new SocketTimeoutException("answer not read within " + timeoutMillis + " ms");
        if (cause != null) {
            timeout.initCause(cause);
        }
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
