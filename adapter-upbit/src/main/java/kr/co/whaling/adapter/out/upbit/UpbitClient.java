package kr.co.whaling.adapter.out.upbit;

import feign.CollectionFormat;
import feign.Feign;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import feign.ResponseInterceptor;
import feign.Retryer;
import feign.http2client.Http2Client;
import java.net.http.HttpClient;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Feign interface of Upbit's public quotation REST API (the calls Whaling needs). */
interface UpbitClient {

    // Lists are read as JSON trees so that each entry is read on its own: one entry Whaling cannot
    // read must not make the whole answer unreadable.

    /** {@link MarketResponse} entries. */
    @RequestLine("GET /v1/market/all?is_details=true")
    List<JsonNode> markets();

    /** {@link TickerResponse} entries, in an order of Upbit's choosing. */
    @RequestLine(value = "GET /v1/ticker?markets={markets}", collectionFormat = CollectionFormat.CSV)
    List<JsonNode> tickers(@Param("markets") List<String> markets);

    /** The same, within the given timeouts instead of the configured ones. */
    @RequestLine(value = "GET /v1/ticker?markets={markets}", collectionFormat = CollectionFormat.CSV)
    List<JsonNode> tickers(@Param("markets") List<String> markets, Request.Options options);

    /** Up to {@code count} one-minute candles starting strictly before {@code to}, newest first. */
    @RequestLine("GET /v1/candles/minutes/1?market={market}&to={to}&count={count}")
    List<CandleResponse> minuteCandles(@Param("market") String market, @Param("to") String to,
            @Param("count") int count);

    /** Up to {@code count} (at most 200) daily candles starting strictly before {@code to}, newest first. */
    @RequestLine("GET /v1/candles/days?market={market}&to={to}&count={count}")
    List<DayCandleResponse> dayCandles(@Param("market") String market, @Param("to") String to,
            @Param("count") int count, Request.Options options);

    /** Feign retries nothing (the adapter does); every answer passes through {@code throttle} to shape the next. */
    static UpbitClient connect(UpbitProperties properties, JsonMapper mapper, RequestThrottle throttle) {
        HttpClient http = HttpClient.newBuilder()
                // HTTP/1.1: Upbit serves it, and plain-HTTP test fakes need no h2c upgrade dance.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        ResponseInterceptor observeManners = (context, chain) -> {
            throttle.observe(context.response().status(), context.response().headers());
            return chain.next(context);
        };
        return Feign.builder()
                .client(new BodyDeadlineClient(new Http2Client(http)))
                // Same connect timeout and redirect policy as the JDK client, so Feign reuses it.
                .options(new Request.Options(properties.connectTimeout(), properties.readTimeout(), false))
                .retryer(Retryer.NEVER_RETRY)
                .decoder(new UpbitJsonDecoder(mapper))
                .errorDecoder(new UpbitErrorDecoder(mapper))
                .responseInterceptor(observeManners)
                .requestInterceptor(template -> template.header("Accept", "application/json"))
                .target(UpbitClient.class, properties.baseUrl());
    }
}
