package kr.co.whaling.adapter.out.upbit;

import java.time.Duration;

/**
 * Settings of the Upbit price source ({@code whaling.upbit.*}). Every component may be left out
 * (null): it then takes the default named in its description, so a configuration binder only
 * has to supply what differs.
 *
 * @param baseUrl Upbit's REST root, default {@code https://api.upbit.com}
 * @param imageUrlTemplate a coin's image URL, {@code {code}} replaced by its code, default
 *     {@code https://static.upbit.com/logos/{code}.png}
 * @param connectTimeout time to open a connection, default 2 s
 * @param readTimeout time to wait for an answer, its body included, default 5 s
 * @param maxRequestsPerSecond requests sent per second at most, default 10
 * @param tickerChunkSize markets asked in one ticker request at most, default 100
 * @param maxAttempts tries of one request (first included) on 429, 5xx and I/O failures, default 3
 * @param retryBackoff wait before the first retry, doubled before each next one, default 200 ms
 * @param tooManyRequestsPause pause of every request after a 429, default 1 s
 * @param exhaustedQuotaPause pause after Upbit reports no request left this second
 *     ({@code Remaining-Req: ...; sec=0}), default 1 s
 * @param maxThrottleWait longest wait for a request slot before giving up, default 5 s
 * @param blockDuration how long to stop calling after a 418 without {@code Retry-After}, default 5 min
 * @param circuitBreakerWindowSize calls over which the failure rate is measured, default 10
 * @param circuitBreakerMinimumCalls calls needed before the circuit may open, default 5
 * @param circuitBreakerFailureRatePercent failure rate that opens the circuit, default 50
 * @param circuitBreakerOpenDuration how long an open circuit refuses calls, default 30 s
 * @param liveQuoteTimeout how long a member's request may wait for one live quote, everything
 *     included (request slot, connection, answer and body), default 1.5 s; no retry follows
 * @param dailyClosesTimeout how long one load of a coin's daily closes may take, every page, retry and
 *     wait for a request slot included, default 3 s: a member's request may be waiting for it when the
 *     stored history is stale
 */
public record UpbitProperties(
        String baseUrl,
        String imageUrlTemplate,
        Duration connectTimeout,
        Duration readTimeout,
        Integer maxRequestsPerSecond,
        Integer tickerChunkSize,
        Integer maxAttempts,
        Duration retryBackoff,
        Duration tooManyRequestsPause,
        Duration exhaustedQuotaPause,
        Duration maxThrottleWait,
        Duration blockDuration,
        Integer circuitBreakerWindowSize,
        Integer circuitBreakerMinimumCalls,
        Integer circuitBreakerFailureRatePercent,
        Duration circuitBreakerOpenDuration,
        Duration liveQuoteTimeout,
        Duration dailyClosesTimeout) {

    /** Every default of {@code whaling.upbit.*}: Upbit's public API, as a tool outside the app reaches it. */
    public static UpbitProperties defaults() {
        return new UpbitProperties(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    public UpbitProperties {
        baseUrl = stripTrailingSlash(orDefault(baseUrl, "https://api.upbit.com"));
        imageUrlTemplate = orDefault(imageUrlTemplate, "https://static.upbit.com/logos/{code}.png");
        connectTimeout = positive("connect-timeout", connectTimeout, Duration.ofSeconds(2));
        readTimeout = positive("read-timeout", readTimeout, Duration.ofSeconds(5));
        maxRequestsPerSecond = atLeastOne("max-requests-per-second", maxRequestsPerSecond, 10);
        tickerChunkSize = atLeastOne("ticker-chunk-size", tickerChunkSize, 100);
        maxAttempts = atLeastOne("max-attempts", maxAttempts, 3);
        // Resilience4j refuses backoffs under one millisecond.
        retryBackoff = atLeast("retry-backoff", retryBackoff, Duration.ofMillis(200), Duration.ofMillis(1));
        tooManyRequestsPause = atLeast("too-many-requests-pause", tooManyRequestsPause, Duration.ofSeconds(1), Duration.ZERO);
        exhaustedQuotaPause = atLeast("exhausted-quota-pause", exhaustedQuotaPause, Duration.ofSeconds(1), Duration.ZERO);
        maxThrottleWait = atLeast("max-throttle-wait", maxThrottleWait, Duration.ofSeconds(5), Duration.ZERO);
        blockDuration = positive("block-duration", blockDuration, Duration.ofMinutes(5));
        circuitBreakerWindowSize = atLeastOne("circuit-breaker-window-size", circuitBreakerWindowSize, 10);
        circuitBreakerMinimumCalls = atLeastOne("circuit-breaker-minimum-calls", circuitBreakerMinimumCalls, 5);
        circuitBreakerFailureRatePercent = atLeastOne("circuit-breaker-failure-rate-percent",
                circuitBreakerFailureRatePercent, 50);
        if (circuitBreakerFailureRatePercent > 100) {
            throw new IllegalArgumentException(
                    "whaling.upbit.circuit-breaker-failure-rate-percent must be at most 100: "
                            + circuitBreakerFailureRatePercent);
        }
        circuitBreakerOpenDuration = positive("circuit-breaker-open-duration", circuitBreakerOpenDuration,
                Duration.ofSeconds(30));
        liveQuoteTimeout = positive("live-quote-timeout", liveQuoteTimeout, Duration.ofMillis(1500));
        dailyClosesTimeout = positive("daily-closes-timeout", dailyClosesTimeout, Duration.ofSeconds(3));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Integer atLeastOne(String name, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("whaling.upbit." + name + " must be at least 1: " + value);
        }
        return value;
    }

    private static Duration positive(String name, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("whaling.upbit." + name + " must be positive: " + value);
        }
        return value;
    }

    private static Duration atLeast(String name, Duration value, Duration fallback, Duration minimum) {
        if (value == null) {
            return fallback;
        }
        if (value.compareTo(minimum) < 0) {
            throw new IllegalArgumentException("whaling.upbit." + name + " must be at least " + minimum + ": " + value);
        }
        return value;
    }
}
