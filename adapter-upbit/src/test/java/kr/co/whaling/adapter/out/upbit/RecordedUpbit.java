package kr.co.whaling.adapter.out.upbit;

import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.array;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.candle;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.dayCandle;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.market;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.ticker;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.upbitError;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kr.co.whaling.application.coin.contract.RecordedExchange;
import kr.co.whaling.application.coin.contract.RecordedExchange.RecordedCandle;
import kr.co.whaling.application.coin.contract.RecordedExchange.RecordedDailyClose;
import kr.co.whaling.application.coin.contract.RecordedExchange.RecordedMarket;
import kr.co.whaling.application.coin.contract.RecordedExchange.RecordedQuote;

/**
 * WireMock as Upbit serving a {@link RecordedExchange}: the Upbit side of the contract kit. It
 * answers the market list, tickers (in the reverse of the order asked; a request naming a market
 * Upbit does not quote is refused whole with 404 "Code not found", as Upbit does), one-minute candles
 * and daily candles. Candles are Upbit's: those starting before {@code to} (exclusive; UTC unless it
 * carries an offset, the latest when absent), newest first, at most {@code count} (1 when absent),
 * and 404 "Code not found" for a market the exchange holds nothing of. A count above
 * {@value #MAX_COUNT}, like any parameter Upbit would not take, is refused with 400: an adapter asking
 * for more fails loudly rather than getting a cut page. A daily candle starts at 00:00 UTC, 09:00 in
 * Seoul, of its day. Failing, it answers 500, an HTML page, or nothing for {@link RecordedExchange#HANG}.
 */
final class RecordedUpbit implements ResponseDefinitionTransformerV2 {

    /** The most candles Upbit answers per request. */
    private static final int MAX_COUNT = 200;

    private static final DateTimeFormatter UTC_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter KST_LOCAL = UTC_LOCAL.withZone(ZoneId.of("Asia/Seoul"));

    private volatile RecordedExchange exchange = new RecordedExchange();

    /** From now on, serves this exchange. */
    void serve(RecordedExchange recorded) {
        exchange = recorded;
    }

    @Override
    public String getName() {
        return "recorded-upbit";
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        RecordedExchange served = exchange;
        Optional<RecordedExchange.Failure> failure = served.failure();
        if (failure.isPresent()) {
            return failing(failure.get()).build();
        }
        Request request = serveEvent.getRequest();
        String path = request.getUrl().split("\\?")[0];
        return switch (path) {
            case "/v1/market/all" -> ok(array(served.markets().stream()
                    .map(m -> market("KRW-" + m.code(), m.koreanName(), m.englishName(), m.warning()))
                    .toArray(String[]::new)));
            case "/v1/ticker" -> tickers(served, request.queryParameter("markets").firstValue().split(","));
            case "/v1/candles/minutes/1" -> candlesOrRefusal(request, (market, to, count) ->
                    minuteCandles(served, market, to, count));
            case "/v1/candles/days" -> candlesOrRefusal(request, (market, to, count) ->
                    dayCandles(served, market, to, count));
            default -> upbitError(404, "404", "Not found").build();
        };
    }

    private static ResponseDefinition tickers(RecordedExchange served, String[] markets) {
        List<String> tickers = new ArrayList<>();
        for (String market : markets) {
            Optional<RecordedQuote> quote = served.quotes().stream()
                    .filter(q -> market.equals("KRW-" + q.code())).findFirst();
            if (quote.isEmpty()) {
                return codeNotFound();
            }
            tickers.add(0, ticker(market, quote.get().price(), quote.get().at().toEpochMilli()));
        }
        return ok(array(tickers.toArray(String[]::new)));
    }

    /** How a candle endpoint answers its market, {@code to} (exclusive) and {@code count}. */
    private interface CandleEndpoint {
        ResponseDefinition answer(String market, Instant to, int count);
    }

    /** Reads the candle parameters as Upbit does, or refuses with 400 what Upbit would not take. */
    private static ResponseDefinition candlesOrRefusal(Request request, CandleEndpoint endpoint) {
        QueryParameter market = request.queryParameter("market");
        QueryParameter to = request.queryParameter("to");
        QueryParameter count = request.queryParameter("count");
        try {
            int asked = count.isPresent() ? Integer.parseInt(count.firstValue()) : 1;
            if (!market.isPresent() || asked < 1 || asked > MAX_COUNT) {
                return invalidParameter();
            }
            return endpoint.answer(market.firstValue(), to.isPresent() ? instantOf(to.firstValue()) : Instant.MAX,
                    asked);
        } catch (NumberFormatException | DateTimeException e) {
            return invalidParameter();
        }
    }

    /** Upbit's {@code to}: UTC unless it carries an offset ({@code Z}, {@code +09:00}); a space may stand for the T. */
    private static Instant instantOf(String to) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(to.replace(' ', 'T'));
        return parsed.isSupported(ChronoField.OFFSET_SECONDS) ? OffsetDateTime.from(parsed).toInstant()
                : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
    }

    private static ResponseDefinition minuteCandles(RecordedExchange served, String market, Instant to, int count) {
        if (!knows(served, market)) {
            return codeNotFound();
        }
        Stream<String> answer = served.minuteCandles().stream()
                .filter(c -> market.equals("KRW-" + c.code()))
                .filter(c -> c.start().isBefore(to))
                .sorted(Comparator.comparing(RecordedCandle::start).reversed())
                .limit(count)
                .map(c -> candle(market, UTC_LOCAL.format(c.start().atOffset(ZoneOffset.UTC)),
                        KST_LOCAL.format(c.start()), c.close()));
        return ok(array(answer.toArray(String[]::new)));
    }

    private static ResponseDefinition dayCandles(RecordedExchange served, String market, Instant to, int count) {
        if (!knows(served, market)) {
            return codeNotFound();
        }
        Stream<String> answer = served.dailyCloses().stream()
                .filter(c -> market.equals("KRW-" + c.code()))
                .filter(c -> c.date().atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(to))
                .sorted(Comparator.comparing(RecordedDailyClose::date).reversed())
                .limit(count)
                .map(c -> dayCandle(market, c.date(), c.close()));
        return ok(array(answer.toArray(String[]::new)));
    }

    /** Whether Upbit knows the market: the exchange holds something of its coin. */
    private static boolean knows(RecordedExchange served, String market) {
        return Stream.of(served.markets().stream().map(RecordedMarket::code),
                        served.quotes().stream().map(RecordedQuote::code),
                        served.minuteCandles().stream().map(RecordedCandle::code),
                        served.dailyCloses().stream().map(RecordedDailyClose::code))
                .flatMap(codes -> codes)
                .anyMatch(code -> market.equals("KRW-" + code));
    }

    private static ResponseDefinitionBuilder failing(RecordedExchange.Failure how) {
        return switch (how) {
            case DOWN -> upbitError(500, "server_error", "Internal error");
            case NONSENSE -> ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "text/html").withBody("<html>Service under maintenance</html>");
            case HANGING -> ResponseDefinitionBuilder.okForJson(List.of())
                    .withFixedDelay((int) RecordedExchange.HANG.toMillis());
        };
    }

    private static ResponseDefinition invalidParameter() {
        return upbitError(400, "invalid_parameter", "Invalid parameter").build();
    }

    private static ResponseDefinition codeNotFound() {
        return upbitError(404, "404", "Code not found").build();
    }

    private static ResponseDefinition ok(String json) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(json).build();
    }
}
