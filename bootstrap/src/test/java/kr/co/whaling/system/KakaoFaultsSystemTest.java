package kr.co.whaling.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Kakao failing under a login, over HTTP: a hanging Kakao costs a login about 2 seconds and a 502,
 * never more; a failing one is a 502 or 401 Problem; and no authorization code, Kakao access token
 * or client secret reaches a log line, whatever Kakao echoes back.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "whaling.kakao.login-timeout=PT2S")
class KakaoFaultsSystemTest extends SystemTestBase {

    private static final String CODE = "KAKAO-CODE-SECRET-31c7";
    private static final String TOKEN = "KAKAO-ACCESS-TOKEN-SECRET-b9e0";
    private static final String LOGIN = "{\"code\": \"" + CODE + "\", \"redirect_uri\": \"https://whaling.example/cb\"}";
    /** The login timeout (2 s) and what a loaded 2-core machine adds to an HTTP round trip. */
    private static final Duration BOUND = Duration.ofMillis(2_700);

    private static void tokenEndpoint(ResponseDefinitionBuilder answer) {
        FAKES.stubFor(post(urlPathEqualTo("/oauth/token")).atPriority(1).willReturn(answer));
    }

    private static void userEndpoint(ResponseDefinitionBuilder answer) {
        FAKES.stubFor(get(urlPathEqualTo("/v2/user/me")).atPriority(1).willReturn(answer));
    }

    private static String tokenJson(String token) {
        return "{\"token_type\":\"bearer\",\"access_token\":\"" + token + "\",\"expires_in\":21599}";
    }

    /** One login first, so that the bound measures a warm app, not class loading on a busy build machine. */
    @BeforeEach
    void warmUp() {
        for (int attempt = 0; attempt < 5; attempt++) {
            fakes.kakaoUser(8000 + attempt);
            if (api.post("/auth", null, "{\"code\": \"code-" + (8000 + attempt)
                    + "\", \"redirect_uri\": \"https://whaling.example/cb\"}").status() < 300) {
                return;
            }
        }
    }

    @ParameterizedTest(name = "{0} endpoint hanging")
    @ValueSource(strings = {"token", "user"})
    void a_hanging_kakao_is_a_502_within_about_two_seconds(String hanging) {
        if (hanging.equals("token")) {
            tokenEndpoint(okJson(tokenJson(TOKEN)).withFixedDelay(20_000));
        } else {
            tokenEndpoint(okJson(tokenJson(TOKEN)));
            userEndpoint(okJson("{\"id\": 42}").withFixedDelay(20_000));
        }

        long start = System.nanoTime();
        Api.Reply reply = api.post("/auth", null, LOGIN);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(waited).isLessThan(BOUND);
        System.out.printf("login with the Kakao %s endpoint hanging answered %d in %d ms%n", hanging,
                reply.status(), waited.toMillis());
    }

    @Test
    void failing_kakao_calls_are_problems_and_leak_no_code_token_or_secret(CapturedOutput output) {
        String echo = "code=" + CODE + "&client_secret=" + KAKAO_CLIENT_SECRET;
        tokenEndpoint(aResponse().withStatus(500).withBody(echo));
        assertThat(api.post("/auth", null, LOGIN).status()).isEqualTo(502);

        tokenEndpoint(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(
                "{\"error\":\"invalid_client\",\"error_description\":\"" + echo + "\",\"error_code\":\"KOE010\"}"));
        assertThat(api.post("/auth", null, LOGIN).status()).isEqualTo(401);

        tokenEndpoint(okJson("{\"access_token\": \"" + TOKEN + "\\r\\nX-Injected: 1\"}"));
        assertThat(api.post("/auth", null, LOGIN).status()).isEqualTo(502);

        tokenEndpoint(okJson("{\"access_token\": " + TOKEN + "}"));
        assertThat(api.post("/auth", null, LOGIN).status()).isEqualTo(502);

        tokenEndpoint(okJson(tokenJson(TOKEN)));
        userEndpoint(aResponse().withStatus(401).withBody("{\"msg\":\"no such token " + TOKEN + "\",\"code\":-401}"));
        assertThat(api.post("/auth", null, LOGIN).status()).isEqualTo(502);

        userEndpoint(okJson("{\"id\": \"" + TOKEN + "\"}"));
        assertThat(api.post("/auth", null, LOGIN).status()).isEqualTo(502);

        userEndpoint(okJson("{\"id\": 42}").withFixedDelay(20_000));
        assertThat(api.post("/auth", null, LOGIN).status()).isEqualTo(502);

        String logged = output.getAll();
        // The capture must hold the app's own lines about these failures, or it would prove nothing.
        assertThat(logged).contains("Kakao unavailable during login");
        assertThat(logged).doesNotContain(CODE, TOKEN, KAKAO_CLIENT_SECRET);
    }
}
