package kr.co.whaling.adapter.out.csv;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import kr.co.whaling.adapter.out.csv.CandleSeries.Close;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.port.out.LoadCurrentPricesPort;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort;
import kr.co.whaling.application.coin.port.out.LoadPriceAtPort;
import kr.co.whaling.application.coin.port.out.LoadPriceNowPort;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.coin.CandleLookup;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * The price source on recorded candles in one directory ({@link CsvLayout}). The price at an instant (now by
 * the clock) is the exact close of the latest one-minute candle starting at or before it, quoted at its start.
 * A missing, unreadable or malformed file is {@link PriceSourceUnavailableException} (for settlement a failed
 * {@link CandleLookup}), never a wrong price; a coin without a file has no candle.
 */
public final class CsvPriceAdapter implements LoadMarketsPort, LoadCurrentPricesPort, LoadPriceNowPort,
        LoadPriceAtPort, LoadDailyClosesPort {

    private static final int CODE = 0;
    private static final int KOREAN_NAME = 1;
    private static final int ENGLISH_NAME = 2;
    private static final int WARNING = 3;

    private final RecordedFiles files;
    private final Clock clock;

    private CsvPriceAdapter(RecordedFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /** The source reading {@code directory}, taking "now" from {@code clock}. Nothing is read before the first call. */
    public static CsvPriceAdapter create(Path directory, Clock clock) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(clock, "clock");
        return new CsvPriceAdapter(new RecordedFiles(new CsvLayout(directory)), clock);
    }

    /** Cheap health probe: whether the directory is there to be read. */
    public boolean isAvailable() {
        return files.directoryReadable();
    }

    @Override
    public MarketListing loadMarkets() {
        List<CsvTable.Row> rows = read("market list", () -> files.read(files.layout().markets(),
                CsvLayout.MARKETS_HEADER, rowsRead -> rowsRead))
                .orElseThrow(() -> new PriceSourceUnavailableException("CSV price source: no "
                        + CsvLayout.MARKETS_FILE + " in " + files.layout().directory()));
        List<Market> markets = new ArrayList<>();
        Set<CoinCode> listed = new HashSet<>();
        Set<CoinCode> refusedCodes = new LinkedHashSet<>();
        List<SkippedItem> skipped = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            String identity = CsvLayout.MARKETS_FILE + " line " + row.line();
            if (!row.hasColumns()) {
                skipped.add(marketSkipped(identity, "expected " + row.columns() + " fields, found "
                        + row.fields().size()));
                continue;
            }
            CoinCode code;
            try {
                code = new CoinCode(row.field(CODE));
            } catch (InvalidValueException e) {
                skipped.add(marketSkipped(identity, "'" + row.field(CODE) + "' is not a coin code"));
                continue;
            }
            identity = identity + " (" + code + ")";
            if (!listed.add(code)) {
                skipped.add(marketSkipped(identity, code + " is listed twice"));
                continue;
            }
            Optional<Boolean> warning = warning(row.field(WARNING));
            if (warning.isEmpty()) {
                refusedCodes.add(code);
                skipped.add(marketSkipped(identity, "warning must be true or false, not '" + row.field(WARNING) + "'"));
                continue;
            }
            try {
                markets.add(new Market(code, row.field(KOREAN_NAME), row.field(ENGLISH_NAME), null, warning.get()));
            } catch (InvalidValueException e) {
                // Still listed: the catalog must not take the coin for delisted.
                refusedCodes.add(code);
                skipped.add(marketSkipped(identity, e.getMessage()));
            }
        }
        return new MarketListing(markets, refusedCodes, skipped);
    }

    @Override
    public PriceQuotes loadCurrentPrices(Collection<CoinCode> codes) {
        Objects.requireNonNull(codes, "codes");
        Instant now = clock.instant();
        List<PriceQuote> quotes = new ArrayList<>();
        List<SkippedItem> skipped = new ArrayList<>();
        for (CoinCode code : new LinkedHashSet<>(codes)) {
            latestMinuteAtOrBefore(code, now).ifPresent(candle -> candle.getValue().price().ifPresentOrElse(
                    price -> quotes.add(new PriceQuote(code, price, candle.getKey())),
                    () -> skipped.add(new SkippedItem(SkippedItem.Kind.TICKER, code.value(),
                            candle.getValue().refusal()))));
        }
        return new PriceQuotes(quotes, skipped);
    }

    @Override
    public Optional<PriceQuote> loadPriceNow(CoinCode code) {
        Objects.requireNonNull(code, "code");
        return latestMinuteAtOrBefore(code, clock.instant()).flatMap(candle ->
                candle.getValue().price().map(price -> new PriceQuote(code, price, candle.getKey())));
    }

    @Override
    public CandleLookup loadLatestCandleAtOrBefore(CoinCode code, Instant instant) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(instant, "instant");
        try {
            Optional<Map.Entry<Instant, Close>> candle = latestMinuteAtOrBefore(code, instant);
            if (candle.isEmpty()) {
                return CandleLookup.noCandle();
            }
            Close close = candle.get().getValue();
            Optional<Price> price = close.price();
            if (price.isEmpty()) {
                return CandleLookup.failed("CSV price source: " + close.refusal());
            }
            return CandleLookup.found(new MinuteCandle(code, candle.get().getKey(), price.get()));
        } catch (PriceSourceUnavailableException e) {
            return CandleLookup.failed(e.getMessage());
        } catch (RuntimeException e) {
            return CandleLookup.failed("CSV price source: candles of " + code + " could not be read: " + e);
        }
    }

    @Override
    public DailyCloses loadDailyCloses(CoinCode code, LocalDate from, LocalDate to) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Optional<CandleSeries<LocalDate>> series = read("daily closes of " + code, () -> files.read(
                files.layout().days(code), CsvLayout.DAYS_HEADER,
                rows -> CandleSeries.days(files.layout().days(code), rows)));
        List<DailyClose> closes = new ArrayList<>();
        series.ifPresent(days -> days.between(from, to).forEach((date, close) -> closes.add(new DailyClose(date,
                close.price().orElseThrow(() -> new PriceSourceUnavailableException(
                        "CSV price source: " + close.refusal()))))));
        return DailyCloses.of(closes);
    }

    private Optional<Map.Entry<Instant, Close>> latestMinuteAtOrBefore(CoinCode code, Instant instant) {
        Path file = files.layout().minutes(code);
        return read("minute candles of " + code, () -> files.read(file, CsvLayout.MINUTES_HEADER,
                rows -> CandleSeries.minutes(file, rows)))
                .flatMap(minutes -> minutes.latestAtOrBefore(instant));
    }

    /** Runs a read, every failure of the files translated to {@link PriceSourceUnavailableException}. */
    private <T> T read(String what, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (MalformedCsvException e) {
            throw new PriceSourceUnavailableException("CSV price source, " + what + ": malformed " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new PriceSourceUnavailableException("CSV price source, " + what + ": cannot read "
                    + e.getCause().getMessage(), e);
        }
    }

    private static Optional<Boolean> warning(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Optional.of(Boolean.parseBoolean(text));
        }
        return Optional.empty();
    }

    private static SkippedItem marketSkipped(String identity, String reason) {
        return new SkippedItem(SkippedItem.Kind.MARKET, identity, reason);
    }

    @Override
    public String toString() {
        return "CsvPriceAdapter[" + files.layout().directory() + "]";
    }
}
