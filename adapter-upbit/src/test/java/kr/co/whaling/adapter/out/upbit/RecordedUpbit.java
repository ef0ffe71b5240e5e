package kr.co.whaling.adapter.out.upbit;

import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.array;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.candle;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.market;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.ticker;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.upbitError;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kr.co.whaling.application.coin.contract.RecordedExchange;
import kr.co.whaling.application.coin.contract.RecordedExchange.RecordedCandle;
import kr.co.whaling.application.coin.contract.RecordedExchange.RecordedQuote;

/**
 * WireMock as Upbit serving a {@link RecordedExchange}: the Upbit side of the contract kit. It
 * answers the market list, tickers (in the reverse of the order asked; a request naming a market
 * Upbit does not quote is refused whole with 404 "Code not found", as Upbit does) and one-minute
 * candles (those starting before {@code to}, newest first, at most {@code count}). Failing, it
 * answers 500, an HTML page, or nothing for {@link RecordedExchange#HANG}.
 */
final class RecordedUpbit implements ResponseDefinitionTransformerV2 {

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
            case "/v1/candles/minutes/1" -> candles(served, request.queryParameter("market").firstValue(),
                    LocalDateTime.parse(request.queryParameter("to").firstValue().replace("Z", ""))
                            .toInstant(ZoneOffset.UTC),
                    Integer.parseInt(request.queryParameter("count").firstValue()));
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

    private static ResponseDefinition candles(RecordedExchange served, String market, Instant to, int count) {
        List<RecordedCandle> ofMarket = served.minuteCandles().stream()
                .filter(c -> market.equals("KRW-" + c.code())).toList();
        if (ofMarket.isEmpty()) {
            return codeNotFound();
        }
        Stream<String> answer = ofMarket.stream()
                .filter(c -> c.start().isBefore(to))
                .sorted(Comparator.comparing(RecordedCandle::start).reversed())
                .limit(count)
                .map(c -> candle(market, UTC_LOCAL.format(c.start().atOffset(ZoneOffset.UTC)),
                        KST_LOCAL.format(c.start()), c.close()));
        return ok(array(answer.toArray(String[]::new)));
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

    private static ResponseDefinition codeNotFound() {
        return upbitError(404, "404", "Code not found").build();
    }

    private static ResponseDefinition ok(String json) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(json).build();
    }
}
