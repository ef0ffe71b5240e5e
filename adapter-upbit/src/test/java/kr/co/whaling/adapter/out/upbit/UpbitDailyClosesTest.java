package kr.co.whaling.adapter.out.upbit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.array;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.dayCandle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Daily closes from Upbit's {@code /v1/candles/days}: paging, gaps, exact prices and every kind of failure. */
class UpbitDailyClosesTest {

    @RegisterExtension
    static WireMockExtension upbit = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String DAYS = "/v1/candles/days";
    private static final CoinCode BTC = new CoinCode("BTC");

    /** Short timeouts and backoffs so the failure paths stay fast; a circuit that never opens by accident. */
    private static UpbitPriceAdapter adapter(String... settings) {
        return UpbitPriceAdapter.create(UpbitSettings.of(Stream.concat(Stream.of("base-url=" + upbit.baseUrl(),
                "connect-timeout=500ms", "read-timeout=500ms", "max-requests-per-second=100", "max-attempts=3",
                "retry-backoff=10ms", "too-many-requests-pause=50ms", "exhausted-quota-pause=50ms",
                "max-throttle-wait=2s", "daily-closes-timeout=5s", "circuit-breaker-window-size=100",
                "circuit-breaker-minimum-calls=100"), Stream.of(settings)).toArray(String[]::new)));
    }

    /** The close the fake gives a day: its epoch day / 100, e.g. 198.13 for 2024-03-31 (day 19813). */
    private static String closeOf(LocalDate day) {
        return BigDecimal.valueOf(day.toEpochDay(), 2).toPlainString();
    }

