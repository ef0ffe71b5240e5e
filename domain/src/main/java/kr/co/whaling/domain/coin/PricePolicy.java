package kr.co.whaling.domain.coin;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which prices count. A quote is fresh for creating a question while it is at most
 * {@link #quoteMaxAge()} old (5 minutes); a settlement candle counts while it started at most
 * {@link #candleMaxAge()} before the settlement instant (1 hour).
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

    /**
     * The quote to create a question with, when the stored one will do: the stored latest quote
     * while it is fresh; empty when there is none or it is too old (then one live look-up may be
     * tried, and its quote must be fresh too).
     */
    public Optional<PriceQuote> freshQuote(Optional<PriceQuote> stored, Instant now) {
        return stored.filter(quote -> isFresh(quote, now));
    }

    /**
     * The price of a coin at an instant: the close of the latest candle that starts at or before
     * the instant, provided that candle is not older than the limit; empty otherwise.
     */
    public Optional<MinuteCandle> priceAt(Optional<MinuteCandle> latestCandle, Instant instant) {
        return latestCandle.filter(candle -> !candle.start().isAfter(instant)
                && Duration.between(candle.start(), instant).compareTo(candleMaxAge) <= 0);
    }
}
