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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * WireMock standing in for Upbit and Kakao in system tests, serving their real JSON shapes: one
 * server, since their paths do not overlap.
 */
final class FakeExchangeAndKakao {

    private static final DateTimeFormatter CANDLE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

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
