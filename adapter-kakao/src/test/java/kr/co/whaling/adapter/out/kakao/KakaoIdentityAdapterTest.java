package kr.co.whaling.adapter.out.kakao;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import kr.co.whaling.application.member.IdentityProviderUnavailableException;
import kr.co.whaling.application.member.LoginRefusedException;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.KakaoIdentity;
import kr.co.whaling.domain.member.ProfileImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the adapter against WireMock answering with the JSON shapes of Kakao's documentation. */
class KakaoIdentityAdapterTest {

    private static final String CODE = "SECRET-CODE-6f1d2a";
    private static final String ACCESS_TOKEN = "SECRET-TOKEN-93ab7c";
    private static final String CLIENT_SECRET = "SECRET-CLIENT-77c2e4";
    private static final String CLIENT_ID = "rest-api-key-123";
    private static final String REDIRECT_URI = "https://whaling.example/login/kakao?from=app&lang=ko";
    /** Generous, so that a loaded build machine does not turn ordinary answers into timeouts. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    /** For the slowness tests: short to keep them fast, far below {@link #SLOW_ANSWER}. */
    private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(1_000);
    private static final int SLOW_ANSWER = 3_000;
    /** Kakao hanging: far longer than any timeout. */
    private static final int HANGING = 15_000;
    /** The default: a login waits on Kakao at most this long in total. */
    private static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(2);
    /** What a bounded wait may take beyond its bound on a loaded 2-core build machine. */
    private static final Duration SLACK = Duration.ofMillis(700);

    private static final String TOKEN_JSON = """
            {"access_token":"%s","token_type":"bearer","refresh_token":"SECRET-REFRESH-0a1b",
             "expires_in":21599,"scope":"profile_image profile_nickname","refresh_token_expires_in":5183999}
            """.formatted(ACCESS_TOKEN);

    private static final String USER_JSON = """
            {"id":4123456789,"connected_at":"2024-05-01T09:12:45Z",
             "properties":{"nickname":"whale","profile_image":"https://k.kakaocdn.net/dn/abc/img_640x640.jpg"},
             "kakao_account":{"profile_nickname_needs_agreement":false,"profile_image_needs_agreement":false,
              "profile_needs_agreement":false,
              "profile":{"nickname":"whale","thumbnail_image_url":"https://k.kakaocdn.net/dn/abc/img_110x110.jpg",
               "profile_image_url":"https://k.kakaocdn.net/dn/abc/img_640x640.jpg","is_default_image":false}}}
            """;

    private static final String INVALID_GRANT_JSON = """
            {"error":"invalid_grant","error_description":"authorization code not found for code=%s","error_code":"KOE320"}
            """.formatted(CODE);

    private static WireMockServer kakao;

    @BeforeAll
    static void startKakao() {
        kakao = new WireMockServer(options().dynamicPort());
        kakao.start();
        // One login first, so class loading and the first connections do not eat into the short timeouts below.
        answerToken(okJson(TOKEN_JSON));
        answerUser(okJson(USER_JSON));
        // A cold JVM on a busy machine may take longer than a login may: the warm-up gets all the time it needs.
        new KakaoIdentityAdapter(new KakaoProperties(kakao.baseUrl(), kakao.baseUrl(), CLIENT_ID, CLIENT_SECRET,
                Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(60)))
                .fetchIdentity(CODE, REDIRECT_URI);
    }

    @AfterAll
    static void stopKakao() {
        kakao.stop();
    }

    @BeforeEach
    void resetKakao() {
        kakao.resetAll();
    }

    @Test
    void returns_the_kakao_id_and_the_profile_image_the_user_shared() {
        answerToken(okJson(TOKEN_JSON));
        answerUser(okJson(USER_JSON));

        KakaoIdentity identity = adapter().fetchIdentity(CODE, REDIRECT_URI);

        assertThat(identity).isEqualTo(new KakaoIdentity(new KakaoId(4123456789L),
                Optional.of(new ProfileImage("https://k.kakaocdn.net/dn/abc/img_640x640.jpg", false))));
    }

    @Test
    void passes_on_that_the_image_is_kakaos_default() {
        answerToken(okJson(TOKEN_JSON));
        answerUser(okJson("""
                {"id":42,"kakao_account":{"profile_needs_agreement":false,
                 "profile":{"nickname":"whale","profile_image_url":"https://k.kakaocdn.net/default.jpg","is_default_image":true}}}
                """));

        assertThat(adapter().fetchIdentity(CODE, REDIRECT_URI).profileImage())
                .contains(new ProfileImage("https://k.kakaocdn.net/default.jpg", true));
    }

