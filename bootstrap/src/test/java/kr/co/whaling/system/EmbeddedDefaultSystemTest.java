package kr.co.whaling.system;

import static org.assertj.core.api.Assertions.assertThat;

import kr.co.whaling.bootstrap.job.CoinRefreshJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app as {@code java -jar} starts it on a fresh machine: the embedded H2 default, no JWT secret,
 * no Kakao credentials, and no internet (Upbit unreachable). It starts, serves, and reports the
 * price source DOWN with one warning per outage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,RANGE;DB_CLOSE_DELAY=-1",
        "whaling.upbit.base-url=http://127.0.0.1:9",
        "whaling.upbit.max-attempts=1",
        "whaling.jobs.prices-initial-delay=PT24H",
        "whaling.jobs.lifecycle-period=PT24H"})
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultSystemTest {

    @LocalServerPort
    int port;
    @Autowired
    CoinRefreshJob coinRefreshJob;

    @Test
    void starts_on_h2_without_secrets_serves_reads_and_reports_the_unreachable_price_source(CapturedOutput output) {
        Api api = new Api(port);

        assertThat(api.get("/votes", null).status()).isEqualTo(200);
        assertThat(api.get("/acc-percent", null).json().get("acc_percent").asString()).isEqualTo("0.0");
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
        String metrics = api.get("/actuator/prometheus", null).raw().body();
        assertThat(metrics).contains("jvm_memory_used_bytes", "http_server_requests_seconds");
        assertThat(metrics).as("Spring Security's per-filter observations are off").doesNotContain("spring_security_");

        coinRefreshJob.refreshCoins();
        coinRefreshJob.refreshCoins();
        coinRefreshJob.refreshCoins();

        Api.Reply health = api.get("/actuator/health", null);
        assertThat(health.json().get("components").get("priceSource").get("status").asString()).isEqualTo("DOWN");
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(output.getOut()).contains("generated a random secret");
        assertThat(output.getOut().split("price source unavailable", -1)).as("one warning per outage").hasSize(2);
        assertThat(api.post("/auth", null, "{\"code\": \"c\", \"redirect_uri\": \"https://x.example/cb\"}").status())
                .as("Kakao login is not configured").isEqualTo(502);
    }
}
