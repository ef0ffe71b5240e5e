package kr.co.whaling.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.adapter.out.upbit.UpbitPriceAdapter;
import kr.co.whaling.domain.testdata.MutableClock;
import kr.co.whaling.bootstrap.job.CoinRefreshJob;
import kr.co.whaling.bootstrap.job.VoteLifecycleJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real app over HTTP on a random port, on the MySQL-compatible test database, with WireMock as
 * Upbit and Kakao and a clock the test moves. Jobs are scheduled far apart and run by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SystemTestBase.ControllableClock.class)
abstract class SystemTestBase {

    /** Monday 2026-03-02 09:00 in Seoul. */
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    /** Where the browser frontend is served from: the one origin CORS allows. */
    static final String FRONTEND_ORIGIN = "https://whaling.example";
    /** How long access tokens live in these tests: longer than any clock move of a test but the expiry's. */
    static final Duration ACCESS_TOKEN_TTL = Duration.ofDays(60);

    static final WireMockServer FAKES = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final MutableClock CLOCK = new MutableClock(START);
    /** The Kakao client secret of the system tests. */
    static final String KAKAO_CLIENT_SECRET = "KAKAO-CLIENT-SECRET-8d2f61";

    static {
        FAKES.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        appProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The app's settings in these tests: the test database, the fakes, and jobs run by hand. */
    static Map<String, Object> appProperties() {
        Map<String, Object> properties = new LinkedHashMap<>(TestDatabase.get().springProperties());
        properties.put("whaling.upbit.base-url", FAKES.baseUrl());
        properties.put("whaling.upbit.max-attempts", "1");
        // Fault tests make Upbit time out and trip the circuit breaker: keep both short, so that the
        // next test finds the price source usable again (see freshWorld).
        properties.put("whaling.upbit.read-timeout", "PT1S");
        properties.put("whaling.upbit.circuit-breaker-open-duration", "PT1S");
        properties.put("whaling.kakao.auth-base-url", FAKES.baseUrl());
        properties.put("whaling.kakao.api-base-url", FAKES.baseUrl());
        properties.put("whaling.kakao.client-id", "system-test-client");
        // A fresh context's first login loads the HTTP client on a busy build machine, which can take
        // longer than the 2 s a login may wait on Kakao; KakaoFaultsSystemTest proves that bound.
        properties.put("whaling.kakao.login-timeout", "PT15S");
        // Sent with every code exchange, so that tests can prove it never reaches a log line.
        properties.put("whaling.kakao.client-secret", KAKAO_CLIENT_SECRET);
        properties.put("whaling.jwt.secret", "system-test-secret-that-is-long-enough-0123456789");
        properties.put("whaling.web.cors-origins", FRONTEND_ORIGIN);
        // Tests move the clock by days (settlement); tokens must outlive that, now that no clock skew
        // lets an expired token pass. Token lifetimes are TokenServiceTest's subject.
        properties.put("whaling.jwt.access-token-ttl", ACCESS_TOKEN_TTL.toString());
        properties.put("whaling.jwt.refresh-token-ttl", "P90D");
        properties.put("whaling.jobs.prices-period", "PT24H");
        properties.put("whaling.jobs.prices-initial-delay", "PT24H");
        properties.put("whaling.jobs.lifecycle-period", "PT24H");
        // Jobs are run by hand, back to back: no minimum lock time between two runs.
        properties.put("whaling.jobs.lock-at-least-for", "PT0S");
        // Each step is checked the moment after it: listings show the database as it is, not pages
        // and totals kept from a moment (or a test) ago. Keeping them is the persistence tests' subject.
        properties.put("whaling.persistence.listing-page-ttl", "PT0S");
        properties.put("whaling.persistence.listing-total-ttl", "PT0S");
        properties.put("whaling.stats.kept-for", "PT0S");
        return properties;
    }

    @TestConfiguration
    static class ControllableClock {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @AfterAll
    static void resetFakes() {
        FAKES.resetAll();
    }

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    CoinRefreshJob coinRefreshJob;
    @Autowired
    VoteLifecycleJob voteLifecycleJob;
    @Autowired
    UpbitPriceAdapter upbitPriceAdapter;

    Api api;
    FakeExchangeAndKakao fakes;

    @BeforeEach
    void freshWorld() throws InterruptedException {
        awaitPriceSourceUsable();
        deleteGameRows(dataSource);
        FAKES.resetAll();
        CLOCK.set(START);
        api = new Api(port);
        fakes = new FakeExchangeAndKakao(FAKES);
        fakes.listMarkets();
        fakes.noDailyCandles();
        fakes.kakaoRefusesUnknownCodes();
    }

    /** A circuit opened by an earlier test's faults lets calls through again after its short open time. */
    void awaitPriceSourceUsable() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!upbitPriceAdapter.isAvailable() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /**
     * Empties every game table but ShedLock's: ShedLock remembers which lock rows it created and
     * only updates them afterwards, so a deleted lock row would keep the jobs from ever running again.
     */
    static void deleteGameRows(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TestDatabase.TABLES.stream().filter(table -> !table.equals("shedlock"))
                .forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    /** Logs a Kakao user in (signing them up the first time) and returns their access token. */
    String login(long kakaoId) {
        fakes.kakaoUser(kakaoId);
        Api.Reply reply = api.post("/auth", null, """
                {"code": "code-%d", "redirect_uri": "https://whaling.example/callback"}""".formatted(kakaoId));
        assertThat(reply.status()).as(reply.raw().body()).isIn(200, 201);
        return reply.json().get("token").get("access_token").asText();
    }

    /** The catalog and prices refreshed through the job, BTC at {@code btcPrice} quoted now. */
    void pricesAre(String btcPrice) {
        fakes.quote(btcPrice, "4500000", CLOCK.instant());
        coinRefreshJob.refreshCoins();
    }

    long createVote(String token, String body) {
        Api.Reply reply = api.post("/votes", token, body);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        return reply.json().get("vote_id").asLong();
    }

    void answer(String token, long voteId, int choice) {
        Api.Reply reply = api.post("/votes/" + voteId + "/choice", token, "{\"choice\": " + choice + "}");
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    }

    long points(String token) {
        return api.get("/user", token).json().get("point").asLong();
    }
}
