package kr.co.whaling.batch;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A source of daily closes as {@code backtest --source} names it: {@code upbit} (the exchange) or
 * {@code csv:DIR} (files of recorded closes in a directory).
 */
public record PriceSource(Kind kind, Path directory) {

    /** The kinds of source. */
    public enum Kind { UPBIT, CSV }

    private static final String CSV_PREFIX = "csv:";

    public PriceSource {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.CSV) != (directory != null)) {
            throw new IllegalArgumentException("a csv source has a directory, and only a csv source has one");
        }
    }

    /** Reads {@code upbit} or {@code csv:DIR}; refuses anything else with a message for the user. */
    public static PriceSource parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.toLowerCase(Locale.ROOT).equals("upbit")) {
            return new PriceSource(Kind.UPBIT, null);
        }
        if (value.toLowerCase(Locale.ROOT).startsWith(CSV_PREFIX)) {
            String directory = value.substring(CSV_PREFIX.length()).strip();
            if (directory.isEmpty()) {
                throw new IllegalArgumentException("csv: needs a directory, e.g. csv:./closes");
            }
            return new PriceSource(Kind.CSV, Path.of(directory));
        }
        throw new IllegalArgumentException("'" + value + "' is no price source: use upbit or csv:DIR");
    }

    @Override
    public String toString() {
        return kind == Kind.UPBIT ? "upbit" : CSV_PREFIX + directory;
    }
}