    /** Upbit's answer: {@code count} candles, one per day, of the days before {@code endExclusive}, newest first. */
    private static String daysBefore(LocalDate endExclusive, int count) {
        List<String> candles = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate day = endExclusive.minusDays(i);
            candles.add(dayCandle("KRW-BTC", day, closeOf(day)));
        }
        return array(candles.toArray(String[]::new));
    }

    private static void stubPage(String to, int count, String body) {
        upbit.stubFor(get(urlPathEqualTo(DAYS)).withQueryParam("market", equalTo("KRW-BTC"))
                .withQueryParam("to", equalTo(to)).withQueryParam("count", equalTo(String.valueOf(count)))
                .willReturn(okJson(body)));
    }

    private static List<LoggedRequest> requests() {
        return upbit.findAll(getRequestedFor(urlPathEqualTo(DAYS)));
    }

    private static List<LocalDate> days(DailyCloses closes) {
        return closes.closes().stream().map(DailyClose::date).toList();
    }

    @Test
    void four_hundred_fifty_days_take_three_pages_each_ending_before_the_oldest_candle_of_the_last() {
        // 2024-03-31 back to 2023-01-07 is 450 days: 200 + 200 + 50.
        stubPage("2024-04-01T00:00:00Z", 200, daysBefore(LocalDate.parse("2024-04-01"), 200));
        stubPage("2023-09-14T00:00:00Z", 200, daysBefore(LocalDate.parse("2023-09-14"), 200));
        stubPage("2023-02-26T00:00:00Z", 50, daysBefore(LocalDate.parse("2023-02-26"), 50));

        DailyCloses closes = adapter().loadDailyCloses(BTC, LocalDate.parse("2023-01-07"), LocalDate.parse("2024-03-31"));

        assertThat(requests()).extracting(r -> r.queryParameter("to").firstValue(),
                        r -> r.queryParameter("count").firstValue(), r -> r.queryParameter("market").firstValue())
                .containsExactly(tuple("2024-04-01T00:00:00Z", "200", "KRW-BTC"),
                        tuple("2023-09-14T00:00:00Z", "200", "KRW-BTC"),
                        tuple("2023-02-26T00:00:00Z", "50", "KRW-BTC"));
        assertThat(closes.closes()).hasSize(450);
        assertThat(closes.closes().get(0)).isEqualTo(new DailyClose(LocalDate.parse("2023-01-07"), Prices.krw("193.64")));
        assertThat(closes.closes()).last().extracting(DailyClose::date).isEqualTo(LocalDate.parse("2024-03-31"));
        assertThat(closes.closeOn(LocalDate.parse("2024-03-31"))).contains(Prices.krw("198.13"));
        // Both sides of the first page boundary.
        assertThat(closes.closeOn(LocalDate.parse("2023-09-14"))).contains(Prices.krw("196.14"));
        assertThat(closes.closeOn(LocalDate.parse("2023-09-13"))).contains(Prices.krw("196.13"));
    }

    @Test
    void a_short_range_asks_only_for_its_days() {
        stubPage("2024-01-11T00:00:00Z", 3, daysBefore(LocalDate.parse("2024-01-11"), 3));

        DailyCloses closes = adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-08"), LocalDate.parse("2024-01-10"));

        assertThat(days(closes)).containsExactly(LocalDate.parse("2024-01-08"), LocalDate.parse("2024-01-09"),
                LocalDate.parse("2024-01-10"));
        assertThat(requests()).hasSize(1);
    }

    @Test
    void days_without_a_candle_stay_missing_and_older_candles_filling_the_page_are_left_out() {
        // Upbit has no candle on Jan 3, 4 and 7, so the ten latest candles reach back to Dec 29.
        stubPage("2024-01-11T00:00:00Z", 10, array(
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-10"), "110"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-09"), "109"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-08"), "108"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-06"), "106"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-05"), "105"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-02"), "102"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-01"), "101"),
                dayCandle("KRW-BTC", LocalDate.parse("2023-12-31"), "99"),
                dayCandle("KRW-BTC", LocalDate.parse("2023-12-30"), "98"),
                dayCandle("KRW-BTC", LocalDate.parse("2023-12-29"), "97")));

        DailyCloses closes = adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-10"));

        assertThat(days(closes)).containsExactly(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-02"),
                LocalDate.parse("2024-01-05"), LocalDate.parse("2024-01-06"), LocalDate.parse("2024-01-08"),
                LocalDate.parse("2024-01-09"), LocalDate.parse("2024-01-10"));
        assertThat(closes.closeOn(LocalDate.parse("2024-01-03"))).isEmpty();
        assertThat(closes.closeOn(LocalDate.parse("2024-01-05"))).contains(Prices.krw("105"));
        assertThat(requests()).hasSize(1);
    }

    @Test
    void a_coin_listed_within_the_range_has_only_its_days_and_no_further_page_is_asked() {
        // Listed on 2024-01-08: Upbit answers three candles where ten were asked.
        stubPage("2024-01-11T00:00:00Z", 10, daysBefore(LocalDate.parse("2024-01-11"), 3));

        DailyCloses closes = adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-10"));

        assertThat(days(closes)).containsExactly(LocalDate.parse("2024-01-08"), LocalDate.parse("2024-01-09"),
                LocalDate.parse("2024-01-10"));
        assertThat(requests()).hasSize(1);
    }

    @Test
    void a_new_listing_with_no_candle_yet_has_no_closes() {
        stubPage("2024-01-11T00:00:00Z", 10, "[]");

        DailyCloses closes = adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-10"));

        assertThat(closes.closes()).isEmpty();
        assertThat(requests()).hasSize(1);
    }

    @Test
    void a_market_upbit_does_not_know_has_no_closes() {
        upbit.stubFor(get(urlPathEqualTo(DAYS)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"name\":\"404\",\"message\":\"Code not found\"}}")));

        assertThat(adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-10"))
                .closes()).isEmpty();
    }

    @Test
    void an_empty_range_sends_no_request() {
        assertThat(adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-01"))
                .closes()).isEmpty();
        assertThat(requests()).isEmpty();
    }

    @Test
    void closes_are_read_exactly_even_below_one_won_and_beyond_a_doubles_digits() {
        stubPage("2024-01-04T00:00:00Z", 3, array(
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-03"), "0.00001234"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-02"), "0.5"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-01"), "12345678901234567.12345678")));

        DailyCloses closes = adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-03"));

        assertThat(closes.closeOn(LocalDate.parse("2024-01-03")).orElseThrow().value())
                .isEqualByComparingTo(new BigDecimal("0.00001234"));
        assertThat(closes.closeOn(LocalDate.parse("2024-01-02")).orElseThrow().value())
                .isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(closes.closeOn(LocalDate.parse("2024-01-01")).orElseThrow().value().toPlainString())
                .isEqualTo("12345678901234567.12345678");
    }

    @Test
    void a_failing_upbit_is_retried_then_reported_unavailable() {
        upbit.stubFor(get(urlPathEqualTo(DAYS)).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-01-10"))).isInstanceOf(PriceSourceUnavailableException.class)
                .hasMessageContaining("500");
        assertThat(requests()).hasSize(3);
    }

    @Test
    void a_429_is_retried_after_a_pause_then_reported_unavailable() {
        upbit.stubFor(get(urlPathEqualTo(DAYS)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"name\":\"too_many_requests\",\"message\":\"Too many requests\"}}")));

        assertThatThrownBy(() -> adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-01-10"))).isInstanceOf(PriceSourceUnavailableException.class)
                .hasMessageContaining("429");
        assertThat(requests()).hasSize(3);
    }

    @Test
    void an_answer_slower_than_the_read_timeout_is_retried_then_reported_unavailable() {
        upbit.stubFor(get(urlPathEqualTo(DAYS)).willReturn(okJson("[]").withFixedDelay(1500)));

        assertThatThrownBy(() -> adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-01-10"))).isInstanceOf(PriceSourceUnavailableException.class);
        assertThat(requests()).hasSize(3);
    }

    @Test
    void the_whole_load_is_given_up_at_its_deadline_however_long_the_read_timeout() {
        upbit.stubFor(get(urlPathEqualTo(DAYS)).willReturn(okJson("[]").withFixedDelay(3000)));
        UpbitPriceAdapter adapter = adapter("read-timeout=5s", "daily-closes-timeout=600ms");

        long started = System.nanoTime();
        assertThatThrownBy(() -> adapter.loadDailyCloses(BTC, LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-01-10"))).isInstanceOf(PriceSourceUnavailableException.class);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(tookMillis).isBetween(500L, 2000L);
        assertThat(requests()).as("no retry once the deadline has passed").hasSize(1);
    }

    @Test
    void a_failure_on_a_later_page_fails_the_whole_load_never_a_partial_series() {
        stubPage("2024-04-01T00:00:00Z", 200, daysBefore(LocalDate.parse("2024-04-01"), 200));
        upbit.stubFor(get(urlPathEqualTo(DAYS)).withQueryParam("to", equalTo("2023-09-14T00:00:00Z"))
                .willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> adapter().loadDailyCloses(BTC, LocalDate.parse("2023-01-07"),
                LocalDate.parse("2024-03-31"))).isInstanceOf(PriceSourceUnavailableException.class)
                .hasMessageContaining("503");
    }

    @Test
    void nonsense_is_reported_unavailable() {
        UpbitPriceAdapter adapter = adapter();
        LocalDate from = LocalDate.parse("2024-01-01");
        LocalDate to = LocalDate.parse("2024-01-10");
        for (String body : List.of("<html>busy</html>", "{\"market\":\"KRW-BTC\"}", "[{\"market\":\"KRW-BTC\"}]",
                "[{\"market\":\"KRW-BTC\",\"candle_date_time_utc\":\"yesterday\",\"candle_date_time_kst\":\"today\","
                        + "\"trade_price\":100}]", "")) {
            upbit.resetAll();
            upbit.stubFor(get(urlPathEqualTo(DAYS)).willReturn(okJson(body)));

            assertThatThrownBy(() -> adapter.loadDailyCloses(BTC, from, to)).as(body)
                    .isInstanceOf(PriceSourceUnavailableException.class);
        }
    }

    @Test
    void a_candle_of_another_market_fails_the_whole_load() {
        stubPage("2024-01-04T00:00:00Z", 3, array(
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-03"), "103"),
                dayCandle("KRW-ETH", LocalDate.parse("2024-01-02"), "2"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-01"), "101")));

        assertThatThrownBy(() -> adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-01-03"))).isInstanceOf(PriceSourceUnavailableException.class)
                .hasMessageContaining("KRW-ETH");
    }

    @Test
    void a_close_that_cannot_be_kept_exactly_or_a_candle_after_to_fails_the_whole_load() {
        UpbitPriceAdapter adapter = adapter();
        LocalDate from = LocalDate.parse("2024-01-01");
        LocalDate to = LocalDate.parse("2024-01-03");
        for (String candle : List.of(dayCandle("KRW-BTC", LocalDate.parse("2024-01-02"), "0"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-02"), "0.0000000000000000001"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-04"), "104"))) {
            upbit.resetAll();
            stubPage("2024-01-04T00:00:00Z", 3, array(candle));

            assertThatThrownBy(() -> adapter.loadDailyCloses(BTC, from, to)).as(candle)
                    .isInstanceOf(PriceSourceUnavailableException.class);
        }
    }

    @Test
    void two_candles_on_one_day_fail_the_whole_load() {
        stubPage("2024-01-04T00:00:00Z", 3, array(
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-03"), "103"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-03"), "104"),
                dayCandle("KRW-BTC", LocalDate.parse("2024-01-01"), "101")));

        assertThatThrownBy(() -> adapter().loadDailyCloses(BTC, LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-01-03"))).isInstanceOf(PriceSourceUnavailableException.class);
    }
}
