package kr.co.whaling.adapter.in.web;

import static kr.co.whaling.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import kr.co.whaling.adapter.in.web.security.InvalidTokenException;
import kr.co.whaling.adapter.in.web.security.JwtProperties;
import kr.co.whaling.adapter.in.web.security.TestTokens;
import kr.co.whaling.application.member.IdentityProviderUnavailableException;
import kr.co.whaling.application.member.LoginRefusedException;
import kr.co.whaling.application.member.model.LoginResult;
import kr.co.whaling.application.member.model.MemberProfile;
import kr.co.whaling.application.member.port.in.LoginWithKakaoCommand;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MvcResult;

class AuthControllerTest extends WebSliceTest {

    private static final String LOGIN = """
            {"code": "kakao-code", "redirect_uri": "https://whaling.example/oauth"}
            """;

    @Autowired
    JwtProperties jwtProperties;

    private TestTokens testTokens;

    @BeforeEach
    void setUp() {
        testTokens = new TestTokens(jwtProperties);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/auth", "/auth/"})
    void a_first_login_is_201_with_the_whole_member_and_working_tokens(String path) throws Exception {
        Member member = aMember().withId(77).withNickname("user3000000077").withPoints(300)
                .withProfileImage("https://k.kakaocdn.net/77.jpg", false).build();
        given(login.login(any())).willReturn(new LoginResult(new MemberProfile(member, false), true));

        MvcResult result = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(LOGIN))
                .andExpect(status().isCreated())
                // Exactly GET /user's object: the frontend keeps it as the member.
                .andExpect(content().json("""
                        {"user": {"nickname": "user3000000077", "acc_percent": 0.0, "point": 300,
                                  "profile_img": "https://k.kakaocdn.net/77.jpg", "is_default_profile": false,
                                  "is_whale": false, "right_count": 0, "wrong_count": 0}}
                        """, JsonCompareMode.LENIENT))
                .andReturn();

        verify(login).login(new LoginWithKakaoCommand("kakao-code", "https://whaling.example/oauth"));
        String body = result.getResponse().getContentAsString();
        assertThat(JsonPath.<Map<String, Object>>read(body, "$")).containsOnlyKeys("user", "token");
        assertThat(JsonPath.<Map<String, Object>>read(body, "$.user")).containsOnlyKeys("nickname", "acc_percent",
                "point", "profile_img", "is_default_profile", "is_whale", "right_count", "wrong_count");
        assertThat(JsonPath.<Map<String, Object>>read(body, "$.token"))
                .containsOnlyKeys("access_token", "refresh_token");
        String access = JsonPath.read(body, "$.token.access_token");
        String refresh = JsonPath.read(body, "$.token.refresh_token");
        assertThat(tokens.verifyAccessToken(access)).isEqualTo(new MemberId(77));
        assertThat(tokens.verifyAccessToken(tokens.refresh(refresh))).isEqualTo(new MemberId(77));
        assertThatThrownBy(() -> tokens.verifyAccessToken(refresh)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_returning_login_is_200_with_the_member_as_get_user_shows_them() throws Exception {
        Member member = aMember().withId(78).withNickname("고래").withPoints(1230).withAccuracy(7, 3).build();
        given(login.login(any())).willReturn(new LoginResult(new MemberProfile(member, true), false));
        given(getProfile.getProfile(new MemberId(78))).willReturn(new MemberProfile(member, true));
        String profile = mvc.perform(get("/user").header(HttpHeaders.AUTHORIZATION, bearer(78)))
                .andReturn().getResponse().getContentAsString();

        mvc.perform(post("/auth").contentType(MediaType.APPLICATION_JSON).content(LOGIN))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"user\": " + profile + "}", JsonCompareMode.LENIENT))
                .andExpect(jsonPath("$.user.is_whale").value(true))
                .andExpect(jsonPath("$.user.point").value(1230))
                .andExpect(jsonPath("$.token.access_token").isString())
                .andExpect(jsonPath("$.token.refresh_token").isString());
    }

