package kr.co.whaling.domain.coin;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which prices count: a quote to create a question with is at most {@code quoteMaxAge} (5 minutes) old;
 * a settlement candle started at most {@code candleMaxAge} (1 hour) before the settlement instant.
 */
public record PricePolicy(Duration quoteMaxAge, Duration candleMaxAge) {

    public PricePolicy {
        Objects.requireNonNull(quoteMaxAge, "quoteMaxAge");
        Objects.requireNonNull(candleMaxAge, "candleMaxAge");
    }

    /** The rules of domain.md: quotes 5 minutes, candles 1 hour. */
    public static PricePolicy standard() {
        return new PricePolicy(Duration.ofMinutes(5), Duration.ofHours(1));
    }

    /** A quote is fresh when it is not older than the limit (nor from the future beyond it). */
    public boolean isFresh(PriceQuote quote, Instant now) {
        return Duration.between(quote.at(), now).abs().compareTo(quoteMaxAge) <= 0;
    }

    /** The stored latest quote while it is fresh; empty otherwise (then a live quote, fresh too, is needed). */
    public Optional<PriceQuote> freshQuote(Optional<PriceQuote> stored, Instant now) {
        return stored.filter(quote -> isFresh(quote, now));
    }

    /** The latest candle starting at or before the instant, when not older than the limit. */
    public Optional<MinuteCandle> priceAt(Optional<MinuteCandle> latestCandle, Instant instant) {
        return latestCandle.filter(candle -> !candle.start().isAfter(instant)
                && Duration.between(candle.start(), instant).compareTo(candleMaxAge) <= 0);
    }
}
