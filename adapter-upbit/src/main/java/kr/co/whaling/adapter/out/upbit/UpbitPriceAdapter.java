package kr.co.whaling.adapter.out.upbit;

import feign.FeignException;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import kr.co.whaling.application.port.out.LoadCurrentPricesPort;
import kr.co.whaling.application.port.out.LoadMarketsPort;
import kr.co.whaling.application.port.out.LoadPriceAtPort;
import kr.co.whaling.application.port.out.PriceSourceUnavailableException;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.shared.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The price source on Upbit's public REST API: KRW markets, current tickers and one-minute
 * candles. Every failure (unreachable, slow, refusing, blocking, answering nonsense) reaches the
 * core as {@link PriceSourceUnavailableException}. Requests respect Upbit's rate limits, transient
 * failures are retried with backoff, and a circuit breaker stops calling a source that keeps failing.
 */
public final class UpbitPriceAdapter implements LoadMarketsPort, LoadCurrentPricesPort, LoadPriceAtPort {

    private static final Logger log = LoggerFactory.getLogger(UpbitPriceAdapter.class);
    private static final String KRW_PREFIX = "KRW-";
    private static final String CODE_PLACEHOLDER = "{code}";
    // Asked with to = instant + 1 minute, at most one candle can start after the instant, so two
    // candles always include the latest one starting at or before it (when Upbit has one).
    private static final int CANDLES_ASKED = 2;
    private static final DateTimeFormatter CANDLE_TO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final UpbitClient client;
    private final UpbitProperties properties;
    private final RequestThrottle throttle;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;

    private UpbitPriceAdapter(UpbitClient client, UpbitProperties properties, RequestThrottle throttle) {
        this.client = client;
        this.properties = properties;
        this.throttle = throttle;
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
        Objects.requireNonNull(properties, "properties");
        JsonMapper mapper = JsonMapper.builder()
                // Prices stay exact even where a number is read without a declared BigDecimal type.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        RequestThrottle throttle = new RequestThrottle(properties);
        return new UpbitPriceAdapter(UpbitClient.connect(properties, mapper, throttle), properties, throttle);
    }

    /**
     * Cheap health probe, sending no request: false while the circuit breaker is open or Upbit
     * blocks this client, true otherwise.
     */
    public boolean isAvailable() {
        CircuitBreaker.State state = circuitBreaker.getState();
        boolean open = state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
        return !open && !throttle.isBlocked();
    }

    @Override
    public List<Market> loadMarkets() {
        List<MarketResponse> answer = call("market list", client::markets);
        List<Market> markets = new ArrayList<>();
        for (MarketResponse entry : answer) {
            if (entry == null || entry.market() == null || !entry.market().startsWith(KRW_PREFIX)) {
                continue;
            }
            toMarket(entry).ifPresent(markets::add);
        }
        return markets;
    }

    @Override
    public List<PriceQuote> loadCurrentPrices(Collection<CoinCode> codes) {
        Objects.requireNonNull(codes, "codes");
        Map<String, CoinCode> asked = new LinkedHashMap<>();
        for (CoinCode code : codes) {
            asked.put(KRW_PREFIX + code.value(), code);
        }
        List<String> markets = List.copyOf(asked.keySet());
        Map<String, PriceQuote> quotes = new LinkedHashMap<>();
        int chunkSize = properties.tickerChunkSize();
        for (int from = 0; from < markets.size(); from += chunkSize) {
            List<String> chunk = markets.subList(from, Math.min(from + chunkSize, markets.size()));
            for (TickerResponse ticker : tickersOf(chunk)) {
                // Upbit's order is its own: each answer is matched to its coin by market name.
                CoinCode code = ticker == null ? null : asked.get(ticker.market());
                if (code != null && !quotes.containsKey(ticker.market())) {
                    toQuote(code, ticker).ifPresent(quote -> quotes.put(ticker.market(), quote));
                }
            }
        }
        return List.copyOf(quotes.values());
    }

