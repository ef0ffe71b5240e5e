package kr.co.whaling.application.coin.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the exchange behind a price source holds in a contract test, in the game's terms: its KRW
 * markets, the last trade of each coin, one-minute candles and daily closes, the instant the source
 * is asked at, and whether the source is failing. A price-source test turns it into what its source
 * reads (WireMock answers, CSV files, ...) in {@link PriceSourceContract#sourceOf(RecordedExchange)}.
 *
 * <p>Prices are kept as the text the source would carry ({@code "0.00001234"}, {@code "0"},
 * {@code "1e-25"}), so that a test can record a price the adapter must refuse. Codes are coin codes
 * ({@code "BTC"}); a source that names markets ({@code KRW-BTC}) adds its prefix.
 */
public final class RecordedExchange {

    /** A KRW market as the exchange lists it. Names are kept as recorded, even too long ones. */
    public record RecordedMarket(String code, String koreanName, String englishName, boolean warning) {
    }

    /** The last trade of a coin: its price and when the exchange reported it (a whole minute). */
    public record RecordedQuote(String code, String price, Instant at) {
    }

    /** A one-minute candle: when it started (a whole minute) and its close. */
    public record RecordedCandle(String code, Instant start, String close) {
    }

    /** The close of a coin's trading day (an Asia/Seoul calendar date). */
    public record RecordedDailyClose(String code, LocalDate date, String close) {
    }

    /** How a source fails; {@link PriceSourceContract#failuresItCanHave()} says which a source can have. */
    public enum Failure {
        /** Unreachable or refusing: error status, connection refused, a missing directory. */
        DOWN,
        /** Answers, but with something that is not its format at all (an HTML page, a wrong file). */
        NONSENSE,
        /** Answers only after {@link #HANG}, far beyond any deadline of the ports. */
        HANGING
    }

    /** How long a {@link Failure#HANGING} source takes to answer; every call must give up well before. */
    public static final Duration HANG = Duration.ofSeconds(5);

    /** The instant the source is asked at, unless a test sets another: Monday 2024-01-01 12:00 UTC. */
    public static final Instant DEFAULT_NOW = Instant.parse("2024-01-01T12:00:00Z");

    private final List<RecordedMarket> markets = new ArrayList<>();
    private final List<RecordedQuote> quotes = new ArrayList<>();
    private final List<RecordedCandle> minuteCandles = new ArrayList<>();
    private final List<RecordedDailyClose> dailyCloses = new ArrayList<>();
    private Instant now = DEFAULT_NOW;
    private Failure failure;

    public RecordedExchange market(String code, String koreanName, String englishName, boolean warning) {
        markets.add(new RecordedMarket(code, koreanName, englishName, warning));
        return this;
    }

    public RecordedExchange quote(String code, String price, Instant at) {
        quotes.add(new RecordedQuote(code, price, at));
        return this;
    }

    public RecordedExchange minuteCandle(String code, Instant start, String close) {
        minuteCandles.add(new RecordedCandle(code, start, close));
        return this;
    }

    public RecordedExchange dailyClose(String code, LocalDate date, String close) {
        dailyCloses.add(new RecordedDailyClose(code, date, close));
        return this;
    }

    /** The instant the source is asked at; a source that reads a clock reads this one. */
    public RecordedExchange now(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
        return this;
    }

    /** Makes the source fail this way, whatever it holds. */
    public RecordedExchange failing(Failure how) {
        failure = Objects.requireNonNull(how, "how");
        return this;
    }

    public List<RecordedMarket> markets() {
        return List.copyOf(markets);
    }

    public List<RecordedQuote> quotes() {
        return List.copyOf(quotes);
    }

    public List<RecordedCandle> minuteCandles() {
        return List.copyOf(minuteCandles);
    }

    public List<RecordedDailyClose> dailyCloses() {
        return List.copyOf(dailyCloses);
    }

    public Instant now() {
        return now;
    }

    /** Empty while the source works. */
    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }
}
