package kr.co.whaling.application.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * One item a job skipped on its own while it went on with the others; {@code identity} names it (a
 * market code, a question id, a coin code) and {@code reason} tells the operator why.
 */
public record SkippedItem(Kind kind, String identity, String reason) {

    /** What was skipped: a market entry, a ticker, a question due for settlement, or a coin's daily closes. */
    public enum Kind {
        MARKET,
        TICKER,
        QUESTION,
        DAILY_CLOSES;

        /** The kind as a lower-case word, for logs and metric tags. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SkippedItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(reason, "reason");
    }
}
