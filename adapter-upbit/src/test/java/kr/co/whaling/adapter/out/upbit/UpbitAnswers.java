package kr.co.whaling.adapter.out.upbit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Upbit's answers as WireMock serves them in the tests: JSON shaped like Upbit's real answers. */
final class UpbitAnswers {

    private UpbitAnswers() {
    }

    static ResponseDefinitionBuilder upbitError(int status, String name, String message) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":{\"name\":\"" + name + "\",\"message\":\"" + message + "\"}}");
    }

    // JSON shaped like Upbit's real answers (extra fields included, as Upbit sends them).

    static String market(String market, String korean, String english, boolean warning) {
        return """
                {"market":"%s","korean_name":"%s","english_name":"%s",
                 "market_event":{"warning":%s,"caution":{"PRICE_FLUCTUATIONS":false,
                 "TRADING_VOLUME_SOARING":false,"DEPOSIT_AMOUNT_SOARING":false,
                 "GLOBAL_PRICE_DIFFERENCES":false,"CONCENTRATION_OF_SMALL_ACCOUNTS":false}}}"""
                .formatted(market, korean, english, warning);
    }

    static String olderMarket(String market, String korean, String english, String marketWarning) {
        return """
                {"market":"%s","korean_name":"%s","english_name":"%s","market_warning":"%s"}"""
                .formatted(market, korean, english, marketWarning);
    }

    static String ticker(String market, String tradePrice, long timestamp) {
        return """
                {"market":"%s","trade_date":"20240101","trade_time":"000000","trade_date_kst":"20240101",
                 "trade_time_kst":"090000","trade_timestamp":%d,"opening_price":%s,"high_price":%s,
                 "low_price":%s,"trade_price":%s,"prev_closing_price":%s,"change":"EVEN","change_price":0,
                 "change_rate":0,"signed_change_price":0,"signed_change_rate":0,"trade_volume":0.00134,
                 "acc_trade_price":12345678.90123,"acc_trade_price_24h":23456789.01234,
                 "acc_trade_volume":123.45678901,"acc_trade_volume_24h":234.56789012,
                 "highest_52_week_price":%s,"highest_52_week_date":"2023-12-31","lowest_52_week_price":%s,
                 "lowest_52_week_date":"2023-01-01","timestamp":%d}"""
                .formatted(market, timestamp - 7, tradePrice, tradePrice, tradePrice, tradePrice, tradePrice,
                        tradePrice, tradePrice, timestamp);
    }

    static String candle(String market, String startUtc, String startKst, String tradePrice) {
        return """
                {"market":"%s","candle_date_time_utc":"%s","candle_date_time_kst":"%s","opening_price":%s,
                 "high_price":%s,"low_price":%s,"trade_price":%s,"timestamp":1704067259000,
                 "candle_acc_trade_price":1234567.8912,"candle_acc_trade_volume":0.0123456,"unit":1}"""
                .formatted(market, startUtc, startKst, tradePrice, tradePrice, tradePrice, tradePrice);
    }

    /** A daily candle: it starts at 00:00 UTC, 09:00 in Seoul, so both carry the candle's day. */
    static String dayCandle(String market, LocalDate day, String tradePrice) {
        return """
                {"market":"%s","candle_date_time_utc":"%sT00:00:00","candle_date_time_kst":"%sT09:00:00",
                 "opening_price":%s,"high_price":%s,"low_price":%s,"trade_price":%s,"timestamp":1704153599867,
                 "candle_acc_trade_price":123456789.12345,"candle_acc_trade_volume":1234.5678,
                 "prev_closing_price":%s,"change_price":0,"change_rate":0}"""
                .formatted(market, day, day, tradePrice, tradePrice, tradePrice, tradePrice, tradePrice);
    }

    static String array(String... objects) {
        return Stream.of(objects).collect(Collectors.joining(",", "[", "]"));
    }
}
