package kr.co.whaling.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.stream.Collectors;

/**
 * WireMock standing in for Upbit and Kakao in system tests, serving their real JSON shapes: one
 * server, since their paths do not overlap.
 */
final class FakeExchangeAndKakao {

    private static final DateTimeFormatter CANDLE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    /** Upbit's most daily candles per request. */
    private static final int DAY_CANDLES_PER_PAGE = 200;

    private final WireMockServer server;

    FakeExchangeAndKakao(WireMockServer server) {
        this.server = server;
    }

    /** Upbit lists BTC and ETH on the KRW market, XRP under warning, and a BTC-market coin. */
    void listMarkets() {
        server.stubFor(get(urlPathEqualTo("/v1/market/all")).willReturn(okJson("""
                [{"market":"KRW-BTC","korean_name":"비트코인","english_name":"Bitcoin",
                  "market_event":{"warning":false,"caution":{"PRICE_FLUCTUATIONS":false}}},
                 {"market":"KRW-ETH","korean_name":"이더리움","english_name":"Ethereum",
                  "market_event":{"warning":false,"caution":{"PRICE_FLUCTUATIONS":false}}},
                 {"market":"KRW-XRP","korean_name":"리플","english_name":"Ripple",
                  "market_event":{"warning":true,"caution":{"PRICE_FLUCTUATIONS":true}}},
                 {"market":"BTC-ETH","korean_name":"이더리움","english_name":"Ethereum",
                  "market_event":{"warning":false}}]""")));
    }

    /** Upbit's tickers: every asked market at these prices, quoted at {@code at}. */
    void quote(String btcPrice, String ethPrice, Instant at) {
        long millis = at.toEpochMilli();
        server.stubFor(get(urlPathEqualTo("/v1/ticker")).willReturn(okJson("""
                [{"market":"KRW-ETH","trade_price":%s,"timestamp":%d,"change":"RISE"},
                 {"market":"KRW-BTC","trade_price":%s,"timestamp":%d,"change":"RISE"},
                 {"market":"KRW-XRP","trade_price":512.5,"timestamp":%d,"change":"EVEN"}]"""
                .formatted(ethPrice, millis, btcPrice, millis, millis))));
    }

    /** Upbit's ticker endpoint failing. */
    void quotesFail() {
        server.stubFor(get(urlPathEqualTo("/v1/ticker")).willReturn(aResponse().withStatus(500)));
    }

    /** Upbit's minute candles for BTC: one candle starting at {@code start} closing at {@code close}. */
    void btcCandle(Instant start, String close) {
        server.stubFor(get(urlPathEqualTo("/v1/candles/minutes/1")).withQueryParam("market", equalTo("KRW-BTC"))
                .willReturn(okJson("""
                        [{"market":"KRW-BTC","candle_date_time_utc":"%s","candle_date_time_kst":"%s",
                          "opening_price":%s,"high_price":%s,"low_price":%s,"trade_price":%s,
                          "timestamp":%d,"candle_acc_trade_price":1000.0,"candle_acc_trade_volume":0.01,"unit":1}]"""
                        .formatted(CANDLE_TIME.format(start), CANDLE_TIME.format(start.plusSeconds(9 * 3600)),
                                close, close, close, close, start.plusSeconds(59).toEpochMilli()))));
    }

    /** Upbit's daily candles for every market: none (a coin without history, so no base rate). */
    void noDailyCandles() {
        server.stubFor(get(urlPathEqualTo("/v1/candles/days")).atPriority(10).willReturn(okJson("[]")));
    }

    /**
     * Upbit's daily candles of KRW-{@code code}: one per day of {@code closes}, newest first, in pages
     * of 200 as Upbit serves them, each page answering the {@code to} the adapter sends for it (the
     * day after the newest, then the start of the oldest candle of the page before). A daily candle
     * starts at 00:00 UTC, 09:00 in Seoul, so its UTC and Seoul dates are its day.
     */
    void dailyCloses(String code, NavigableMap<LocalDate, String> closes) {
        List<LocalDate> newestFirst = new ArrayList<>(closes.descendingKeySet());
        for (int first = 0; first < newestFirst.size(); first += DAY_CANDLES_PER_PAGE) {
            LocalDate pageEnd = first == 0 ? newestFirst.get(0).plusDays(1) : newestFirst.get(first - 1);
            String body = newestFirst.subList(first, Math.min(first + DAY_CANDLES_PER_PAGE, newestFirst.size()))
                    .stream()
                    .map(day -> """
                            {"market":"KRW-%s","candle_date_time_utc":"%sT00:00:00",
                             "candle_date_time_kst":"%sT09:00:00","opening_price":%s,"high_price":%s,
                             "low_price":%s,"trade_price":%s,"timestamp":%d,
                             "candle_acc_trade_price":1000.0,"candle_acc_trade_volume":0.01}"""
                            .formatted(code, day, day, closes.get(day), closes.get(day), closes.get(day),
                                    closes.get(day), day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                                            .toEpochMilli() - 1))
                    .collect(Collectors.joining(",", "[", "]"));
            server.stubFor(get(urlPathEqualTo("/v1/candles/days")).atPriority(1)
                    .withQueryParam("market", equalTo("KRW-" + code))
                    .withQueryParam("to", equalTo(pageEnd + "T00:00:00Z"))
                    .willReturn(okJson(body)));
        }
    }

    /** Upbit has no candle at all for BTC (e.g. delisted). */
    void noBtcCandles() {
        server.stubFor(get(urlPathEqualTo("/v1/candles/minutes/1")).withQueryParam("market", equalTo("KRW-BTC"))
                .willReturn(okJson("[]")));
    }

    /** Kakao knows the user {@code kakaoId}: authorization code {@code code-<id>} logs them in. */
    void kakaoUser(long kakaoId) {
        server.stubFor(post(urlPathEqualTo("/oauth/token")).withRequestBody(containing("code=code-" + kakaoId))
                .willReturn(okJson("""
                        {"token_type":"bearer","access_token":"kakao-token-%d","expires_in":21599,
                         "refresh_token":"kakao-refresh-%d","refresh_token_expires_in":5183999}"""
                        .formatted(kakaoId, kakaoId))));
        server.stubFor(get(urlPathEqualTo("/v2/user/me"))
                .withHeader("Authorization", equalTo("Bearer kakao-token-" + kakaoId))
                .willReturn(okJson("""
                        {"id":%d,"connected_at":"2026-01-01T00:00:00Z",
                         "kakao_account":{"profile_needs_agreement":false,
                           "profile":{"nickname":"kakao","thumbnail_image_url":"https://img.example/%d_110.jpg",
                                      "profile_image_url":"https://img.example/%d.jpg","is_default_image":false}}}"""
                        .formatted(kakaoId, kakaoId, kakaoId))));
    }

    /** Kakao refuses a used or unknown code. */
    void kakaoRefusesUnknownCodes() {
        server.stubFor(post(urlPathEqualTo("/oauth/token")).atPriority(10).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error":"invalid_grant","error_description":"authorization code not found for code=x",
                         "error_code":"KOE320"}""")));
    }
}
