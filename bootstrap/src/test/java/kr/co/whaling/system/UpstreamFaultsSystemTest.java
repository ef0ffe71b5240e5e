package kr.co.whaling.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Fault injection against the real app: Upbit failing, hanging, flapping and sending entries the
 * game cannot keep, and a question row no rule allows. Each test states the promise it proves
 * (README, "What the app promises under faults").
 */
@ExtendWith(OutputCaptureExtension.class)
class UpstreamFaultsSystemTest extends SystemTestBase {

    private static final String BTC_UP_5_DAY = """
            {"coin_code": "BTC", "duration": "day", "range": 5, "comment": "up"}""";
    private static final String CANDLES = "/v1/candles/minutes/1";
    private static final String TICKER = "/v1/ticker";
    private static final Instant SETTLES_AT = START.plus(Duration.ofDays(1));

    /** Promise: a failed call to the price source never voids a question, however late; it waits. */
    @Test
    void flapping_errors_and_timeouts_void_nothing_and_every_late_question_settles_once_upbit_answers()
            throws InterruptedException {
        String alice = login(5001);
        String bob = login(5002);
        pricesAre("100000000");
        List<Long> votes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long voteId = createVote(alice, BTC_UP_5_DAY);
            answer(bob, voteId, 1);
            votes.add(voteId);
        }
        // The job was down for a day: the questions are 25 hours overdue, and their candles exist.
        CLOCK.set(SETTLES_AT.plus(Duration.ofHours(25)));
        flappingCandles();

        for (int run = 0; run < 6; run++) {
            voteLifecycleJob.run();
            for (long voteId : votes) {
                assertThat(state(voteId)).as("run %d, question %d", run, voteId).isEqualTo("finished");
            }
        }
        // At least once: after a few failures the circuit breaker answers for Upbit without asking it,
        // and how many calls that leaves depends on timing (runs under load time out sooner).
        assertThat(FAKES.findAll(getRequestedFor(urlPathEqualTo(CANDLES)))).as("Upbit was asked and failed")
                .isNotEmpty();

        fakes.btcCandle(SETTLES_AT, "106000000");
        awaitPriceSourceUsable();
        voteLifecycleJob.run();

