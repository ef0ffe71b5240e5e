package kr.co.whaling.application.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * One item a job refused on its own and skipped while it went on with the others: a market entry
 * or a ticker of the price source that cannot be read or kept exactly, a question that cannot be
 * loaded or settled, or a coin whose daily closes could not be refreshed. {@code identity} names it
 * (a market code, a question id, a coin code) and {@code reason} says why, for the operator.
 */
public record SkippedItem(Kind kind, String identity, String reason) {

    /** What was skipped. */
    public enum Kind {
        /** An entry of the price source's market list. */
        MARKET,
        /** A current price (ticker) of the price source. */
        TICKER,
        /** A question due for settlement. */
        QUESTION,
        /** A coin's daily closes, left as they were stored until the next refresh. */
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