    @Test
    void a_refused_code_is_401() throws Exception {
        given(login.login(any())).willThrow(new LoginRefusedException("invalid_grant"));

        mvc.perform(post("/auth").contentType(MediaType.APPLICATION_JSON).content(LOGIN))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(content().json("""
                        {"status": 401, "title": "인증 필요", "instance": "/auth",
                         "detail": "카카오 로그인에 실패했습니다. 인가 코드가 올바르지 않거나 만료되었습니다."}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void kakao_unreachable_is_502() throws Exception {
        given(login.login(any())).willThrow(new IdentityProviderUnavailableException("timeout", null));

        mvc.perform(post("/auth").contentType(MediaType.APPLICATION_JSON).content(LOGIN)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.title").value("Bad Gateway"))
                .andExpect(jsonPath("$.detail").value("Kakao cannot be reached right now. Please try again shortly."));
    }

    @Test
    void a_login_without_code_is_400() throws Exception {
        mvc.perform(post("/auth").contentType(MediaType.APPLICATION_JSON).content("{\"redirect_uri\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.code").value("필수 값입니다."));
        verifyNoInteractions(login);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"code\": \"abc\\r\\ndef\", \"redirect_uri\": \"https://whaling.example/oauth\"}",
        "{\"code\": \"abc\\u0000\", \"redirect_uri\": \"https://whaling.example/oauth\"}",
        "{\"code\": \"%s\", \"redirect_uri\": \"https://whaling.example/oauth\"}"
    })
    void a_code_that_is_not_a_valid_parameter_is_400_before_kakao_is_asked(String template) throws Exception {
        String body = template.contains("%s") ? template.formatted("c".repeat(10_000)) : template;

        mvc.perform(post("/auth").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.code").value(
                        "This is not a Kakao authorization code (at most 512 characters, no spaces or control characters)."));
        verifyNoInteractions(login);
    }

    @ParameterizedTest
    @ValueSource(strings = {"whaling.example/oauth", "ftp://whaling.example/", "javascript:alert(1)",
            "https://whaling.example/a b", "https://whaling.example/\\r\\n"})
    void a_redirect_uri_that_is_not_an_http_url_is_400_before_kakao_is_asked(String redirectUri) throws Exception {
        mvc.perform(post("/auth").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"kakao-code\", \"redirect_uri\": \"" + redirectUri + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.redirect_uri").exists());
        verifyNoInteractions(login);
    }

    @Test
    void a_stale_token_does_not_prevent_login() throws Exception {
        given(login.login(any())).willReturn(new LoginResult(new MemberProfile(aMember().build(), false), false));

        mvc.perform(post("/auth").contentType(MediaType.APPLICATION_JSON).content(LOGIN)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + testTokens.expiredAccessToken(5)))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/auth/token/verify", "/auth/token/verify/"})
    void verify_accepts_a_valid_access_token(String path) throws Exception {
        mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, bearer(5)))
                .andExpect(status().isOk())
                .andExpect(content().json("{}", JsonCompareMode.STRICT));
    }

    @Test
    void verify_without_a_header_is_400() throws Exception {
        mvc.perform(post("/auth/token/verify"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.authorization").value("필수 헤더입니다."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "refresh", "forged", "unsigned", "garbage", "basic"})
    void verify_refuses_a_bad_token_with_401(String kind) throws Exception {
        String header = switch (kind) {
            case "expired" -> "Bearer " + testTokens.expiredAccessToken(5);
            case "refresh" -> "Bearer " + testTokens.validRefreshToken(5);
            case "forged" -> "Bearer " + testTokens.withForgedSubject(testTokens.validAccessToken(5), 6);
            case "unsigned" -> "Bearer " + testTokens.unsigned(5);
            case "basic" -> "Basic dXNlcjpwYXNz";
            default -> "Bearer abc.def";
        };

        mvc.perform(post("/auth/token/verify").header(HttpHeaders.AUTHORIZATION, header)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.detail").value("The token is expired or invalid."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/auth/token/refresh", "/auth/token/refresh/"})
    void refresh_gives_a_new_access_token_under_both_names_that_opens_the_api(String path) throws Exception {
        String refresh = tokens.issue(new MemberId(9)).refreshToken();
        MvcResult result = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refresh_token\": \"" + refresh + "\"}"))
                .andExpect(status().isOk())
                .andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(JsonPath.<Map<String, Object>>read(body, "$")).containsOnlyKeys("access", "access_token");
        // The frontend reads "access", as the original server answered.
        String access = JsonPath.read(body, "$.access");
        assertThat(JsonPath.<String>read(body, "$.access_token")).isEqualTo(access);

        given(getProfile.getProfile(new MemberId(9))).willReturn(new MemberProfile(aMember().withId(9).build(), false));
        mvc.perform(get("/user").header(HttpHeaders.AUTHORIZATION, "Bearer " + access))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"access", "expired", "forged", "garbage"})
    void refresh_refuses_anything_but_a_valid_refresh_token(String kind) throws Exception {
        String token = switch (kind) {
            case "access" -> tokens.issue(new MemberId(9)).accessToken();
            case "expired" -> testTokens.expiredRefreshToken(9);
            case "forged" -> testTokens.withBrokenSignature(testTokens.validRefreshToken(9));
            default -> "garbage";
        };

        mvc.perform(post("/auth/token/refresh").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refresh_token\": \"" + token + "\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("토큰이 만료되었거나 올바르지 않습니다."));
    }

    @Test
    void refresh_for_a_member_who_no_longer_exists_is_401() throws Exception {
        String refresh = tokens.issue(new MemberId(404)).refreshToken();
        given(getProfile.getProfile(new MemberId(404))).willThrow(new NotFoundException("member", new MemberId(404)));

        mvc.perform(post("/auth/token/refresh").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refresh_token\": \"" + refresh + "\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("토큰이 만료되었거나 올바르지 않습니다."));
    }

    @Test
    void refresh_without_a_token_is_400() throws Exception {
        mvc.perform(post("/auth/token/refresh").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.refresh_token").value("필수 값입니다."));
    }
}