    static Stream<Arguments> answersWithoutConsentToTheImage() {
        return Stream.of(
                Arguments.of("no kakao_account at all", """
                        {"id":42,"connected_at":"2024-05-01T09:12:45Z"}"""),
                Arguments.of("kakao_account without profile", """
                        {"id":42,"kakao_account":{"email_needs_agreement":true}}"""),
                Arguments.of("profile needs agreement", """
                        {"id":42,"kakao_account":{"profile_needs_agreement":true}}"""),
                Arguments.of("image needs agreement, nickname shared", """
                        {"id":42,"kakao_account":{"profile_nickname_needs_agreement":false,
                         "profile_image_needs_agreement":true,"profile":{"nickname":"whale"}}}"""),
                Arguments.of("profile with a nickname only", """
                        {"id":42,"kakao_account":{"profile":{"nickname":"whale"}}}"""),
                Arguments.of("kakao_account null", """
                        {"id":42,"kakao_account":null}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersWithoutConsentToTheImage")
    void a_user_who_did_not_share_the_image_has_no_profile_image(String situation, String userJson) {
        answerToken(okJson(TOKEN_JSON));
        answerUser(okJson(userJson));

        KakaoIdentity identity = adapter().fetchIdentity(CODE, REDIRECT_URI);

        assertThat(identity).isEqualTo(new KakaoIdentity(new KakaoId(42), Optional.empty()));
    }

    @Test
    void sends_kakao_exactly_the_documented_form_and_the_bearer_token() {
        answerToken(okJson(TOKEN_JSON));
        answerUser(okJson(USER_JSON));

        adapter().fetchIdentity(CODE, REDIRECT_URI);

        kakao.verify(1, postRequestedFor(urlEqualTo("/oauth/token"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=authorization_code"
                        + "&client_id=" + CLIENT_ID
                        + "&redirect_uri=https%3A%2F%2Fwhaling.example%2Flogin%2Fkakao%3Ffrom%3Dapp%26lang%3Dko"
                        + "&code=" + CODE
                        + "&client_secret=" + CLIENT_SECRET)));
        kakao.verify(1, getRequestedFor(urlPathEqualTo("/v2/user/me"))
                .withQueryParam("secure_resource", equalTo("true"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
    }

    @Test
    void leaves_the_client_secret_out_when_the_app_has_none() {
        answerToken(okJson(TOKEN_JSON));
        answerUser(okJson(USER_JSON));

        adapter(properties(null, READ_TIMEOUT)).fetchIdentity(CODE, REDIRECT_URI);

        kakao.verify(1, postRequestedFor(urlEqualTo("/oauth/token"))
                .withRequestBody(equalTo("grant_type=authorization_code"
                        + "&client_id=" + CLIENT_ID
                        + "&redirect_uri=https%3A%2F%2Fwhaling.example%2Flogin%2Fkakao%3Ffrom%3Dapp%26lang%3Dko"
                        + "&code=" + CODE)));
    }

    @Test
    void an_unknown_expired_or_reused_code_is_refused() {
        answerToken(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody(INVALID_GRANT_JSON));

        assertThatThrownBy(() -> adapter().fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(LoginRefusedException.class)
                .hasMessageContaining("invalid_grant")
                .hasMessageContaining("KOE320");
        kakao.verify(0, getRequestedFor(urlPathEqualTo("/v2/user/me")));
    }

    static Stream<Arguments> otherClientErrors() {
        return Stream.of(
                Arguments.of(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Redirect URI mismatch.\","
                        + "\"error_code\":\"KOE303\"}"),
                Arguments.of(401, "{\"error\":\"invalid_client\",\"error_description\":\"Bad client credentials\","
                        + "\"error_code\":\"KOE010\"}"),
                Arguments.of(403, ""),
                Arguments.of(404, "<html><body>Not Found</body></html>"),
                Arguments.of(429, "{\"error\":\"too_many_requests\"}"));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("otherClientErrors")
    void any_other_client_error_from_the_token_endpoint_is_refused(int status, String body) {
        answerToken(aResponse().withStatus(status).withBody(body));

        assertThatThrownBy(() -> adapter().fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(LoginRefusedException.class)
                .hasMessageContaining("HTTP " + status);
        kakao.verify(0, getRequestedFor(urlPathEqualTo("/v2/user/me")));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void a_server_error_from_the_token_endpoint_is_unavailability(int status) {
        answerToken(aResponse().withStatus(status).withBody("{\"error\":\"server_error\",\"error_code\":\"KOE003\"}"));

        assertThatThrownBy(() -> adapter().fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessageContaining("HTTP " + status);
    }

    @Test
    void a_redirect_is_not_followed_and_is_unavailability() {
        answerToken(aResponse().withStatus(302).withHeader("Location", kakao.baseUrl() + "/elsewhere"));

        assertThatThrownBy(() -> adapter().fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessageContaining("HTTP 302");
        assertThat(kakao.findAll(getRequestedFor(urlEqualTo("/elsewhere")))).isEmpty();
    }

    @Test
    void a_token_answer_slower_than_the_read_timeout_is_unavailability() {
        answerToken(okJson(TOKEN_JSON).withFixedDelay(SLOW_ANSWER));

        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> impatientAdapter().fetchIdentity(CODE, REDIRECT_URI));

        assertThat(thrown).isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessageContaining("Kakao token endpoint timed out")
                .hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(SLOW_ANSWER));
    }

    @Test
    void a_user_answer_slower_than_the_read_timeout_is_unavailability() {
        answerToken(okJson(TOKEN_JSON));
        answerUser(okJson(USER_JSON).withFixedDelay(SLOW_ANSWER));

        assertThatThrownBy(() -> impatientAdapter().fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessageContaining("Kakao user info endpoint timed out");
    }

    /** Kakao hanging or slow in every way a login can meet it, with patient per-call timeouts (5 s each). */
    static Stream<Arguments> hangingKakao() {
        return Stream.of(
                Arguments.of("token endpoint hanging", (Runnable) () -> answerToken(okJson(TOKEN_JSON)
                        .withFixedDelay(HANGING))),
                Arguments.of("user endpoint hanging", (Runnable) () -> {
                    answerToken(okJson(TOKEN_JSON));
                    answerUser(okJson(USER_JSON).withFixedDelay(HANGING));
                }),
                Arguments.of("each call 1.2 s, under its read timeout but 2.4 s together", (Runnable) () -> {
                    answerToken(okJson(TOKEN_JSON).withFixedDelay(1_200));
                    answerUser(okJson(USER_JSON).withFixedDelay(1_200));
                }),
                Arguments.of("user answer trickling in for 10 s", (Runnable) () -> {
                    answerToken(okJson(TOKEN_JSON));
                    answerUser(okJson(USER_JSON).withChunkedDribbleDelay(20, 10_000));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hangingKakao")
    void a_login_never_waits_on_kakao_longer_than_the_login_timeout(String situation, Runnable kakaoAnswers) {
        kakaoAnswers.run();

        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> adapter().fetchIdentity(CODE, REDIRECT_URI));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(thrown).isInstanceOf(IdentityProviderUnavailableException.class);
        assertThat(waited).isLessThan(LOGIN_TIMEOUT.plus(SLACK));
    }

    @Test
    void a_login_within_the_timeout_succeeds_however_the_time_is_split() {
        answerToken(okJson(TOKEN_JSON).withFixedDelay(600));
        answerUser(okJson(USER_JSON).withFixedDelay(600));

        assertThat(adapter().fetchIdentity(CODE, REDIRECT_URI).kakaoId()).isEqualTo(new KakaoId(4123456789L));
    }

    @ParameterizedTest(name = "access token {0}")
    @ValueSource(strings = {"with\\r\\nX-Injected: 1", "with a space", "with\\u0000nul", "with\\u00e9accent"})
    void an_access_token_that_cannot_be_a_header_value_is_unavailability_and_never_sent(String token) {
        answerToken(okJson("{\"access_token\":\"SECRET-" + token + "\",\"token_type\":\"bearer\"}"));
        answerUser(okJson(USER_JSON));

        assertThatThrownBy(() -> adapter().fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessageContaining("not a header value")
                .satisfies(thrown -> assertThat(thrown.getMessage()).doesNotContain("SECRET-"));
        kakao.verify(0, getRequestedFor(urlPathEqualTo("/v2/user/me")));
    }

    @Test
    void a_refused_connection_is_unavailability() throws IOException {
        String closedPort = "http://127.0.0.1:" + freePort();
        KakaoProperties properties = new KakaoProperties(closedPort, closedPort, CLIENT_ID, CLIENT_SECRET,
                Duration.ofMillis(500), SHORT_READ_TIMEOUT, LOGIN_TIMEOUT);

        assertThatThrownBy(() -> new KakaoIdentityAdapter(properties).fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessageContaining("could not be reached")
                .hasCauseInstanceOf(IOException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "not json at all",
        "{\"access_token\":\"" + ACCESS_TOKEN + "\",",
        "{\"access_token\": " + ACCESS_TOKEN + "}",
        "[]",
        "null",
        "",
        "{\"token_type\":\"bearer\",\"expires_in\":21599}",
        "{\"access_token\":\"\",\"token_type\":\"bearer\"}"
    })
    void a_malformed_token_answer_is_unavailability(String body) {
        answerToken(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));

        assertThatThrownBy(() -> adapter().fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessageContaining("Kakao token endpoint");
        kakao.verify(0, getRequestedFor(urlPathEqualTo("/v2/user/me")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<html>maintenance</html>",
        "{\"id\":42,\"kakao_account\":",
        "{\"id\":\"not-a-number\"}",
        "{\"connected_at\":\"2024-05-01T09:12:45Z\",\"kakao_account\":{}}",
        "{\"id\":null}",
        "{\"id\":0}",
        "{\"id\":-7}",
        "{\"id\":42,\"kakao_account\":{\"profile\":{\"profile_image_url\":[\"x\"]}}}"
    })
    void a_malformed_user_answer_or_one_without_an_id_is_unavailability(String body) {
        answerToken(okJson(TOKEN_JSON));
        answerUser(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));

        assertThatThrownBy(() -> adapter().fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessageContaining("Kakao user info");
    }

    @Test
    void kakao_rejecting_the_token_it_just_issued_is_unavailability_not_a_refusal() {
        answerToken(okJson(TOKEN_JSON));
        answerUser(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"msg\":\"this access token does not exist\",\"code\":-401}"));

        assertThatThrownBy(() -> adapter().fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("code -401");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 403, 500, 503})
    void other_errors_from_the_user_endpoint_are_unavailability(int status) {
        answerToken(okJson(TOKEN_JSON));
        answerUser(aResponse().withStatus(status).withBody("{\"msg\":\"system error\",\"code\":-1}"));

        assertThatThrownBy(() -> adapter().fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessageContaining("HTTP " + status);
    }

    static Stream<Arguments> accountStates() {
        return Stream.of(
                Arguments.of(400, KakaoIdentityAdapter.NOT_LINKED),
                Arguments.of(400, KakaoIdentityAdapter.DORMANT),
                Arguments.of(401, KakaoIdentityAdapter.UNDER_14));
    }

    @ParameterizedTest(name = "HTTP {0}, code {1}")
    @MethodSource("accountStates")
    void an_account_kakao_will_not_let_log_in_is_refused(int status, int code) {
        answerToken(okJson(TOKEN_JSON));
        answerUser(aResponse().withStatus(status).withBody("{\"msg\":\"account state\",\"code\":" + code + "}"));

        assertThatThrownBy(() -> adapter().fetchIdentity(CODE, REDIRECT_URI))
                .isInstanceOf(LoginRefusedException.class)
                .hasMessageContaining("code " + code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void a_missing_code_is_refused_without_asking_kakao(String code) {
        assertThatThrownBy(() -> adapter().fetchIdentity(code, REDIRECT_URI))
                .isInstanceOf(LoginRefusedException.class);
        assertThatThrownBy(() -> adapter().fetchIdentity(null, REDIRECT_URI))
                .isInstanceOf(LoginRefusedException.class);
        assertThatThrownBy(() -> adapter().fetchIdentity(CODE, code))
                .isInstanceOf(LoginRefusedException.class);
        assertThat(kakao.getAllServeEvents()).isEmpty();
    }

    /** Every failure path, each answered so that the secret values would be at hand to leak. */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("KOE320 invalid_grant", (Runnable) () -> answerToken(aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json").withBody(INVALID_GRANT_JSON))),
                Arguments.of("KOE010 bad client secret", (Runnable) () -> answerToken(aResponse().withStatus(401)
                        .withBody("{\"error\":\"invalid_client\",\"error_description\":\"client_secret="
                                + CLIENT_SECRET + " code=" + CODE + "\",\"error_code\":\"KOE010\"}"))),
                Arguments.of("error code echoing the code", (Runnable) () -> answerToken(aResponse().withStatus(400)
                        .withBody("{\"error\":\"" + CODE + "\",\"error_code\":\"" + CODE + "\"}"))),
                Arguments.of("token endpoint 500 echoing the request", (Runnable) () -> answerToken(
                        aResponse().withStatus(500).withBody("code=" + CODE + "&client_secret=" + CLIENT_SECRET))),
                Arguments.of("token answer cut short", (Runnable) () -> answerToken(
                        aResponse().withStatus(200).withBody("{\"access_token\":\"" + ACCESS_TOKEN + "\","))),
                Arguments.of("token answer with a bare token", (Runnable) () -> answerToken(
                        aResponse().withStatus(200).withBody("{\"access_token\": " + ACCESS_TOKEN + "}"))),
                Arguments.of("token answer too slow", (Runnable) () -> answerToken(
                        okJson(TOKEN_JSON).withFixedDelay(SLOW_ANSWER))),
                Arguments.of("user endpoint 401", (Runnable) () -> {
                    answerToken(okJson(TOKEN_JSON));
                    answerUser(aResponse().withStatus(401).withBody(
                            "{\"msg\":\"this access token does not exist: " + ACCESS_TOKEN + "\",\"code\":-401}"));
                }),
                Arguments.of("user endpoint under-14 refusal", (Runnable) () -> {
                    answerToken(okJson(TOKEN_JSON));
                    answerUser(aResponse().withStatus(401).withBody(
                            "{\"msg\":\"token " + ACCESS_TOKEN + "\",\"code\":-406}"));
                }),
                Arguments.of("user answer quoting the token", (Runnable) () -> {
                    answerToken(okJson(TOKEN_JSON));
                    answerUser(aResponse().withStatus(200).withBody("{\"id\": " + ACCESS_TOKEN + "}"));
                }),
                Arguments.of("user answer without id", (Runnable) () -> {
                    answerToken(okJson(TOKEN_JSON));
                    answerUser(okJson("{\"kakao_account\":{}}"));
                }),
                Arguments.of("user answer too slow", (Runnable) () -> {
                    answerToken(okJson(TOKEN_JSON));
                    answerUser(okJson(USER_JSON).withFixedDelay(SLOW_ANSWER));
                }),
                Arguments.of("token with a line break", (Runnable) () -> answerToken(okJson(
                        "{\"access_token\":\"" + ACCESS_TOKEN + "\\r\\nX: 1\",\"token_type\":\"bearer\"}"))),
                Arguments.of("past the login timeout", (Runnable) () -> {
                    answerToken(okJson(TOKEN_JSON).withFixedDelay(900));
                    answerUser(okJson(USER_JSON).withFixedDelay(HANGING));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void neither_the_code_nor_the_token_nor_the_secret_appears_in_exceptions_or_logs(String failure, Runnable kakaoAnswers) {
        kakaoAnswers.run();
        KakaoIdentityAdapter adapter = impatientAdapter();

        PrintStream originalErr = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        Throwable thrown;
        try {
            System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
            thrown = catchThrowable(() -> adapter.fetchIdentity(CODE, REDIRECT_URI));
        } finally {
            System.setErr(originalErr);
        }

        assertThat(thrown).isInstanceOfAny(LoginRefusedException.class, IdentityProviderUnavailableException.class);
        String logged = logs.toString(StandardCharsets.UTF_8);
        // The capture must see the adapter's lines, or this test would prove nothing about logs.
        assertThat(logged).contains(KakaoIdentityAdapter.class.getName());
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(t.getMessage() + " / " + t).as("message of %s", t.getClass().getName())
                    .doesNotContain(CODE, ACCESS_TOKEN, CLIENT_SECRET);
        }
        assertThat(logged).doesNotContain(CODE, ACCESS_TOKEN, CLIENT_SECRET);
    }

    private static void answerToken(ResponseDefinitionBuilder answer) {
        kakao.stubFor(post(urlEqualTo("/oauth/token")).willReturn(answer));
    }

    private static void answerUser(ResponseDefinitionBuilder answer) {
        kakao.stubFor(get(urlPathEqualTo("/v2/user/me")).willReturn(answer));
    }

    private static KakaoIdentityAdapter adapter() {
        return adapter(properties(CLIENT_SECRET, READ_TIMEOUT));
    }

    private static KakaoIdentityAdapter impatientAdapter() {
        return adapter(properties(CLIENT_SECRET, SHORT_READ_TIMEOUT));
    }

    private static KakaoIdentityAdapter adapter(KakaoProperties properties) {
        return new KakaoIdentityAdapter(properties);
    }

    private static KakaoProperties properties(String clientSecret, Duration readTimeout) {
        return new KakaoProperties(kakao.baseUrl(), kakao.baseUrl(), CLIENT_ID, clientSecret,
                Duration.ofSeconds(1), readTimeout, LOGIN_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
