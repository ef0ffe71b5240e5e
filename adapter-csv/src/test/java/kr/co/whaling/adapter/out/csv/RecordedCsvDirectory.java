package kr.co.whaling.adapter.out.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.co.whaling.application.coin.contract.RecordedExchange;
import kr.co.whaling.domain.coin.CoinCode;

/**
 * Writes a {@link RecordedExchange} as the CSV source's files and opens the source on them, at the
 * exchange's now: the CSV side of the contract kit. A last trade is a one-minute candle starting at
 * its instant. A source that is down reads a directory that does not exist; one that answers
 * nonsense finds an HTML page in every file.
 */
final class RecordedCsvDirectory {

    private static final String NONSENSE = "<html><body>Service under maintenance</body></html>\n";

    private RecordedCsvDirectory() {
    }

    static CsvPriceAdapter sourceOf(RecordedExchange exchange, Path directory) {
        CsvLayout layout = new CsvLayout(directory);
        List<String> markets = new ArrayList<>(List.of(CsvLayout.MARKETS_HEADER));
        exchange.markets().forEach(market -> markets.add(String.join(",", field(market.code()),
                field(market.koreanName()), field(market.englishName()), String.valueOf(market.warning()))));
        Map<Path, List<String>> files = new LinkedHashMap<>();
        files.put(layout.markets(), markets);
        exchange.quotes().forEach(quote -> lines(files, layout.minutes(new CoinCode(quote.code())),
                CsvLayout.MINUTES_HEADER).add(quote.at() + "," + quote.price()));
        exchange.minuteCandles().forEach(candle -> lines(files, layout.minutes(new CoinCode(candle.code())),
                CsvLayout.MINUTES_HEADER).add(candle.start() + "," + candle.close()));
        exchange.dailyCloses().forEach(close -> lines(files, layout.days(new CoinCode(close.code())),
                CsvLayout.DAYS_HEADER).add(close.date() + "," + close.close()));
        boolean nonsense = exchange.failure().orElse(null) == RecordedExchange.Failure.NONSENSE;
        files.forEach((file, content) -> write(file, nonsense ? NONSENSE : String.join("\n", content) + "\n"));
        Path read = exchange.failure().orElse(null) == RecordedExchange.Failure.DOWN
                ? directory.resolve("not-mounted")
                : directory;
        return CsvPriceAdapter.create(read, Clock.fixed(exchange.now(), ZoneOffset.UTC));
    }

    private static List<String> lines(Map<Path, List<String>> files, Path file, String header) {
        return files.computeIfAbsent(file, ignored -> new ArrayList<>(List.of(header)));
    }

    /** A CSV field, quoted when it holds a separator or a quote. */
    static String field(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
