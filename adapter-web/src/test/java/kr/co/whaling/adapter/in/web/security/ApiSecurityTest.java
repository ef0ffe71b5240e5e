package kr.co.whaling.adapter.in.web.security;

import static kr.co.whaling.domain.testdata.MemberBuilder.aMember;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.co.whaling.adapter.in.web.WebSliceTest;
import kr.co.whaling.application.member.model.MemberProfile;
import kr.co.whaling.application.vote.port.in.CreateVoteCommand;
import kr.co.whaling.domain.accuracy.AccuracyStats;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

/** Who may call what: public calls, protected calls, and every kind of bad token. */
class ApiSecurityTest extends WebSliceTest {

    private static final long ME = 42;

    @Autowired
    JwtProperties jwtProperties;

    private TestTokens testTokens;

    @BeforeEach
    void setUp() {
        testTokens = new TestTokens(jwtProperties);
        given(getProfile.getProfile(new MemberId(ME))).willReturn(new MemberProfile(aMember().withId(ME).build(), false));
    }

    @Test
    void a_valid_access_token_opens_a_protected_call() throws Exception {
        mvc.perform(get("/user").header(HttpHeaders.AUTHORIZATION, bearer(ME)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        verify(getProfile).getProfile(new MemberId(ME));
    }

    @Test
    void a_header_with_a_control_character_is_refused_by_the_firewall_as_a_400_problem() throws Exception {
        // The firewall checks a header when it is read: the bearer token always is. (Tomcat itself
        // refuses ASCII control characters; U+0085 arrives as an ISO-8859-1 byte and reaches it.)
        mvc.perform(get("/user").header(HttpHeaders.AUTHORIZATION, bearer(ME) + "\u0085"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(content().json("""
                        {"status": 400, "detail": "요청의 주소나 헤더에 허용되지 않는 문자가 있습니다.", "instance": "/user"}
                        """));
        mvc.perform(get("/votes").header(HttpHeaders.AUTHORIZATION, "Bearer \u0085")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "The request address or a header contains characters that are not allowed."));
        verifyNoInteractions(getProfile);
    }

    @Test
    void no_token_is_401_problem_with_a_bearer_challenge() throws Exception {
        mvc.perform(get("/user"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(content().json("""
                        {"status": 401, "title": "인증 필요", "detail": "로그인이 필요합니다.", "instance": "/user"}
                        """, JsonCompareMode.STRICT));
        verifyNoInteractions(getProfile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/html", "*/*"})
    void the_401_problem_is_json_whatever_the_client_accepts(String accept) throws Exception {
        mvc.perform(get("/user").header(HttpHeaders.ACCEPT, accept))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void no_token_is_401_in_english_on_request() throws Exception {
        mvc.perform(get("/user/points").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.detail").value("Login required."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "broken-signature", "forged-subject", "alg-none", "refresh-as-access",
            "other-secret", "other-issuer", "no-type", "non-numeric-subject", "garbage"})
    void a_bad_token_on_a_protected_call_is_401(String kind) throws Exception {
        Instant now = Instant.now();
        String token = switch (kind) {
            case "expired" -> testTokens.expiredAccessToken(ME);
            case "broken-signature" -> testTokens.withBrokenSignature(testTokens.validAccessToken(ME));
            case "forged-subject" -> testTokens.withForgedSubject(testTokens.validAccessToken(7), ME);
            case "alg-none" -> testTokens.unsigned(ME);
            case "refresh-as-access" -> tokens.issue(new MemberId(ME)).refreshToken();
            case "other-secret" -> testTokens.signedWithAnotherSecret(ME);
            case "other-issuer" -> testTokens.fromAnotherIssuer(ME);
            case "no-type" -> testTokens.token(Long.toString(ME), null, now, now.plusSeconds(600));
            case "non-numeric-subject" -> testTokens.token("admin", "access", now, now.plusSeconds(600));
            default -> "e30.e30.e30";
        };

        mvc.perform(get("/user").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.detail").value("토큰이 만료되었거나 올바르지 않습니다."));
        verifyNoInteractions(getProfile);
    }

    @Test
    void a_malformed_authorization_header_on_a_protected_call_is_401() throws Exception {
        mvc.perform(get("/user").header(HttpHeaders.AUTHORIZATION, "Bearer "))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON));
    }

    @Test
    void a_malformed_authorization_header_on_a_public_call_is_ignored() throws Exception {
        given(getAccuracyStats.getAccuracyStats())
                .willReturn(new AccuracyStats(AccuracyStats.Breakdown.NONE, Map.of(), Map.of()));

        mvc.perform(get("/acc-percent").header(HttpHeaders.AUTHORIZATION, "Bearer "))
                .andExpect(status().isOk());
    }

    @Test
    void public_calls_need_no_token() throws Exception {
        given(getAccuracyStats.getAccuracyStats())
                .willReturn(new AccuracyStats(AccuracyStats.Breakdown.NONE, Map.of(), Map.of()));
        given(listCoins.listCoins(any())).willReturn(List.of());
        given(getLeaderboard.getLeaderboard(any())).willReturn(List.of());

        for (String path : List.of("/coins", "/coins/", "/acc-percent", "/acc-percent/", "/stats/accuracy",
                "/stats/accuracy/", "/leaderboard", "/leaderboard/")) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html", "/actuator/health",
            "/actuator/health/liveness", "/actuator/prometheus"})
    void operations_and_documentation_paths_are_not_blocked(String path) throws Exception {
        // Nothing serves them in this web slice: a 404 (not a 401) shows security lets them through.
        mvc.perform(get(path))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("찾을 수 없음"));
    }

    @Test
    void any_other_path_needs_a_token() throws Exception {
        mvc.perform(get("/admin/secrets")).andExpect(status().isUnauthorized());
        mvc.perform(post("/coins")).andExpect(status().isUnauthorized());
    }

    @Test
    void an_unknown_path_with_a_token_is_404_problem() throws Exception {
        mvc.perform(get("/no-such-thing").header(HttpHeaders.AUTHORIZATION, bearer(ME)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON));
    }

    @Test
    void a_wrong_method_is_405_problem() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/user")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ME)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Method Not Allowed"));
    }

    @Test
    void the_acting_member_comes_only_from_the_token() throws Exception {
        given(createVote.createVote(any())).willReturn(new VoteId(1));

        mvc.perform(post("/votes?member_id=7").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"coin_code": "BTC", "duration": "day", "range": 3, "comment": "up",
                                 "creator_id": 7, "member_id": 7, "user_id": 7}
                                """)
                        .header(HttpHeaders.AUTHORIZATION, bearer(ME)))
                .andExpect(status().isCreated());

        verify(createVote).createVote(new CreateVoteCommand(new MemberId(ME), "BTC", Direction.UP, 3, Horizon.DAY));
    }

    @Test
    void cors_preflight_from_a_configured_origin_is_allowed_with_credentials() throws Exception {
        mvc.perform(options("/votes/").header(HttpHeaders.ORIGIN, "https://whaling.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://whaling.example"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        org.hamcrest.Matchers.containsString("POST")))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "authorization, content-type"))
                .andExpect(header().stringValues(HttpHeaders.VARY, org.hamcrest.Matchers.hasItem("Origin")));
        verifyNoInteractions(createVote);
    }

    @Test
    void a_preflight_of_login_never_reaches_the_login() throws Exception {
        Map<String, Integer> statusByOrigin = Map.of("https://whaling.example", 200, "https://evil.example", 403);
        for (var origin : statusByOrigin.entrySet()) {
            mvc.perform(options("/auth").header(HttpHeaders.ORIGIN, origin.getKey())
                            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"code\": \"kakao-code\", \"redirect_uri\": \"https://whaling.example/oauth\"}"))
                    .andExpect(status().is(origin.getValue()));
        }
        verifyNoInteractions(login);
    }

    @Test
    void cors_origin_patterns_are_honoured() throws Exception {
        mvc.perform(options("/user").header(HttpHeaders.ORIGIN, "https://pr-12.preview.whaling.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
                        "https://pr-12.preview.whaling.example"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true"));
        verifyNoInteractions(getProfile);
    }

    @Test
    void cors_from_an_unknown_origin_is_refused() throws Exception {
        mvc.perform(options("/votes").header(HttpHeaders.ORIGIN, "https://evil.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS));
    }

    @Test
    void a_call_from_an_unknown_origin_gets_no_allowance_and_runs_nothing() throws Exception {
        mvc.perform(post("/auth").header(HttpHeaders.ORIGIN, "https://whaling.example.evil.example")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"kakao-code\", \"redirect_uri\": \"https://whaling.example/oauth\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS));
        mvc.perform(get("/user").header(HttpHeaders.ORIGIN, "http://whaling.example")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ME)))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        verifyNoInteractions(login, getProfile);
    }

    @Test
    void cors_exposes_the_paging_headers() throws Exception {
        given(listCoins.listCoins(any())).willReturn(List.of());

        mvc.perform(get("/coins").header(HttpHeaders.ORIGIN, "https://whaling.example"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://whaling.example"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("X-Total-Count"),
                                org.hamcrest.Matchers.containsString("Link"))));
    }
}
