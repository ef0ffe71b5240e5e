package kr.co.whaling.adapter.out.csv;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * One market's candles from one file, by start ({@link Instant} for minutes, {@link LocalDate} for days).
 * One line that is no candle (bad fields or start, a duplicate start, a close that is no decimal) makes the
 * whole file malformed: quoting on what is left could be silently wrong. A decimal close that is no price
 * (empty, 0, negative, too many digits) is kept as read and refused where it is used.
 */
final class CandleSeries<K extends Comparable<? super K>> {

    /** A close as the file holds it. */
    record Close(Path file, int line, String text) {

        /** The price, or empty when the close is no price the game can keep exactly. */
        Optional<Price> price() {
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Price(new BigDecimal(text)));
            } catch (InvalidValueException e) {
                return Optional.empty();
            }
        }

        /** Why {@link #price()} is empty, for the logs and the skipped-item report. */
        String refusal() {
            return file.getFileName() + " line " + line + ": close '" + text + "' is no exact positive price";
        }
    }

    private final NavigableMap<K, Close> closes;

    private CandleSeries(NavigableMap<K, Close> closes) {
        this.closes = Collections.unmodifiableNavigableMap(closes);
    }

    static CandleSeries<Instant> minutes(Path file, List<CsvTable.Row> rows) {
        return parse(file, rows, text -> {
            Instant start = Instant.parse(text);
            if (start.getEpochSecond() % 60 != 0 || start.getNano() != 0) {
                throw new DateTimeException("a one-minute candle starts on a whole minute: " + text);
            }
            return start;
        });
    }

    static CandleSeries<LocalDate> days(Path file, List<CsvTable.Row> rows) {
        return parse(file, rows, LocalDate::parse);
    }

    private static <K extends Comparable<? super K>> CandleSeries<K> parse(Path file, List<CsvTable.Row> rows,
                                                                   Function<String, K> startReader) {
        NavigableMap<K, Close> closes = new TreeMap<>();
        for (CsvTable.Row row : rows) {
            if (!row.hasColumns()) {
                throw new MalformedCsvException(file, row.line(), "expected " + row.columns() + " fields, found "
                        + row.fields().size());
            }
            K start;
            try {
                start = startReader.apply(row.field(0));
            } catch (DateTimeException e) {
                throw new MalformedCsvException(file, row.line(), "unreadable start '" + row.field(0) + "'");
            }
            String close = row.field(1);
            if (!close.isEmpty()) {
                try {
                    new BigDecimal(close);
                } catch (NumberFormatException e) {
                    throw new MalformedCsvException(file, row.line(), "close '" + close + "' is not a decimal");
                }
            }
            if (closes.put(start, new Close(file, row.line(), close)) != null) {
                throw new MalformedCsvException(file, row.line(), "a second candle starting at " + start);
            }
        }
        return new CandleSeries<>(closes);
    }

    /** The latest candle starting at or before {@code start}. */
    Optional<Map.Entry<K, Close>> latestAtOrBefore(K start) {
        return Optional.ofNullable(closes.floorEntry(start));
    }

    /** The candles starting from {@code from} to {@code to}, both included, oldest first. */
    NavigableMap<K, Close> between(K from, K to) {
        return from.compareTo(to) > 0 ? Collections.emptyNavigableMap() : closes.subMap(from, true, to, true);
    }
}
