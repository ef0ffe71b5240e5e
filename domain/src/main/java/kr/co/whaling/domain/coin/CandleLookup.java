package kr.co.whaling.domain.coin;

import java.util.Objects;
import java.util.Optional;

/**
 * What asking the price source for a coin's candle at an instant came to. Only an answer ({@link Found},
 * {@link NoCandle}) says something about the price; a {@link Failed} call (timeout, error, circuit open)
 * says nothing, so it never counts toward voiding a question, however late.
 */
public sealed interface CandleLookup {

    /** The source answered with its latest candle starting at or before the instant (however old). */
    record Found(MinuteCandle candle) implements CandleLookup {
        public Found {
            Objects.requireNonNull(candle, "candle");
        }
    }

    /** The source answered and has no candle at or before the instant (e.g. the coin is delisted). */
    record NoCandle() implements CandleLookup {
    }

    /** The source did not answer; {@code reason} says why, for the logs. */
    record Failed(String reason) implements CandleLookup {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static CandleLookup found(MinuteCandle candle) {
        return new Found(candle);
    }

    static CandleLookup noCandle() {
        return new NoCandle();
    }

    static CandleLookup failed(String reason) {
        return new Failed(reason);
    }

    /** The latest candle, if any; empty for a failed call too (see {@link #answered()}). */
    default Optional<MinuteCandle> latestCandle() {
        return this instanceof Found found ? Optional.of(found.candle()) : Optional.empty();
    }

    default boolean answered() {
        return !(this instanceof Failed);
    }
}
