package kr.co.whaling.adapter.out.upbit;

import java.time.Duration;

/**
 * Settings of the Upbit price source ({@code whaling.upbit.*}). A component left out (null) takes
 * the default in the constructor, so a binder only supplies what differs.
 *
 * @param imageUrlTemplate a coin's image URL, {@code {code}} replaced by its code
 * @param readTimeout time to wait for an answer, its body included
 * @param maxAttempts tries of one request (first included) on 429, 5xx and I/O failures
 * @param retryBackoff wait before the first retry, doubled before each next one
 * @param blockDuration how long to stop calling after a 418 without {@code Retry-After}
 * @param liveQuoteTimeout the most a member waits for one live quote, everything included; no retry
 * @param dailyClosesTimeout the most one load of a coin's daily closes takes, every page and retry
 *     included: a member's request may be waiting for it when the stored history is stale
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

    /** Every default: Upbit's public API, as a tool outside the app reaches it. */
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
        return checked(name, value, fallback, value != null && value < 1, "at least 1");
    }

    private static Duration positive(String name, Duration value, Duration fallback) {
        return checked(name, value, fallback, value != null && (value.isNegative() || value.isZero()), "positive");
    }

    private static Duration atLeast(String name, Duration value, Duration fallback, Duration minimum) {
        return checked(name, value, fallback, value != null && value.compareTo(minimum) < 0, "at least " + minimum);
    }

    private static <T> T checked(String name, T value, T fallback, boolean refused, String rule) {
        if (refused) {
            throw new IllegalArgumentException("whaling.upbit." + name + " must be " + rule + ": " + value);
        }
        return value == null ? fallback : value;
    }
}
