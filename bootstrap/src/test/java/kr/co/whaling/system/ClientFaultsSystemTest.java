package kr.co.whaling.system;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client sends wrong is a 4xx {@code application/problem+json}, over real HTTP on the real
 * Tomcat: also what Tomcat refuses before Spring sees the request (the error report valve), what it
 * sends to the container's error page, and malformed query escapes on every endpoint with a query.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientFaultsSystemTest extends SystemTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en");

    private RawHttp raw;
    private String token;

    @BeforeEach
    void rawClientAndMember() {
        raw = new RawHttp(port);
        token = login(7001);
    }

    /** Asserts a problem of this status and returns its JSON. */
    private static JsonNode problem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        return body;
    }

    private Map<String, String> authorized() {
        return Map.of("Authorization", "Bearer " + token, "Accept-Language", "en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/coins", "/votes", "/votes/", "/leaderboard", "/user/points", "/user/created-votes",
            "/user/participated-votes"})
    void a_malformed_percent_escape_in_the_query_is_400_on_every_endpoint_that_takes_a_query(String path) {
        for (String query : List.of("?coin=%ZZ", "?state=ongoing&page=%", "?size=%G1", "?%ZZ=1", "?coin=abc%")) {
            JsonNode body = problem(raw.get(path + query, authorized()), 400);
            assertThat(body.get("detail").asString()).as(path + query).contains("% escape");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/acc-percent", "/stats/accuracy", "/user", "/votes/1"})
    void an_endpoint_without_a_query_ignores_a_malformed_one_or_refuses_it_but_never_fails(String path) {
        RawHttp.Answer answer = raw.get(path + "?coin=%ZZ", authorized());
        if (answer.status() >= 400) {
            problem(answer, answer.status());
            assertThat(answer.status()).isLessThan(500);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/user/points?page=1000000000", "/user/points?page=2147483647&size=100",
            "/user/created-votes?state=ongoing&page=1000000000", "/votes?page=1000000000&size=100",
            "/user/points?page=99999999999", "/votes?size=2147483648", "/leaderboard?size=-1"})
    void an_out_of_range_page_is_400(String target) {
        JsonNode body = problem(raw.get(target, authorized()), 400);
        assertThat(body.get("errors")).isNotNull();
    }

    @Test
    void a_20_kb_header_is_a_problem_from_tomcat_not_its_html_page() {
        problem(raw.get("/votes", Map.of("X-Big", "a".repeat(20 * 1024))), 400);
        // English if Tomcat read Accept-Language before giving up on the headers, else the default, Korean.
        JsonNode unread = problem(raw.get("/coins", Map.of("Accept-Language", "en", "X-Big", "b".repeat(20 * 1024))), 400);
        assertThat(unread.get("title").asString()).isIn("Bad Request", "잘못된 요청");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/votes/%00", "/a%00b", "/votes%00/1", "/%2e%2e/%2e%2e/etc/passwd", "/votes/%ZZ",
            "/votes/1;jsessionid=x", "/votes//1", "/votes/%2F1", "/votes/\\1"})
    void a_bad_path_is_a_400_problem(String target) {
        JsonNode body = problem(raw.get(target, ENGLISH), 400);
        if (!target.contains("\\")) {
            // A backslash breaks the request line itself: then no header was read, and the answer is Korean.
            assertThat(body.get("title").asString()).isEqualTo("Bad Request");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/error"})
    void a_hidden_path_and_the_error_page_itself_are_404_problems(String target) {
        JsonNode body = problem(raw.get(target, ENGLISH), 404);
        assertThat(body.get("title").asString()).isEqualTo("Not Found");
    }

    @Test
    void an_unknown_path_is_401_without_a_token_and_404_with_one() {
        problem(raw.get("/no/such/path", ENGLISH), 401);
        problem(raw.get("/no/such/path", authorized()), 404);
    }

    @Test
    void trace_is_a_405_problem() {
        JsonNode body = problem(raw.send("TRACE", "/votes", ENGLISH, null), 405);
        assertThat(body.get("title").asString()).isEqualTo("Method Not Allowed");
        problem(raw.send("TRACE", "/user", authorized(), null), 405);
    }

    @Test
    void a_wrong_method_is_a_405_problem() {
        problem(raw.send("PUT", "/coins", authorized(), "{}".getBytes(StandardCharsets.UTF_8)), 405);
        problem(raw.send("DELETE", "/votes/1", authorized(), null), 405);
    }

    @Test
    void an_unacceptable_accept_header_is_a_406_problem_with_a_body() {
        JsonNode body = problem(raw.get("/coins", Map.of("Accept", "text/csv", "Accept-Language", "en")), 406);
        assertThat(body.get("title").asString()).isEqualTo("Not Acceptable");
        problem(raw.get("/votes", Map.of("Accept", "image/png")), 406);
    }

    @Test
    void a_form_body_is_refused_as_an_unsupported_type_and_never_decoded(CapturedOutput output) {
        for (String method : List.of("PATCH", "PUT", "DELETE", "POST")) {
            JsonNode body = problem(raw.send(method, "/user/nickname",
                    Map.of("Authorization", "Bearer " + token, "Content-Type", "application/x-www-form-urlencoded"),
                    "nickname=%ZZ".getBytes(StandardCharsets.UTF_8)), method.equals("PATCH") ? 415 : 405);
            assertThat(body.get("instance").asString()).isEqualTo("/user/nickname");
        }
        // No filter decodes form bodies (the API reads JSON only), so none fails on one with an ERROR line.
        assertThat(output.getAll()).doesNotContain("Could not decode HTTP form payload");
    }

    @Test
    void a_multipart_body_that_is_no_multipart_is_400() {
        problem(raw.send("POST", "/votes", Map.of("Authorization", "Bearer " + token,
                "Content-Type", "multipart/form-data; boundary=x"), "--x\r\n\r\n".getBytes(StandardCharsets.UTF_8)), 400);
        problem(raw.send("POST", "/auth/token/refresh", Map.of("Content-Type", "multipart/form-data; boundary=x"),
                "--x\r\n\r\n".getBytes(StandardCharsets.UTF_8)), 400);
    }

    @Test
    void a_kakao_code_or_redirect_uri_that_is_no_valid_parameter_is_400_before_kakao_and_never_logged(
            CapturedOutput output) {
        String code = "CODE-SECRET-5150\r\nX-Injected: 1";
        for (String body : List.of(
                "{\"code\": \"CODE-SECRET-5150\\r\\nX-Injected: 1\", \"redirect_uri\": \"https://whaling.example/cb\"}",
                "{\"code\": \"CODE-SECRET-5150\\u0000\", \"redirect_uri\": \"https://whaling.example/cb\"}",
                "{\"code\": \"CODE-SECRET-5150" + "x".repeat(600) + "\", \"redirect_uri\": \"https://whaling.example/cb\"}",
                "{\"code\": \"CODE-SECRET-5150\", \"redirect_uri\": \"javascript:alert(1)\"}",
                "{\"code\": \"CODE-SECRET-5150\", \"redirect_uri\": \"https://whaling.example/cb\\nX: 1\"}")) {
            Api.Reply reply = api.post("/auth", null, body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        FAKES.verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")).withRequestBody(containing("CODE-SECRET")));
        assertThat(output.getAll()).doesNotContain("CODE-SECRET-5150", code);
    }
}
