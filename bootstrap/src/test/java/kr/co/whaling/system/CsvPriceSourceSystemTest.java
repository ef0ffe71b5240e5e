package kr.co.whaling.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.csv.CsvPriceAdapter;
import kr.co.whaling.adapter.out.upbit.UpbitPriceAdapter;
import kr.co.whaling.bootstrap.job.CoinRefreshJob;
import kr.co.whaling.bootstrap.job.VoteLifecycleJob;
import kr.co.whaling.domain.testdata.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The app on the CSV price source ({@code whaling.price-source=csv}) over adapter-csv's sample set:
 * no Upbit bean at all, the catalog and prices from the recorded files, and a whole game played
 * offline, from the question to its settlement on a recorded candle. Kakao is still WireMock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CsvPriceSourceSystemTest.RecordedTime.class)
class CsvPriceSourceSystemTest {

    /** Monday 2026-03-02 09:00 in Seoul, inside the sample's three days of minutes. */
    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(START);
    private static final String BTC_UP_5_DAY = """
            {"coin_code": "BTC", "duration": "day", "range": 5, "comment": "up"}""";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Map<String, Object> properties = SystemTestBase.appProperties();
        properties.put("whaling.price-source", "csv");
        // Maven runs the tests in the module's directory.
        properties.put("whaling.price-source.csv.dir", "../adapter-csv/src/test/resources/sample");
        properties.forEach((name, value) -> registry.add(name, () -> value));
    }

    @TestConfiguration
    static class RecordedTime {
        @Bean
        @Primary
        Clock recordedClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    CoinRefreshJob coinRefreshJob;
    @Autowired
    VoteLifecycleJob voteLifecycleJob;

    private Api api;
    private FakeExchangeAndKakao kakao;

    @BeforeEach
    void freshWorld() {
        SystemTestBase.deleteGameRows(dataSource);
        SystemTestBase.FAKES.resetAll();
        CLOCK.set(START.plusSeconds(30));
        api = new Api(port);
        kakao = new FakeExchangeAndKakao(SystemTestBase.FAKES);
        kakao.kakaoRefusesUnknownCodes();
    }

    @Test
    void only_the_csv_source_exists_and_the_coins_come_from_its_files() {
        assertThat(context.getBeansOfType(UpbitPriceAdapter.class)).isEmpty();
        assertThat(context.getBeansOfType(CsvPriceAdapter.class)).hasSize(1);

        coinRefreshJob.refreshCoins();

        JsonNode coins = api.get("/coins", null).json();
        assertThat(coins.size()).isEqualTo(2);
        assertThat(coins.get(0).get("code").asString()).isEqualTo("BTC");
        assertThat(coins.get(0).get("krname").asString()).isEqualTo("비트코인");
        // The sample's 2026-03-02T00:00Z minutes: the latest at or before the clock's 00:00:30.
        assertThat(coins.get(0).get("price").decimalValue()).isEqualByComparingTo("82367000");
        assertThat(coins.get(1).get("code").asString()).isEqualTo("ETH");
        assertThat(coins.get(1).get("price").decimalValue()).isEqualByComparingTo("1238000");
        assertThat(api.get("/actuator/health", null).json().get("components").get("priceSource").get("status")
                .asString()).isEqualTo("UP");
    }

    @Test
    void a_whole_game_is_played_offline_on_recorded_candles() {
        String alice = login(4001);
        String bob = login(4002);
        String carol = login(4003);
        coinRefreshJob.refreshCoins();
        long voteId = createVote(alice);
        answer(bob, voteId, 1);
        answer(carol, voteId, 2);

        CLOCK.advance(Duration.ofHours(8));
        voteLifecycleJob.run();
        // A day question asked at 09:00 Seoul settles a day later, on the candle of 2026-03-03T00:00Z.
        CLOCK.set(START.plus(Duration.ofDays(1)).plusSeconds(30));
        voteLifecycleJob.run();

        JsonNode settled = api.get("/votes/" + voteId, null).json();
        assertThat(settled.get("state").asString()).isEqualTo("tracked");
        // 82,367,000 to 83,067,000 is up 0.85%, not 5%: NO was right.
        assertThat(settled.get("finished_price").decimalValue()).isEqualByComparingTo("83067000");
        assertThat(points(carol)).isEqualTo(300 - 10 + 20);
        assertThat(points(bob)).isEqualTo(300 - 10);
    }

    private String login(long kakaoId) {
        kakao.kakaoUser(kakaoId);
        Api.Reply reply = api.post("/auth", null, """
                {"code": "code-%d", "redirect_uri": "https://whaling.example/callback"}""".formatted(kakaoId));
        assertThat(reply.status()).as(reply.raw().body()).isIn(200, 201);
        return reply.json().get("token").get("access_token").asString();
    }

    private long createVote(String token) {
        Api.Reply reply = api.post("/votes", token, BTC_UP_5_DAY);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        JsonNode vote = api.get("/votes/" + reply.json().get("vote_id").asLong(), null).json();
        // Quoted from the recorded minute 2026-03-02T00:00Z; 5% up from 82,367,000 is 86,485,350.
        assertThat(vote.get("created_price").decimalValue()).isEqualByComparingTo("82367000");
        assertThat(vote.get("target_price").decimalValue()).isEqualByComparingTo("86485350");
        return vote.get("vote_id").asLong();
    }

    private void answer(String token, long voteId, int choice) {
        Api.Reply reply = api.post("/votes/" + voteId + "/choice", token, "{\"choice\": " + choice + "}");
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    }

    private long points(String token) {
        return api.get("/user", token).json().get("point").asLong();
    }
}
