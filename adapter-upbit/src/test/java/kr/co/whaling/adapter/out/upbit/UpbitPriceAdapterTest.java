package kr.co.whaling.adapter.out.upbit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.array;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.candle;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.market;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.olderMarket;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.ticker;
import static kr.co.whaling.adapter.out.upbit.UpbitAnswers.upbitError;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.port.out.LoadCurrentPricesPort.PriceQuotes;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort.MarketListing;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.coin.CandleLookup;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UpbitPriceAdapterTest {

    @RegisterExtension
    static WireMockExtension upbit = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String MARKETS = "/v1/market/all";
    private static final String TICKER = "/v1/ticker";
    private static final String CANDLES = "/v1/candles/minutes/1";

    /** Short timeouts and backoffs so the failure paths stay fast; a circuit that never opens by accident. */
    private static UpbitProperties fast(String... settings) {
        return UpbitSettings.fast(upbit.baseUrl(), settings);
    }

    private static UpbitPriceAdapter adapter() {
        return UpbitPriceAdapter.create(fast());
    }

    private static int requestsTo(String path) {
        return upbit.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    private static List<Long> requestTimesMillis(String path) {
        return upbit.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(request -> request.getUrl().startsWith(path))
                .map(request -> request.getLoggedDate().getTime())
                .sorted()
                .toList();
    }

    private static List<CoinCode> codes(String... values) {
        return Stream.of(values).map(CoinCode::new).toList();
    }

    /** Serves {@link #serveStallingBody} on a daemon thread, so a test that gives up leaves nothing running. */
    private static void startStallingUpbit(ServerSocket server) {
        Thread stalling = new Thread(() -> serveStallingBody(server), "stalling-fake-upbit");
        stalling.setDaemon(true);
        stalling.start();
    }

    /** Answers one request with a head promising 60 bytes, sends a few, then goes silent for 3 s. */
    private static void serveStallingBody(ServerSocket server) {
        try (Socket socket = server.accept()) {
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String line;
            do {
                line = reader.readLine();
            } while (line != null && !line.isEmpty());
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 60\r\n\r\n"
                    + "[{\"market\":\"KRW-BTC\",").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(3000);
        } catch (IOException | InterruptedException e) {
            // The test is over or the client hung up: nothing more to serve.
        }
    }

    @Nested
    class Markets {

        @Test
        void only_krw_markets_are_listed_with_names_default_image_and_warning() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).withQueryParam("is_details", equalTo("true"))
                    .willReturn(okJson(array(
                            market("KRW-BTC", "비트코인", "Bitcoin", false),
                            market("BTC-ETH", "이더리움", "Ethereum", false),
                            market("KRW-XYZ", "엑스와이지", "Xyz", true),
                            market("USDT-BTC", "비트코인", "Bitcoin", false)))));

            List<Market> markets = adapter().loadMarkets().markets();

            assertThat(markets).containsExactly(
                    new Market(new CoinCode("BTC"), "비트코인", "Bitcoin",
                            "https://static.upbit.com/logos/BTC.png", false),
                    new Market(new CoinCode("XYZ"), "엑스와이지", "Xyz",
                            "https://static.upbit.com/logos/XYZ.png", true));
        }

        @Test
        void the_older_market_warning_shape_is_understood() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson(array(
                    olderMarket("KRW-OLD", "올드", "Old", "CAUTION"),
                    olderMarket("KRW-NEW", "뉴", "New", "NONE")))));

            List<Market> markets = adapter().loadMarkets().markets();

            assertThat(markets).extracting(m -> m.code().value(), Market::warning)
                    .containsExactly(tuple("OLD", true),
                            tuple("NEW", false));
        }

        @Test
        void the_image_url_follows_the_configured_template() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson(array(
                    market("KRW-ETH", "이더리움", "Ethereum", false)))));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(
                    fast("image-url-template=https://cdn.example.test/coins/{code}.svg"));

            assertThat(adapter.loadMarkets().markets()).extracting(Market::imageUrl)
                    .containsExactly("https://cdn.example.test/coins/ETH.svg");
        }

        @Test
        void a_market_without_names_is_kept_under_its_code() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson(
                    "[{\"market\":\"KRW-ABC\",\"korean_name\":\"\",\"english_name\":null}]")));

            assertThat(adapter().loadMarkets().markets()).singleElement()
                    .satisfies(m -> {
                        assertThat(m.englishName()).isEqualTo("ABC");
                        assertThat(m.koreanName()).isEqualTo("ABC");
                    });
        }
    }

    @Nested
    class CurrentPrices {

        @Test
        void tickers_are_matched_by_market_whatever_order_upbit_answers_in() {
            upbit.stubFor(get(urlPathEqualTo(TICKER))
                    .withQueryParam("markets", equalTo("KRW-BTC,KRW-ETH,KRW-XRP"))
                    .willReturn(okJson(array(
                            ticker("KRW-XRP", "850", 1704067200300L),
                            ticker("KRW-BTC", "143250000", 1704067200100L),
                            ticker("KRW-ETH", "3250000", 1704067200200L)))));

            List<PriceQuote> quotes = adapter().loadCurrentPrices(codes("BTC", "ETH", "XRP")).quotes();

            assertThat(quotes).containsExactlyInAnyOrder(
                    new PriceQuote(new CoinCode("BTC"), Prices.krw("143250000"), Instant.ofEpochMilli(1704067200100L)),
                    new PriceQuote(new CoinCode("ETH"), Prices.krw("3250000"), Instant.ofEpochMilli(1704067200200L)),
                    new PriceQuote(new CoinCode("XRP"), Prices.krw("850"), Instant.ofEpochMilli(1704067200300L)));
        }

        @Test
        void prices_are_read_exactly_never_through_a_double() {
            upbit.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson(array(
                    ticker("KRW-SHIB", "0.0123", 1L),
                    ticker("KRW-BTC", "143250000", 2L),
                    ticker("KRW-ADA", "1.1", 3L),
                    ticker("KRW-ETH", "3250000.0", 4L),
                    ticker("KRW-PEPE", "0.000012345678901234", 5L)))));

            List<PriceQuote> quotes = adapter().loadCurrentPrices(codes("SHIB", "BTC", "ADA", "ETH", "PEPE")).quotes();

            assertThat(quotes).extracting(quote -> quote.price().value()).containsExactly(
                    new BigDecimal("0.0123"), new BigDecimal("143250000"), new BigDecimal("1.1"),
                    new BigDecimal("3250000"), new BigDecimal("0.000012345678901234"));
        }

        @Test
        void many_markets_are_asked_in_chunks_of_the_configured_size() {
            upbit.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-A1,KRW-A2"))
                    .willReturn(okJson(array(ticker("KRW-A2", "2", 2L), ticker("KRW-A1", "1", 1L)))));
            upbit.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-A3,KRW-A4"))
                    .willReturn(okJson(array(ticker("KRW-A3", "3", 3L), ticker("KRW-A4", "4", 4L)))));
            upbit.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-A5"))
                    .willReturn(okJson(array(ticker("KRW-A5", "5", 5L)))));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(fast("ticker-chunk-size=2"));

            List<PriceQuote> quotes = adapter.loadCurrentPrices(codes("A1", "A2", "A3", "A4", "A5")).quotes();

            assertThat(quotes).extracting(quote -> quote.code().value())
                    .containsExactlyInAnyOrder("A1", "A2", "A3", "A4", "A5");
            assertThat(requestsTo(TICKER)).isEqualTo(3);
        }

        @Test
        void the_default_chunk_holds_one_hundred_markets() {
            List<CoinCode> many = IntStream.rangeClosed(1, 150)
                    .mapToObj(i -> new CoinCode("C" + i)).toList();
            upbit.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson("[]")));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(fast("ticker-chunk-size=100"));

            assertThat(adapter.loadCurrentPrices(many).quotes()).isEmpty();

            List<String> asked = upbit.findAll(getRequestedFor(urlPathEqualTo(TICKER))).stream()
                    .map(request -> request.queryParameter("markets").firstValue()).toList();
            assertThat(asked).hasSize(2);
            assertThat(asked.get(0).split(",")).hasSize(100).startsWith("KRW-C1");
            assertThat(asked.get(1).split(",")).hasSize(50).endsWith("KRW-C150");
        }

        @Test
        void a_market_upbit_does_not_know_is_dropped_without_failing_the_refresh() {
            upbit.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-BTC,KRW-GONE,KRW-ETH"))
                    .willReturn(upbitError(404, "404", "Code not found")));
            upbit.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-BTC"))
                    .willReturn(okJson(array(ticker("KRW-BTC", "143250000", 1L)))));
            upbit.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-GONE,KRW-ETH"))
                    .willReturn(upbitError(404, "404", "Code not found")));
            upbit.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-GONE"))
                    .willReturn(upbitError(404, "404", "Code not found")));
            upbit.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-ETH"))
                    .willReturn(okJson(array(ticker("KRW-ETH", "3250000", 2L)))));
            UpbitPriceAdapter adapter = adapter();

            List<PriceQuote> quotes = adapter.loadCurrentPrices(codes("BTC", "GONE", "ETH")).quotes();

            assertThat(quotes).extracting(quote -> quote.code().value()).containsExactlyInAnyOrder("BTC", "ETH");
            assertThat(adapter.isAvailable()).isTrue();
        }

        @Test
        void an_answer_for_a_market_not_asked_is_ignored() {
            upbit.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson(array(
                    ticker("KRW-BTC", "143250000", 1L), ticker("KRW-DOGE", "200", 2L)))));

            assertThat(adapter().loadCurrentPrices(codes("BTC")).quotes()).extracting(quote -> quote.code().value())
                    .containsExactly("BTC");
        }

        @Test
        void no_codes_sends_no_request() {
            assertThat(adapter().loadCurrentPrices(List.of()).quotes()).isEmpty();
            assertThat(requestsTo(TICKER)).isZero();
        }
    }

    @Nested
    class PriceAt {

        @Test
        void the_latest_candle_starting_at_or_before_the_instant_is_chosen_and_to_is_a_minute_later() {
            upbit.stubFor(get(urlPathEqualTo(CANDLES))
                    .withQueryParam("market", equalTo("KRW-BTC"))
                    .withQueryParam("to", equalTo("2024-01-01T00:01:30Z"))
                    .willReturn(okJson(array(
                            candle("KRW-BTC", "2024-01-01T00:01:00", "2024-01-01T09:01:00", "143300000"),
                            candle("KRW-BTC", "2024-01-01T00:00:00", "2024-01-01T09:00:00", "143250000.5")))));

            Optional<MinuteCandle> candle = adapter()
                    .loadLatestCandleAtOrBefore(new CoinCode("BTC"), Instant.parse("2024-01-01T00:00:30Z"))
                    .latestCandle();

            assertThat(candle).contains(new MinuteCandle(new CoinCode("BTC"),
                    Instant.parse("2024-01-01T00:00:00Z"), Prices.krw("143250000.5")));
            String count = upbit.findAll(getRequestedFor(urlPathEqualTo(CANDLES))).get(0)
                    .queryParameter("count").firstValue();
            assertThat(Integer.parseInt(count)).isGreaterThanOrEqualTo(2);
        }

        @Test
        void a_candle_starting_exactly_at_the_instant_counts() {
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).withQueryParam("to", equalTo("2024-01-01T00:01:00Z"))
                    .willReturn(okJson(array(
                            candle("KRW-XRP", "2024-01-01T00:00:00", "2024-01-01T09:00:00", "0.0123"),
                            candle("KRW-XRP", "2023-12-31T23:58:00", "2024-01-01T08:58:00", "0.0122")))));

            Optional<MinuteCandle> candle = adapter()
                    .loadLatestCandleAtOrBefore(new CoinCode("XRP"), Instant.parse("2024-01-01T00:00:00Z"))
                    .latestCandle();

            assertThat(candle).map(MinuteCandle::start).contains(Instant.parse("2024-01-01T00:00:00Z"));
            assertThat(candle).map(c -> c.close().value()).contains(new BigDecimal("0.0123"));
        }

        @Test
        void an_old_candle_is_still_returned_for_the_domain_to_judge() {
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson(array(
                    candle("KRW-ADA", "2023-12-31T20:00:00", "2024-01-01T05:00:00", "1.1")))));

            Optional<MinuteCandle> candle = adapter()
                    .loadLatestCandleAtOrBefore(new CoinCode("ADA"), Instant.parse("2024-01-01T00:00:00Z"))
                    .latestCandle();

            assertThat(candle).map(MinuteCandle::start).contains(Instant.parse("2023-12-31T20:00:00Z"));
        }

        @Test
        void no_candle_from_upbit_means_no_candle() {
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson("[]")));

            assertThat(adapter().loadLatestCandleAtOrBefore(new CoinCode("BTC"), Instant.parse("2024-01-01T00:00:00Z")))
                    .isEqualTo(CandleLookup.noCandle());
        }

        @Test
        void only_candles_after_the_instant_means_no_candle() {
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson(array(
                    candle("KRW-BTC", "2024-01-01T00:01:00", "2024-01-01T09:01:00", "143300000")))));

            assertThat(adapter().loadLatestCandleAtOrBefore(new CoinCode("BTC"), Instant.parse("2024-01-01T00:00:59Z")))
                    .isEqualTo(CandleLookup.noCandle());
        }

        @Test
        void a_market_upbit_does_not_know_has_no_candle() {
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(upbitError(404, "404", "Code not found")));

            assertThat(adapter().loadLatestCandleAtOrBefore(new CoinCode("GONE"), Instant.parse("2024-01-01T00:00:00Z")))
                    .isEqualTo(CandleLookup.noCandle());
        }

        @Test
        void an_unreadable_candle_fails_rather_than_settling_on_another_one() {
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson(array(
                    candle("KRW-BTC", "yesterday", "today", "143300000")))));

            assertThat(adapter()
                    .loadLatestCandleAtOrBefore(new CoinCode("BTC"), Instant.parse("2024-01-01T00:00:00Z")))
                    .isInstanceOf(CandleLookup.Failed.class);
        }
    }

    /** Each bad entry Upbit might send, beside good ones: only the bad one is left out, and reported. */
    @Nested
    class OneBadEntry {

        @Test
        void a_market_whose_name_is_too_long_is_refused_alone_and_stays_listed() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson(array(
                    market("KRW-BTC", "비트코인", "Bitcoin", false),
                    market("KRW-LONG", "롱", "L".repeat(101), false),
                    market("KRW-ETH", "이더리움", "Ethereum", false)))));

            MarketListing listing = adapter().loadMarkets();

            assertThat(listing.markets()).extracting(m -> m.code().value()).containsExactly("BTC", "ETH");
            assertThat(listing.refusedCodes()).containsExactly(new CoinCode("LONG"));
            assertThat(listing.skipped()).singleElement().satisfies(skipped -> {
                assertThat(skipped.kind()).isEqualTo(SkippedItem.Kind.MARKET);
                assertThat(skipped.identity()).isEqualTo("KRW-LONG");
                assertThat(skipped.reason()).contains("english_name", "at most 100");
            });
        }

        @Test
        void malformed_market_entries_are_refused_one_by_one() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson(array(
                    "null",
                    "42",
                    "{\"korean_name\":\"이름만\"}",
                    "{\"market\":\"KRW-BAD-CODE!\",\"korean_name\":\"나쁨\",\"english_name\":\"Bad\"}",
                    "{\"market\":\"KRW-EVT\",\"market_event\":\"not an object\"}",
                    "{\"market\":\"KRW-" + "X".repeat(60) + "\"}",
                    market("KRW-BTC", "비트코인", "Bitcoin", false)))));

            MarketListing listing = adapter().loadMarkets();

            assertThat(listing.markets()).extracting(m -> m.code().value()).containsExactly("BTC");
            assertThat(listing.refusedCodes()).isEmpty();
            assertThat(listing.skipped()).extracting(SkippedItem::identity).containsExactly(
                    "entry #0", "entry #1", "entry #2", "KRW-BAD-CODE!", "KRW-EVT",
                    "KRW-" + "X".repeat(36) + "...");
            assertThat(listing.skipped()).allSatisfy(skipped ->
                    assertThat(skipped.kind()).isEqualTo(SkippedItem.Kind.MARKET));
        }

        @Test
        void tickers_that_cannot_be_kept_exactly_are_refused_alone_never_rounded() {
            upbit.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson(array(
                    ticker("KRW-BTC", "143250000", 1L),
                    ticker("KRW-HUGE", "1e20", 2L),
                    ticker("KRW-FINE", "0.0000000000000000000000001", 3L),
                    ticker("KRW-ZERO", "0", 4L),
                    ticker("KRW-NEG", "-1.5", 5L),
                    ticker("KRW-ETH", "3250000.000000000000000001", 6L)))));

            PriceQuotes answer = adapter().loadCurrentPrices(codes("BTC", "HUGE", "FINE", "ZERO", "NEG", "ETH"));

            assertThat(answer.quotes()).extracting(quote -> quote.code().value(), quote -> quote.price().value())
                    .containsExactly(tuple("BTC", new BigDecimal("143250000")),
                            tuple("ETH", new BigDecimal("3250000.000000000000000001")));
            assertThat(answer.skipped()).extracting(SkippedItem::identity)
                    .containsExactly("KRW-HUGE", "KRW-FINE", "KRW-ZERO", "KRW-NEG");
            assertThat(answer.skipped()).allSatisfy(skipped -> {
                assertThat(skipped.kind()).isEqualTo(SkippedItem.Kind.TICKER);
                assertThat(skipped.reason()).isNotBlank();
            });
            assertThat(answer.skipped().get(0).reason()).contains("at most 20 integer digits");
            assertThat(answer.skipped().get(2).reason()).contains("positive");
        }

        @Test
        void malformed_tickers_are_refused_one_by_one() {
            upbit.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson(array(
                    "null",
                    "\"KRW-BTC\"",
                    "{\"market\":\"KRW-TXT\",\"trade_price\":\"a lot\",\"timestamp\":1}",
                    "{\"market\":\"KRW-NOTIME\",\"trade_price\":12.5}",
                    "{\"market\":\"KRW-NOPRICE\",\"timestamp\":1}",
                    "{\"market\":\"KRW-ARR\",\"trade_price\":[1],\"timestamp\":1}",
                    ticker("KRW-ETH", "3250000", 7L)))));

            PriceQuotes answer = adapter().loadCurrentPrices(codes("TXT", "NOTIME", "NOPRICE", "ARR", "ETH"));

            assertThat(answer.quotes()).extracting(quote -> quote.code().value()).containsExactly("ETH");
            assertThat(answer.skipped()).extracting(SkippedItem::identity).containsExactly(
                    "entry #0", "entry #1", "KRW-TXT", "KRW-NOTIME", "KRW-NOPRICE", "KRW-ARR");
        }

        @Test
        void a_candle_whose_close_cannot_be_kept_exactly_is_a_failed_call_not_a_price() {
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson(array(
                    candle("KRW-BTC", "2024-01-01T00:00:00", "2024-01-01T09:00:00",
                            "0.0000000000000000000000001")))));

            assertThat(adapter().loadLatestCandleAtOrBefore(new CoinCode("BTC"), Instant.parse("2024-01-01T00:00:00Z")))
                    .isInstanceOf(CandleLookup.Failed.class);
        }
    }

    /** Settlement learns whether Upbit answered: only an answer may ever void a question. */
    @Nested
    class CandleFailures {

        @Test
        void an_error_status_a_timeout_and_an_open_circuit_are_failed_calls_never_no_candle() {
            // A read timeout a loaded build machine's cold client still answers a 500 within.
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(fast("read-timeout=1500ms", "max-attempts=1",
                    "circuit-breaker-window-size=2", "circuit-breaker-minimum-calls=2",
                    "circuit-breaker-open-duration=1m"));
            CoinCode btc = new CoinCode("BTC");

            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(upbitError(500, "server_error", "Internal error")));
            CandleLookup error = adapter.loadLatestCandleAtOrBefore(btc, Instant.EPOCH);
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson("[]").withFixedDelay(4000)));
            CandleLookup timeout = adapter.loadLatestCandleAtOrBefore(btc, Instant.EPOCH);
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson("[]")));
            CandleLookup circuitOpen = adapter.loadLatestCandleAtOrBefore(btc, Instant.EPOCH);

            assertThat(error).isInstanceOfSatisfying(CandleLookup.Failed.class,
                    failed -> assertThat(failed.reason()).contains("500"));
            assertThat(timeout).isInstanceOf(CandleLookup.Failed.class);
            assertThat(circuitOpen).isInstanceOfSatisfying(CandleLookup.Failed.class,
                    failed -> assertThat(failed.reason()).contains("circuit open"));
            assertThat(requestsTo(CANDLES)).isEqualTo(2);
        }

        @Test
        void a_429_and_nonsense_are_failed_calls() {
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(fast("max-attempts=1"));
            CoinCode btc = new CoinCode("BTC");

            upbit.stubFor(get(urlPathEqualTo(CANDLES))
                    .willReturn(upbitError(429, "too_many_requests", "Too many API requests.")));
            CandleLookup busy = adapter.loadLatestCandleAtOrBefore(btc, Instant.EPOCH);
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson("<html>maintenance</html>")));
            CandleLookup nonsense = adapter.loadLatestCandleAtOrBefore(btc, Instant.EPOCH);

            assertThat(busy).isInstanceOf(CandleLookup.Failed.class);
            assertThat(nonsense).isInstanceOf(CandleLookup.Failed.class);
        }
    }

    /** A member's live quote: one attempt, everything within the live-quote timeout. */
    @Nested
    class LiveQuote {

        private UpbitPriceAdapter adapter(Duration timeout) {
            return UpbitPriceAdapter.create(fast("max-attempts=3", "read-timeout=5s", "live-quote-timeout=" + timeout));
        }

        @Test
        void the_quote_is_asked_once_for_the_one_market() {
            upbit.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-BTC"))
                    .willReturn(okJson(array(ticker("KRW-BTC", "143250000.5", 1704067200100L)))));

            assertThat(adapter(Duration.ofSeconds(1)).loadPriceNow(new CoinCode("BTC"))).contains(new PriceQuote(
                    new CoinCode("BTC"), Prices.krw("143250000.5"), Instant.ofEpochMilli(1704067200100L)));
            assertThat(requestsTo(TICKER)).isEqualTo(1);
        }

        @Test
        void a_hanging_upbit_is_given_up_at_the_timeout_and_not_retried() {
            upbit.stubFor(get(urlPathEqualTo(TICKER))
                    .willReturn(okJson(array(ticker("KRW-BTC", "1", 1L))).withFixedDelay(2500)));
            UpbitPriceAdapter adapter = adapter(Duration.ofMillis(400));

            long started = System.nanoTime();
            assertThatThrownBy(() -> adapter.loadPriceNow(new CoinCode("BTC")))
                    .isInstanceOf(PriceSourceUnavailableException.class);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(350)).isLessThan(Duration.ofMillis(1200));
            assertThat(requestsTo(TICKER)).isEqualTo(1);
        }

        @Test
        void a_body_stalling_after_its_head_is_cut_at_the_timeout_too() throws Exception {
            try (ServerSocket server = new ServerSocket(0)) {
                startStallingUpbit(server);
                UpbitPriceAdapter adapter = UpbitPriceAdapter.create(
                        fast("base-url=http://127.0.0.1:" + server.getLocalPort(),
                        "read-timeout=5s", "live-quote-timeout=400ms"));

                long started = System.nanoTime();
                assertThatThrownBy(() -> adapter.loadPriceNow(new CoinCode("BTC")))
                        .isInstanceOf(PriceSourceUnavailableException.class);

                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1200));
            }
        }

        @Test
        void a_failing_upbit_is_asked_once() {
            upbit.stubFor(get(urlPathEqualTo(TICKER)).willReturn(upbitError(500, "server_error", "Internal error")));

            assertThatThrownBy(() -> adapter(Duration.ofSeconds(1)).loadPriceNow(new CoinCode("BTC")))
                    .isInstanceOf(PriceSourceUnavailableException.class).hasMessageContaining("500");
            assertThat(requestsTo(TICKER)).isEqualTo(1);
        }

        @Test
        void an_unknown_market_or_an_unusable_ticker_is_no_quote() {
            upbit.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-GONE"))
                    .willReturn(upbitError(404, "404", "Code not found")));
            upbit.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-ZERO"))
                    .willReturn(okJson(array(ticker("KRW-ZERO", "0", 1L)))));
            UpbitPriceAdapter adapter = adapter(Duration.ofSeconds(1));

            assertThat(adapter.loadPriceNow(new CoinCode("GONE"))).isEmpty();
            assertThat(adapter.loadPriceNow(new CoinCode("ZERO"))).isEmpty();
        }

        @Test
        void while_requests_are_paused_longer_than_it_can_wait_nothing_is_sent() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson("[]")
                    .withHeader("Remaining-Req", "group=market; min=1800; sec=0")));
            upbit.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson(array(ticker("KRW-BTC", "1", 1L)))));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(fast("exhausted-quota-pause=5s",
                    "live-quote-timeout=400ms"));
            adapter.loadMarkets();

            long started = System.nanoTime();
            assertThatThrownBy(() -> adapter.loadPriceNow(new CoinCode("BTC")))
                    .isInstanceOf(PriceSourceUnavailableException.class).hasMessageContaining("paused");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(300));
            assertThat(requestsTo(TICKER)).isZero();
        }

        @Test
        void an_open_circuit_refuses_at_once() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(upbitError(500, "server_error", "Internal error")));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(fast("max-attempts=1",
                    "circuit-breaker-window-size=2", "circuit-breaker-minimum-calls=2",
                    "circuit-breaker-open-duration=1m"));
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(adapter::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class);
            }

            assertThatThrownBy(() -> adapter.loadPriceNow(new CoinCode("BTC")))
                    .isInstanceOf(PriceSourceUnavailableException.class).hasMessageContaining("circuit open");
            assertThat(requestsTo(TICKER)).isZero();
        }
    }

    @Nested
    class Manners {

        @Test
        void no_request_left_this_second_makes_the_next_request_wait() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson("[]")
                    .withHeader("Remaining-Req", "group=market; min=1800; sec=0")));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(
                    fast("exhausted-quota-pause=400ms"));

            adapter.loadMarkets();
            adapter.loadMarkets();

            List<Long> times = requestTimesMillis(MARKETS);
            assertThat(times).hasSize(2);
            assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(390);
        }

        @Test
        void requests_left_this_second_do_not_make_the_next_request_wait() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson("[]")
                    .withHeader("Remaining-Req", "group=market; min=1800; sec=9")));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(
                    fast("exhausted-quota-pause=5s"));

            long started = System.nanoTime();
            adapter.loadMarkets();
            adapter.loadMarkets();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        }

        @Test
        void no_more_than_the_configured_requests_are_sent_per_second() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson("[]")));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(fast("max-requests-per-second=2"));

            long started = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                adapter.loadMarkets();
            }

            // The third request had to wait for the next one-second period.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(800));
            assertThat(requestsTo(MARKETS)).isEqualTo(3);
        }

        @Test
        void a_429_is_retried_after_a_pause() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(upbitError(429, "too_many_requests", "Too many API requests."))
                    .willSetStateTo("calm"));
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).inScenario("busy").whenScenarioStateIs("calm")
                    .willReturn(okJson(array(market("KRW-BTC", "비트코인", "Bitcoin", false)))));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(
                    fast("too-many-requests-pause=200ms"));

            assertThat(adapter.loadMarkets().markets()).hasSize(1);

            List<Long> times = requestTimesMillis(MARKETS);
            assertThat(times).hasSize(2);
            assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(190);
        }

        @Test
        void a_418_stops_every_call_until_the_block_ends() throws InterruptedException {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).inScenario("ban").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(upbitError(418, "418", "blocked")).willSetStateTo("lifted"));
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).inScenario("ban").whenScenarioStateIs("lifted")
                    .willReturn(okJson("[]")));
            upbit.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson("[]")));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(fast("block-duration=500ms"));

            assertThatThrownBy(adapter::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class);
            assertThatThrownBy(adapter::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class);
            assertThatThrownBy(() -> adapter.loadCurrentPrices(codes("BTC")))
                    .isInstanceOf(PriceSourceUnavailableException.class);
            assertThat(adapter.loadLatestCandleAtOrBefore(new CoinCode("BTC"), Instant.EPOCH))
                    .isInstanceOf(CandleLookup.Failed.class);
            assertThat(adapter.isAvailable()).isFalse();
            assertThat(upbit.getAllServeEvents()).hasSize(1);

            Thread.sleep(600);

            assertThat(adapter.isAvailable()).isTrue();
            assertThat(adapter.loadMarkets().markets()).isEmpty();
            assertThat(upbit.getAllServeEvents()).hasSize(2);
        }

        @Test
        void a_418_with_retry_after_blocks_for_that_long() throws InterruptedException {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(upbitError(418, "418", "blocked")
                    .withHeader("Retry-After", "30")));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(fast("block-duration=20ms"));

            assertThatThrownBy(adapter::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class);
            Thread.sleep(100);

            assertThatThrownBy(adapter::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class)
                    .hasMessageContaining("blocks");
            assertThat(requestsTo(MARKETS)).isEqualTo(1);
        }

        @Test
        void a_failing_upbit_is_retried_then_reported_unavailable() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(upbitError(500, "server_error", "Internal error")));

            assertThatThrownBy(adapter()::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class)
                    .hasMessageContaining("500");
            assertThat(requestsTo(MARKETS)).isEqualTo(3);
        }

        @Test
        void a_passing_5xx_is_retried_into_success() {
            upbit.stubFor(get(urlPathEqualTo(TICKER)).inScenario("hiccup").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>"))
                    .willSetStateTo("well"));
            upbit.stubFor(get(urlPathEqualTo(TICKER)).inScenario("hiccup").whenScenarioStateIs("well")
                    .willReturn(okJson(array(ticker("KRW-BTC", "143250000", 1L)))));

            assertThat(adapter().loadCurrentPrices(codes("BTC")).quotes()).hasSize(1);
            assertThat(requestsTo(TICKER)).isEqualTo(2);
        }

        @Test
        void an_answer_slower_than_the_read_timeout_is_retried_then_reported_unavailable() {
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson("[]").withFixedDelay(1500)));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(
                    fast("read-timeout=200ms", "max-attempts=2"));

            long started = System.nanoTime();
            assertThat(adapter.loadLatestCandleAtOrBefore(new CoinCode("BTC"), Instant.EPOCH))
                    .isInstanceOf(CandleLookup.Failed.class);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1400));
            assertThat(requestsTo(CANDLES)).isEqualTo(2);
        }

        @Test
        void a_body_that_stalls_after_its_head_is_cut_at_the_read_timeout() throws Exception {
            try (ServerSocket server = new ServerSocket(0)) {
                startStallingUpbit(server);
                UpbitPriceAdapter adapter = UpbitPriceAdapter.create(
                        fast("base-url=http://127.0.0.1:" + server.getLocalPort(),
                        "read-timeout=300ms", "max-attempts=1"));

                long started = System.nanoTime();
                assertThatThrownBy(() -> adapter.loadCurrentPrices(codes("BTC")))
                        .isInstanceOf(PriceSourceUnavailableException.class);

                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
            }
        }

        @Test
        void malformed_json_is_reported_unavailable_without_retrying() {
            upbit.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson("[{\"market\":\"KRW-BTC\",\"trade_price\":")));

            assertThatThrownBy(() -> adapter().loadCurrentPrices(codes("BTC")))
                    .isInstanceOf(PriceSourceUnavailableException.class)
                    .hasMessageContaining("malformed");
            assertThat(requestsTo(TICKER)).isEqualTo(1);
        }

        @Test
        void an_answer_that_is_not_the_expected_shape_is_reported_unavailable() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson("{\"markets\":[]}")));

            assertThatThrownBy(adapter()::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class);
        }

        @Test
        void an_empty_body_is_reported_unavailable() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(aResponse().withStatus(200)));

            assertThatThrownBy(adapter()::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class);
        }

        @Test
        void a_404_that_is_not_upbits_unknown_code_is_a_failure() {
            upbit.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(aResponse().withStatus(404).withBody("Not Found")));

            assertThat(adapter().loadLatestCandleAtOrBefore(new CoinCode("BTC"), Instant.EPOCH))
                    .isInstanceOfSatisfying(CandleLookup.Failed.class,
                            failed -> assertThat(failed.reason()).contains("404"));
            assertThat(requestsTo(CANDLES)).isEqualTo(1);
        }

        @Test
        void an_unreachable_upbit_is_reported_unavailable() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(
                    fast("base-url=http://127.0.0.1:" + closedPort));

            assertThatThrownBy(adapter::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class);
        }

        @Test
        void the_circuit_opens_after_repeated_failures_and_then_sends_nothing() {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(upbitError(500, "server_error", "Internal error")));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(fast("max-attempts=1",
                    "circuit-breaker-window-size=4", "circuit-breaker-minimum-calls=4",
                    "circuit-breaker-failure-rate-percent=50", "circuit-breaker-open-duration=1m"));
            assertThat(adapter.isAvailable()).isTrue();

            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(adapter::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class);
            }
            assertThatThrownBy(adapter::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class)
                    .hasMessageContaining("circuit open");
            assertThatThrownBy(() -> adapter.loadCurrentPrices(codes("BTC")))
                    .isInstanceOf(PriceSourceUnavailableException.class);

            assertThat(adapter.isAvailable()).isFalse();
            assertThat(upbit.getAllServeEvents()).hasSize(4);
        }

        @Test
        void the_circuit_closes_again_once_upbit_answers() throws InterruptedException {
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(upbitError(500, "server_error", "Internal error")));
            UpbitPriceAdapter adapter = UpbitPriceAdapter.create(fast("max-attempts=1",
                    "circuit-breaker-window-size=2", "circuit-breaker-minimum-calls=2",
                    "circuit-breaker-open-duration=200ms"));
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(adapter::loadMarkets).isInstanceOf(PriceSourceUnavailableException.class);
            }
            assertThat(adapter.isAvailable()).isFalse();
            upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson("[]")));

            Thread.sleep(300);

            assertThat(adapter.loadMarkets().markets()).isEmpty();
            assertThat(adapter.isAvailable()).isTrue();
        }
    }

    @Test
    void requests_ask_for_json() {
        upbit.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson("[]")));

        // The first test of the class meets a cold JVM and a cold WireMock: on a busy machine the
        // first answer may take longer than fast()'s 500 ms, which this test is not about.
        UpbitPriceAdapter.create(fast("read-timeout=10s")).loadMarkets();

        upbit.verify(getRequestedFor(urlPathEqualTo(MARKETS)).withHeader("Accept", equalTo("application/json")));
    }

}
