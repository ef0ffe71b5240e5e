package kr.co.whaling.adapter.out.upbit;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upbit's manners, shared by every request of one adapter: at most N requests per second, a pause
 * after {@code Remaining-Req: ...; sec=0} or a 429, and no request at all while Upbit blocks us (418).
 */
final class RequestThrottle {

    private static final Logger log = LoggerFactory.getLogger(RequestThrottle.class);
    private static final Pattern REMAINING_SECOND = Pattern.compile("(?:^|;)\\s*sec\\s*=\\s*(\\d+)");

    private final RateLimiter rateLimiter;
    private final UpbitProperties properties;
    private final LongSupplier nanoClock;
    // Deadlines on the nanoTime scale; "now" at construction means "not paused / not blocked".
    private final AtomicLong pausedUntil;
    private final AtomicLong blockedUntil;

    RequestThrottle(UpbitProperties properties, LongSupplier nanoClock) {
        this.rateLimiter = RateLimiter.of("upbit", RateLimiterConfig.custom()
                .limitForPeriod(properties.maxRequestsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(properties.maxThrottleWait())
                .build());
        this.properties = properties;
        this.nanoClock = nanoClock;
        long now = nanoClock.getAsLong();
        this.pausedUntil = new AtomicLong(now);
        this.blockedUntil = new AtomicLong(now);
    }

    /** Waits for a request slot; refuses while Upbit blocks us or when no slot comes in time. */
    void acquire() {
        refuseWhileBlocked();
        awaitPause();
        if (!rateLimiter.acquirePermission()) {
            throw new UpbitCallRefusedException("no Upbit request slot came in time");
        }
        // A block may have started while this caller waited.
        refuseWhileBlocked();
    }

    /** Like {@link #acquire()}, for a caller who waits at most {@code maxWait} for a pause and a slot. */
    void acquireWithin(Duration maxWait) {
        refuseWhileBlocked();
        long maxNanos = maxWait.toNanos();
        long paused = remaining(pausedUntil);
        if (paused > maxNanos) {
            throw new UpbitCallRefusedException(
                    "Upbit requests are paused for " + Duration.ofNanos(paused).toMillis() + " ms more");
        }
        long started = nanoClock.getAsLong();
        awaitPause();
        long slotIn = rateLimiter.reservePermission();
        long left = maxNanos - (nanoClock.getAsLong() - started);
        if (slotIn < 0 || slotIn > left) {
            throw new UpbitCallRefusedException("no Upbit request slot within " + maxWait.toMillis() + " ms");
        }
        sleep(slotIn);
        refuseWhileBlocked();
    }

    /** Learns from one answer of Upbit, whatever its status. */
    void observe(int status, Map<String, Collection<String>> headers) {
        remainingThisSecond(headers).filter(left -> left <= 0)
                .ifPresent(left -> extend(pausedUntil, properties.exhaustedQuotaPause()));
        if (status == 429) {
            Duration pause = properties.tooManyRequestsPause();
            log.warn("Upbit answered 429 Too Many Requests; pausing requests for {}", pause);
            extend(pausedUntil, pause);
        } else if (status == 418) {
            Duration block = retryAfter(headers).orElse(properties.blockDuration());
            log.warn("Upbit blocked this client (418); no request will be sent for {}", block);
            extend(blockedUntil, block);
        }
    }

    boolean isBlocked() {
        return remaining(blockedUntil) > 0;
    }

    private void refuseWhileBlocked() {
        long left = remaining(blockedUntil);
        if (left > 0) {
            throw new UpbitCallRefusedException(
                    "Upbit blocks this client for " + Duration.ofNanos(left).toMillis() + " ms more");
        }
    }

    private void awaitPause() {
        long left;
        while ((left = remaining(pausedUntil)) > 0) {
            sleep(left);
        }
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpbitCallRefusedException("interrupted while waiting for an Upbit request slot");
        }
    }

    private void extend(AtomicLong deadline, Duration by) {
        long candidate = nanoClock.getAsLong() + by.toNanos();
        deadline.accumulateAndGet(candidate, (current, proposed) -> proposed - current > 0 ? proposed : current);
    }

    private long remaining(AtomicLong deadline) {
        return deadline.get() - nanoClock.getAsLong();
    }

    /** The {@code sec} part of {@code Remaining-Req: group=default; min=1800; sec=9}, when present. */
    static Optional<Integer> remainingThisSecond(Map<String, Collection<String>> headers) {
        for (String value : headerValues(headers, "Remaining-Req")) {
            Matcher matcher = REMAINING_SECOND.matcher(value);
            if (matcher.find()) {
                try {
                    return Optional.of(Integer.parseInt(matcher.group(1)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** {@code Retry-After} as seconds or as an HTTP date, when present and readable. */
    static Optional<Duration> retryAfter(Map<String, Collection<String>> headers) {
        for (String value : headerValues(headers, "Retry-After")) {
            String text = value.strip();
            if (text.matches("\\d{1,9}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            }
            try {
                Instant until = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration left = Duration.between(Instant.now(), until);
                return Optional.of(left.isNegative() ? Duration.ZERO : left);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Collection<String> headerValues(Map<String, Collection<String>> headers, String name) {
        // Feign's header map ignores case; a plain map (in a test, say) may not, hence the scan.
        for (Map.Entry<String, Collection<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null) {
                return entry.getValue();
            }
        }
        return List.of();
    }
}