        bob = login(5002);
        for (long voteId : votes) {
            assertThat(state(voteId)).isEqualTo("tracked");
        }
        assertThat(points(bob)).as("paid as settled, never refunded").isEqualTo(300 - 3 * 10 + 3 * 20);
    }

    /**
     * Promise: each market and ticker stands alone; a bad one is skipped, logged once with its
     * identity and counted, every other one is saved, and no price is ever rounded.
     */
    @Test
    void bad_entries_beside_good_ones_are_skipped_logged_once_and_counted_and_the_rest_is_saved(
            CapturedOutput output) {
        double marketsBefore = skippedCount("market");
        double tickersBefore = skippedCount("ticker");
        long now = CLOCK.instant().toEpochMilli();
        FAKES.stubFor(get(urlPathEqualTo("/v1/market/all")).willReturn(okJson("""
                [{"market":"KRW-BTC","korean_name":"비트코인","english_name":"Bitcoin"},
                 {"market":"KRW-LONG","korean_name":"긴이름","english_name":"%s"},
                 {"market":"KRW-HUGE","korean_name":"휴지","english_name":"Huge"},
                 {"market":"KRW-FINE","korean_name":"파인","english_name":"Fine"},
                 {"market":"KRW-ZERO","korean_name":"제로","english_name":"Zero"},
                 {"market":"KRW-ODD","korean_name":"오드","english_name":"Odd"},
                 {"market":"KRW-ETH","korean_name":"이더리움","english_name":"Ethereum"},
                 {"korean_name":"코드 없음"}]""".formatted("L".repeat(101)))));
        FAKES.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson("""
                [{"market":"KRW-BTC","trade_price":143250000,"timestamp":%d},
                 {"market":"KRW-HUGE","trade_price":1e20,"timestamp":%d},
                 {"market":"KRW-FINE","trade_price":0.0000000000000000000000001,"timestamp":%d},
                 {"market":"KRW-ZERO","trade_price":0,"timestamp":%d},
                 {"market":"KRW-ODD","trade_price":"not a number","timestamp":%d},
                 {"market":"KRW-LONG","trade_price":12.5,"timestamp":%d},
                 {"market":"KRW-ETH","trade_price":0.000000000000000001,"timestamp":%d}]"""
                .formatted(now, now, now, now, now, now, now))));

        coinRefreshJob.refreshCoins();
        coinRefreshJob.refreshCoins();

        JsonNode coins = api.get("/coins", null).json();
        assertThat(price(coins, "BTC")).isEqualTo("143250000");
        assertThat(price(coins, "ETH")).as("kept exactly").isEqualTo("0.000000000000000001");
        for (String refused : List.of("HUGE", "FINE", "ZERO", "ODD")) {
            assertThat(price(coins, refused)).as(refused + " gets no price").isNull();
        }
        assertThat(api.get("/coins?coin=fine", null).status()).as("no coin breaks a search").isEqualTo(200);
        assertThat(api.get("/coins?coin=long", null).json()).as("a market refused on its first listing is not added")
                .isEmpty();
        assertThat(skippedCount("market") - marketsBefore).as("two refused markets, two runs").isEqualTo(4);
        assertThat(skippedCount("ticker") - tickersBefore).as("four refused tickers, two runs").isEqualTo(8);
        for (String identity : List.of("market KRW-LONG", "market entry #7", "ticker KRW-HUGE", "ticker KRW-FINE",
                "ticker KRW-ZERO", "ticker KRW-ODD")) {
            assertThat(occurrences(output.getOut(), "Skipped " + identity + ":")).as(identity + " logged once")
                    .isEqualTo(1);
        }
    }

    /** Promise: one question that cannot be loaded never holds up the settlement of the others. */
    @Test
    void a_corrupt_question_row_is_skipped_logged_once_and_counted_and_the_others_settle(CapturedOutput output) {
        String alice = login(5011);
        pricesAre("100000000");
        long first = createVote(alice, BTC_UP_5_DAY);
        long corrupt = createVote(alice, BTC_UP_5_DAY);
        long last = createVote(alice, BTC_UP_5_DAY);
        new JdbcTemplate(dataSource).update("UPDATE votes SET direction = 'SIDEWAYS' WHERE id = ?", corrupt);
        double before = skippedCount("question");
        CLOCK.set(SETTLES_AT.plusSeconds(30));
        fakes.btcCandle(SETTLES_AT, "106000000");

        voteLifecycleJob.run();
        voteLifecycleJob.run();

        assertThat(state(first)).isEqualTo("tracked");
        assertThat(state(last)).isEqualTo("tracked");
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT state FROM votes WHERE id = ?", String.class,
                corrupt)).as("the domain cannot read it, so neither closes nor settles it").isEqualTo("ONGOING");
        assertThat(skippedCount("question") - before).isEqualTo(2);
        assertThat(occurrences(output.getOut(), "Skipped question " + corrupt + ":")).isEqualTo(1);
        assertThat(output.getOut()).contains("SIDEWAYS");
    }

    /**
     * Promise: creating a question never waits on Upbit for more than about 2 s: with a fresh
     * stored price it does not call Upbit at all; without one it tries once, briefly.
     */
    @Test
    void a_hanging_upbit_holds_up_no_creation_longer_than_the_live_quote_timeout() {
        String alice = login(5021);
        pricesAre("143250000");
        FAKES.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson("[]").withFixedDelay(10_000)));
        int tickerCallsBefore = FAKES.findAll(getRequestedFor(urlPathEqualTo(TICKER))).size();

        long started = System.nanoTime();
        Api.Reply fresh = api.post("/votes", alice, BTC_UP_5_DAY);
        Duration freshTook = Duration.ofNanos(System.nanoTime() - started);

        CLOCK.advance(Duration.ofMinutes(6));
        started = System.nanoTime();
        Api.Reply stale = api.post("/votes", alice, BTC_UP_5_DAY);
        Duration staleTook = Duration.ofNanos(System.nanoTime() - started);

        System.out.printf("fault-figures: POST /votes with a fresh stored price took %d ms (%d), "
                + "with a stale one and Upbit hanging %d ms (%d)%n", freshTook.toMillis(), fresh.status(),
                staleTook.toMillis(), stale.status());
        assertThat(fresh.status()).as(fresh.raw().body()).isEqualTo(201);
        assertThat(freshTook).isLessThan(Duration.ofSeconds(1));
        assertThat(stale.status()).isEqualTo(503);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(staleTook).isLessThan(Duration.ofMillis(2500));
        assertThat(FAKES.findAll(getRequestedFor(urlPathEqualTo(TICKER))).size() - tickerCallsBefore)
                .as("no call with a fresh price, one call without").isEqualTo(1);
        assertThat(points(alice)).as("only the created question was charged").isEqualTo(250);
        assertThat(api.get("/votes", null).json().size()).isEqualTo(1);
    }

    /** Upbit's candle endpoint failing every way a call can fail: 500, timeout, 429, nonsense. */
    private void flappingCandles() {
        String[] states = {Scenario.STARTED, "timeout", "busy", "nonsense"};
        for (int i = 0; i < states.length; i++) {
            String next = states[(i + 1) % states.length];
            var response = switch (i) {
                case 0 -> aResponse().withStatus(500).withBody("{\"error\":{\"name\":\"500\",\"message\":\"oops\"}}");
                case 1 -> okJson("[]").withFixedDelay(3000);
                case 2 -> aResponse().withStatus(429).withBody("Too many requests");
                default -> okJson("<html>maintenance</html>");
            };
            FAKES.stubFor(get(urlPathEqualTo(CANDLES)).inScenario("flapping").whenScenarioStateIs(states[i])
                    .willReturn(response).willSetStateTo(next));
        }
    }

    private String state(long voteId) {
        return api.get("/votes/" + voteId, null).json().get("state").asString();
    }

    private static String price(JsonNode coins, String code) {
        for (JsonNode coin : coins) {
            if (coin.get("code").asString().equals(code)) {
                JsonNode price = coin.get("price");
                return price == null || price.isNull() ? null : price.decimalValue().stripTrailingZeros().toPlainString();
            }
        }
        return "missing";
    }

    private double skippedCount(String kind) {
        String metrics = api.get("/actuator/prometheus", null).raw().body();
        Matcher matcher = Pattern.compile("^whaling_skipped_items_total\\{kind=\"" + kind + "\"[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
