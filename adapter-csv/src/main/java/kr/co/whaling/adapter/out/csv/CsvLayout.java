package kr.co.whaling.adapter.out.csv;

import java.nio.file.Path;
import java.util.List;
import kr.co.whaling.domain.coin.CoinCode;

/**
 * The files of a recorded-candles directory and their exact header lines (README, "The CSV price
 * source"). Every file is UTF-8, comma-separated, with the header as its first line; a field may be
 * enclosed in double quotes ({@code ""} inside stands for one quote).
 *
 * <ul>
 *   <li>{@code markets.csv}: {@value #MARKETS_HEADER}, one KRW market a line; {@code code} is the
 *       coin code ({@code BTC}), {@code warning} is {@code true} or {@code false}.</li>
 *   <li>{@code KRW-<code>.minutes.csv}: {@value #MINUTES_HEADER}, one one-minute candle a line: its
 *       start as an ISO-8601 UTC instant on a whole minute ({@code 2024-01-01T00:00:00Z}) and its
 *       close (last trade price) as a plain decimal, in any order.</li>
 *   <li>{@code KRW-<code>.days.csv}: {@value #DAYS_HEADER}, one trading day a line: its Asia/Seoul
 *       calendar date ({@code 2024-01-01}) and its close, in any order.</li>
 * </ul>
 */
record CsvLayout(Path directory) {

    static final String MARKETS_FILE = "markets.csv";
    static final String MARKETS_HEADER = "code,korean_name,english_name,warning";
    static final String MINUTES_HEADER = "start_utc,close";
    static final String DAYS_HEADER = "date_kst,close";

    private static final String MARKET_PREFIX = "KRW-";

    Path markets() {
        return directory.resolve(MARKETS_FILE);
    }

    Path minutes(CoinCode code) {
        return directory.resolve(MARKET_PREFIX + code.value() + ".minutes.csv");
    }

    Path days(CoinCode code) {
        return directory.resolve(MARKET_PREFIX + code.value() + ".days.csv");
    }

    static List<String> columns(String header) {
        return List.of(header.split(","));
    }
}