    @Override
    public Optional<MinuteCandle> loadLatestCandleAtOrBefore(CoinCode code, Instant instant) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(instant, "instant");
        String market = KRW_PREFIX + code.value();
        // Upbit's "to" is exclusive: asking one minute past the instant keeps a candle starting exactly at it.
        String to = CANDLE_TO.format(instant.plus(1, ChronoUnit.MINUTES));
        List<CandleResponse> candles;
        try {
            candles = call("candles of " + market, () -> client.minuteCandles(market, to, CANDLES_ASKED));
        } catch (UnknownMarketException e) {
            return Optional.empty();
        }
        List<MinuteCandle> read = new ArrayList<>();
        for (CandleResponse candle : candles) {
            if (candle != null && (candle.market() == null || candle.market().equals(market))) {
                read.add(toCandle(code, candle));
            }
        }
        return read.stream()
                .filter(candle -> !candle.start().isAfter(instant))
                .max(Comparator.comparing(MinuteCandle::start));
    }

    /**
     * Tickers of one chunk. A market Upbit does not know makes it refuse the whole request, so the
     * chunk is halved until the unknown markets stand alone and answer nothing.
     */
    private List<TickerResponse> tickersOf(List<String> markets) {
        try {
            return call("tickers", () -> client.tickers(markets));
        } catch (UnknownMarketException e) {
            if (markets.size() == 1) {
                log.info("Upbit does not know market {}; it gets no quote", markets.get(0));
                return List.of();
            }
            int half = markets.size() / 2;
            List<TickerResponse> tickers = new ArrayList<>(tickersOf(markets.subList(0, half)));
            tickers.addAll(tickersOf(markets.subList(half, markets.size())));
            return tickers;
        }
    }

    /**
     * One logical request: throttled per attempt, retried on transient failures, guarded by the
     * circuit breaker, and every failure translated to {@link PriceSourceUnavailableException}
     * (except an unknown market, which callers turn into "no price").
     */
    private <T> T call(String what, Supplier<T> request) {
        Supplier<T> attempt = () -> {
            throttle.acquire();
            return request.get();
        };
        try {
            return circuitBreaker.executeSupplier(Retry.decorateSupplier(retry, attempt));
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
        if (failure instanceof UpbitHttpException http) {
            return http.isTransient();
        }
        // Feign's RetryableException is an I/O failure here (timeouts, refused connections): Feign
        // itself retries nothing and the error decoder never produces one.
        return failure instanceof RetryableException;
    }

    private Optional<Market> toMarket(MarketResponse entry) {
        String codeText = entry.market().substring(KRW_PREFIX.length());
        CoinCode code;
        try {
            code = new CoinCode(codeText);
        } catch (InvalidValueException e) {
            log.warn("Skipping Upbit market {}: its code is not a coin code", entry.market());
            return Optional.empty();
        }
        // A missing name must not drop a listed coin (the catalog would mark it unlisted): fall back.
        String english = blankToNull(entry.englishName());
        String korean = blankToNull(entry.koreanName());
        english = english != null ? english : code.value();
        korean = korean != null ? korean : english;
        String imageUrl = properties.imageUrlTemplate().replace(CODE_PLACEHOLDER, code.value());
        return Optional.of(new Market(code, korean, english, imageUrl, entry.warned()));
    }

    private static Optional<PriceQuote> toQuote(CoinCode code, TickerResponse ticker) {
        if (ticker.tradePrice() == null || ticker.tradePrice().signum() <= 0 || ticker.timestamp() == null) {
            log.warn("Skipping Upbit ticker of {} without a usable price or time: {}", ticker.market(), ticker);
            return Optional.empty();
        }
        return Optional.of(new PriceQuote(code, new Price(ticker.tradePrice()),
                Instant.ofEpochMilli(ticker.timestamp())));
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String toString() {
        return "UpbitPriceAdapter[" + properties.baseUrl() + ", circuit " + circuitBreaker.getState() + "]";
    }
}
