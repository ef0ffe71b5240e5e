package kr.co.whaling.adapter.out.upbit;

import feign.FeignException;
import feign.Request;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The price source on Upbit's public REST API. Every failure reaches the core as
 * {@link PriceSourceUnavailableException} (or a failed {@link CandleLookup}), never as "no price".
 * Jobs' calls are retried with backoff, a member's live quote gets one short attempt, a circuit
 * breaker stops calling a failing Upbit. An unreadable market or ticker entry is skipped and reported alone.
 */
public final class UpbitPriceAdapter
        implements LoadMarketsPort, LoadCurrentPricesPort, LoadPriceNowPort, LoadPriceAtPort, LoadDailyClosesPort {

    private static final Logger log = LoggerFactory.getLogger(UpbitPriceAdapter.class);
    private static final String KRW_PREFIX = "KRW-";
    // Asked with to = instant + 1 minute, at most one candle can start after the instant, so two
    // candles always include the latest one starting at or before it (when Upbit has one).
    private static final int CANDLES_ASKED = 2;
    private static final int DAY_CANDLES_PER_REQUEST = 200; // Upbit's maximum
    private static final DateTimeFormatter CANDLE_TO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    // Identities of skipped entries come from the source and end up in logs: cut short.
    private static final int MAX_IDENTITY_LENGTH = 40;
    // A live quote waits for a request slot at most this share of its timeout, keeping the rest for the request.
    private static final int SLOT_WAIT_DIVISOR = 4;

    private final UpbitClient client;
    private final JsonMapper mapper;
    private final UpbitProperties properties;
    private final RequestThrottle throttle;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;

    private UpbitPriceAdapter(UpbitProperties properties) {
        this.properties = properties;
        this.mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                // Prices stay exact even where a number is read without a declared BigDecimal type.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.throttle = new RequestThrottle(properties, System::nanoTime);
        this.client = UpbitClient.connect(properties, mapper, throttle);
        this.circuitBreaker = CircuitBreaker.of("upbit", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.circuitBreakerWindowSize())
                .minimumNumberOfCalls(properties.circuitBreakerMinimumCalls())
                .failureRateThreshold(properties.circuitBreakerFailureRatePercent())
                .waitDurationInOpenState(properties.circuitBreakerOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                // An unknown market is a normal answer; a refused call never reached Upbit.
                .ignoreExceptions(UnknownMarketException.class, UpbitCallRefusedException.class)
                .build());
        this.circuitBreaker.getEventPublisher().onStateTransition(event ->
                log.warn("Upbit circuit breaker: {}", event.getStateTransition()));
        this.retry = Retry.of("upbit", RetryConfig.custom()
                .maxAttempts(properties.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryBackoff(), 2.0))
                .retryOnException(UpbitPriceAdapter::isTransient)
                .build());
    }

    /** The adapter for the given settings, ready to call Upbit (or the fake its base URL names). */
    public static UpbitPriceAdapter create(UpbitProperties properties) {
        return new UpbitPriceAdapter(properties);
    }

    /** Health probe sending no request: false while the circuit is open or Upbit blocks this client. */
    public boolean isAvailable() {
        // The breaker is never forced or disabled: OPEN is its one state that sends nothing.
        return circuitBreaker.getState() != CircuitBreaker.State.OPEN && !throttle.isBlocked();
    }

    @Override
    public MarketListing loadMarkets() {
        List<JsonNode> answer = call("market list", client::markets);
        List<Market> markets = new ArrayList<>();
        Set<CoinCode> refusedCodes = new HashSet<>();
        List<SkippedItem> skipped = new ArrayList<>();
        forEachEntry(answer, MarketResponse.class, MarketResponse::market, SkippedItem.Kind.MARKET, skipped,
                (identity, entry) -> {
                    if (entry.market().startsWith(KRW_PREFIX)) {
                        readMarket(entry, identity, markets, refusedCodes, skipped);
                    }
                });
        return new MarketListing(markets, refusedCodes, skipped);
    }

    @Override
    public PriceQuotes loadCurrentPrices(Collection<CoinCode> codes) {
        Map<String, CoinCode> asked = new LinkedHashMap<>();
        codes.forEach(code -> asked.put(KRW_PREFIX + code.value(), code));
        List<String> markets = List.copyOf(asked.keySet());
        Map<String, PriceQuote> quotes = new LinkedHashMap<>();
        List<SkippedItem> skipped = new ArrayList<>();
        int chunkSize = properties.tickerChunkSize();
        for (int from = 0; from < markets.size(); from += chunkSize) {
            List<String> chunk = markets.subList(from, Math.min(from + chunkSize, markets.size()));
            readTickers(tickersOf(chunk), asked, quotes, skipped);
        }
        return new PriceQuotes(List.copyOf(quotes.values()), skipped);
    }

    /**
     * A member is waiting: one attempt, never retried, everything within
     * {@link UpbitProperties#liveQuoteTimeout()}, a quarter of it at most for the slot wait.
     */
    @Override
    public Optional<PriceQuote> loadPriceNow(CoinCode code) {
        String market = KRW_PREFIX + code.value();
        Duration timeout = properties.liveQuoteTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonNode> answer;
        try {
            answer = guarded("live ticker of " + market, () -> {
                throttle.acquireWithin(timeout.dividedBy(SLOT_WAIT_DIVISOR));
                return client.tickers(List.of(market), optionsUntil(deadline, timeout,
                        "no time left for the request within " + timeout.toMillis() + " ms"));
            });
        } catch (UnknownMarketException e) {
            return Optional.empty();
        }
        Map<String, PriceQuote> quotes = new LinkedHashMap<>();
        readTickers(answer, Map.of(market, code), quotes, new ArrayList<>());
        return Optional.ofNullable(quotes.get(market));
    }

    @Override
    public CandleLookup loadLatestCandleAtOrBefore(CoinCode code, Instant instant) {
        String market = KRW_PREFIX + code.value();
        // Upbit's "to" is exclusive: asking one minute past the instant keeps a candle starting exactly at it.
        String to = CANDLE_TO.format(instant.plus(1, ChronoUnit.MINUTES));
        try {
            return call("candles of " + market, () -> client.minuteCandles(market, to, CANDLES_ASKED)).stream()
                    .filter(candle -> candle != null && (candle.market() == null || candle.market().equals(market)))
                    .map(candle -> toCandle(code, candle))
                    .filter(candle -> !candle.start().isAfter(instant))
                    .max(Comparator.comparing(MinuteCandle::start))
                    .map(CandleLookup::found)
                    .orElseGet(CandleLookup::noCandle);
        } catch (UnknownMarketException e) {
            // Upbit answered: it does not know the market (any more). That is an answer, not a failure.
            return CandleLookup.noCandle();
        } catch (PriceSourceUnavailableException e) {
            return CandleLookup.failed(e.getMessage());
        } catch (RuntimeException e) {
            return CandleLookup.failed("Upbit candles of " + market + " could not be read: " + e);
        }
    }

    /**
     * Pages backwards from {@code to} until {@code from} is covered or Upbit has no older candle (a
     * short page), asking no more days than are missing; all within
     * {@link UpbitProperties#dailyClosesTimeout()}. A candle that cannot be read or kept exactly, or is
     * another market's, fails the whole load: a partial series never passes for a complete one.
     */
    @Override
    public DailyCloses loadDailyCloses(CoinCode code, LocalDate from, LocalDate to) {
        List<DailyClose> closes = new ArrayList<>();
        if (from.isAfter(to)) {
            return DailyCloses.of(closes);
        }
        String market = KRW_PREFIX + code.value();
        long deadline = System.nanoTime() + properties.dailyClosesTimeout().toNanos();
        // A daily candle starts at 00:00 UTC (09:00 in Seoul): its UTC and Seoul dates are the same.
        // Upbit's "to" is exclusive, so the first page ends at the start of the day after.
        Instant pageEnd = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long missingDays = ChronoUnit.DAYS.between(from, to) + 1;
        try {
            while (true) {
                int count = (int) Math.min(DAY_CANDLES_PER_REQUEST, missingDays);
                String pageTo = CANDLE_TO.format(pageEnd);
                List<DayCandleResponse> page = callWithin("daily candles of " + market, deadline,
                        options -> client.dayCandles(market, pageTo, count, options));
                DayCandle oldest = null;
                for (DayCandleResponse entry : page) {
                    DayCandle candle = toDayCandle(market, entry, pageEnd);
                    if (!candle.day().isBefore(from) && !candle.day().isAfter(to)) {
                        closes.add(new DailyClose(candle.day(), candle.close()));
                    }
                    if (oldest == null || candle.start().isBefore(oldest.start())) {
                        oldest = candle;
                    }
                }
                if (oldest == null || page.size() < count || !oldest.day().isAfter(from)) {
                    break;
                }
                pageEnd = oldest.start();
                missingDays = ChronoUnit.DAYS.between(from, oldest.day());
            }
        } catch (UnknownMarketException e) {
            log.info("Upbit does not know market {}; it has no daily closes", market);
            return DailyCloses.of(List.of());
        }
        try {
            return DailyCloses.of(closes);
        } catch (IllegalArgumentException e) {
            throw new PriceSourceUnavailableException("Upbit answered two daily candles for one day of " + market, e);
        }
    }

    /** One unknown market makes Upbit refuse the whole chunk: halve it until unknown markets stand alone. */
    private List<JsonNode> tickersOf(List<String> markets) {
        try {
            return call("tickers", () -> client.tickers(markets));
        } catch (UnknownMarketException e) {
            if (markets.size() == 1) {
                log.info("Upbit does not know market {}; it gets no quote", markets.get(0));
                return List.of();
            }
            int half = markets.size() / 2;
            List<JsonNode> tickers = new ArrayList<>(tickersOf(markets.subList(0, half)));
            tickers.addAll(tickersOf(markets.subList(half, markets.size())));
            return tickers;
        }
    }

    /** A job's request: throttled and retried per attempt, guarded by the circuit breaker. */
    private <T> T call(String what, Supplier<T> request) {
        return guarded(what, Retry.decorateSupplier(retry, () -> {
            throttle.acquire();
            return request.get();
        }));
    }

    /**
     * Like {@link #call} but over by {@code deadline} ({@code nanoTime} scale): an attempt after a backoff
     * past it is refused without a request.
     */
    private <T> T callWithin(String what, long deadline, Function<Request.Options, T> request) {
        return guarded(what, Retry.decorateSupplier(retry, () -> {
            throttle.acquireWithin(timeLeft(deadline));
            return request.apply(optionsUntil(deadline, properties.readTimeout(), "no time left within its deadline"));
        }));
    }

    /**
     * The configured connect timeout (which keeps Feign on its one HTTP client) and a request timeout
     * cut to the time left, which the JDK counts from the start, connecting included.
     */
    private Request.Options optionsUntil(long deadline, Duration maxRead, String refusal) {
        Duration left = timeLeft(deadline);
        if (left.toMillis() < 1) {
            throw new UpbitCallRefusedException(refusal);
        }
        return new Request.Options(properties.connectTimeout(), left.compareTo(maxRead) < 0 ? left : maxRead, false);
    }

    private static Duration timeLeft(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private <T> T guarded(String what, Supplier<T> request) {
        try {
            return circuitBreaker.executeSupplier(request);
        } catch (UnknownMarketException e) {
            throw e;
        } catch (CallNotPermittedException e) {
            throw new PriceSourceUnavailableException("Upbit " + what + ": circuit open after repeated failures", e);
        } catch (UpbitCallRefusedException e) {
            throw new PriceSourceUnavailableException("Upbit " + what + ": " + e.getMessage(), e);
        } catch (UpbitHttpException | FeignException e) {
            throw new PriceSourceUnavailableException("Upbit " + what + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PriceSourceUnavailableException("Upbit " + what + " failed unexpectedly: " + e, e);
        }
    }

    private static boolean isTransient(Throwable failure) {
        // Feign's RetryableException is an I/O failure here (timeouts, refused connections): Feign
        // itself retries nothing and the error decoder never produces one.
        return failure instanceof UpbitHttpException http ? http.isTransient() : failure instanceof RetryableException;
    }

    /** Adds the market, or reports it refused (and, when its code is readable, still listed). */
    private void readMarket(MarketResponse entry, String identity, List<Market> markets, Set<CoinCode> refusedCodes,
                            List<SkippedItem> skipped) {
        CoinCode code;
        try {
            code = new CoinCode(entry.market().substring(KRW_PREFIX.length()));
        } catch (InvalidValueException e) {
            skipped.add(skip(SkippedItem.Kind.MARKET, identity, "its code is not a coin code"));
            return;
        }
        // A missing name must not drop a listed coin (the catalog would mark it unlisted): fall back.
        String english = Objects.requireNonNullElse(blankToNull(entry.englishName()), code.value());
        String korean = Objects.requireNonNullElse(blankToNull(entry.koreanName()), english);
        String imageUrl = properties.imageUrlTemplate().replace("{code}", code.value());
        try {
            markets.add(new Market(code, korean, english, imageUrl, entry.warned()));
        } catch (InvalidValueException e) {
            refusedCodes.add(code);
            skipped.add(skip(SkippedItem.Kind.MARKET, identity, e.getMessage()));
        }
    }

    /** Keeps the first usable ticker per market asked; ignores markets not asked, reports unusable ones. */
    private void readTickers(List<JsonNode> answer, Map<String, CoinCode> asked, Map<String, PriceQuote> quotes,
                             List<SkippedItem> skipped) {
        forEachEntry(answer, TickerResponse.class, TickerResponse::market, SkippedItem.Kind.TICKER, skipped,
                (identity, ticker) -> {
                    // Upbit's order is its own: each answer is matched to its coin by market name.
                    CoinCode code = asked.get(ticker.market());
                    if (code == null || quotes.containsKey(ticker.market())) {
                        return;
                    }
                    if (ticker.tradePrice() == null || ticker.timestamp() == null) {
                        skipped.add(skip(SkippedItem.Kind.TICKER, identity, "no price or no time"));
                        return;
                    }
                    try {
                        quotes.put(ticker.market(), new PriceQuote(code, new Price(ticker.tradePrice()),
                                Instant.ofEpochMilli(ticker.timestamp())));
                    } catch (InvalidValueException | DateTimeException | ArithmeticException e) {
                        skipped.add(skip(SkippedItem.Kind.TICKER, identity, e.getMessage()));
                    }
                });
    }

    /** Reads each entry on its own: one unreadable or without a market is skipped, the others applied. */
    private <T> void forEachEntry(List<JsonNode> answer, Class<T> type, Function<T, String> market,
                                  SkippedItem.Kind kind, List<SkippedItem> skipped, BiConsumer<String, T> apply) {
        for (int index = 0; index < answer.size(); index++) {
            JsonNode node = answer.get(index);
            String identity = identity(node, index);
            T value;
            try {
                value = mapper.treeToValue(node, type);
            } catch (JacksonException | IllegalArgumentException e) {
                skipped.add(skip(kind, identity, "unreadable entry: " + e.getMessage()));
                continue;
            }
            if (value == null || market.apply(value) == null) {
                skipped.add(skip(kind, identity, "entry without a market code"));
            } else {
                apply.accept(identity, value);
            }
        }
    }

    /** The entry's market code when it has a readable one (cut short), its position otherwise. */
    private static String identity(JsonNode node, int index) {
        JsonNode market = node == null ? null : node.get("market");
        if (market != null && market.isString()) {
            String text = market.asString();
            return text.length() <= MAX_IDENTITY_LENGTH ? text : text.substring(0, MAX_IDENTITY_LENGTH) + "...";
        }
        return "entry #" + index;
    }

    private static SkippedItem skip(SkippedItem.Kind kind, String identity, String reason) {
        return new SkippedItem(kind, identity, reason == null ? "no reason given" : reason);
    }

    /** A candle that cannot be read fails the whole answer: settling on a wrong candle is worse than waiting. */
    private static MinuteCandle toCandle(CoinCode code, CandleResponse candle) {
        BigDecimal close = candle.tradePrice();
        if (close == null || close.signum() <= 0 || candle.candleDateTimeUtc() == null) {
            throw new PriceSourceUnavailableException("Upbit answered an unusable candle: " + candle);
        }
        Instant start;
        try {
            start = LocalDateTime.parse(candle.candleDateTimeUtc()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new PriceSourceUnavailableException("Upbit answered an unreadable candle time: " + candle, e);
        }
        return new MinuteCandle(code, start, new Price(close));
    }

    private record DayCandle(LocalDate day, Instant start, Price close) {
    }

    /** A candle of a wrong day or coin fails the whole load: it would skew every base rate taken from it. */
    private static DayCandle toDayCandle(String market, DayCandleResponse candle, Instant pageEnd) {
        if (candle == null || !market.equals(candle.market())) {
            throw new PriceSourceUnavailableException("Upbit answered a daily candle of another market than "
                    + market + ": " + candle);
        }
        if (candle.tradePrice() == null || candle.candleDateTimeUtc() == null || candle.candleDateTimeKst() == null) {
            throw new PriceSourceUnavailableException("Upbit answered an incomplete daily candle: " + candle);
        }
        Instant start;
        LocalDate day;
        try {
            start = LocalDateTime.parse(candle.candleDateTimeUtc()).toInstant(ZoneOffset.UTC);
            day = LocalDateTime.parse(candle.candleDateTimeKst()).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new PriceSourceUnavailableException("Upbit answered an unreadable daily candle time: " + candle, e);
        }
        if (!start.isBefore(pageEnd)) {
            // Upbit's "to" is exclusive: a later candle means it did not answer what was asked.
            throw new PriceSourceUnavailableException("Upbit answered a daily candle at or after " + pageEnd + ": "
                    + candle);
        }
        try {
            return new DayCandle(day, start, new Price(candle.tradePrice()));
        } catch (InvalidValueException e) {
            throw new PriceSourceUnavailableException("Upbit answered a daily close that cannot be kept exactly: "
                    + candle, e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String toString() {
        return "UpbitPriceAdapter[" + properties.baseUrl() + ", circuit " + circuitBreaker.getState() + "]";
    }
}
