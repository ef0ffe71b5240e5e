package kr.co.whaling.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Login, profile and nickname over HTTP. */
class MemberSystemTest extends SystemTestBase {

    @Test
    void first_login_signs_up_with_201_and_the_next_one_answers_200() {
        fakes.kakaoUser(1001);
        String body = "{\"code\": \"code-1001\", \"redirect_uri\": \"https://whaling.example/callback\"}";

        Api.Reply first = api.post("/auth", null, body);
        Api.Reply second = api.post("/auth/", null, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("user").get("nickname").asString()).isEqualTo("user1001");
        assertThat(first.json().get("token").get("access_token").asString()).isNotBlank();
        assertThat(first.json().get("token").get("refresh_token").asString()).isNotBlank();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("user").get("nickname").asString()).isEqualTo("user1001");
    }

    @Test
    void a_new_member_has_300_points_no_accuracy_and_the_kakao_profile_image() {
        String token = login(1002);

        Api.Reply me = api.get("/user", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("point").asLong()).isEqualTo(300);
        assertThat(me.json().get("acc_percent").asDouble()).isZero();
        assertThat(me.json().get("is_whale").asBoolean()).isFalse();
        assertThat(me.json().get("right_count").asLong()).isZero();
        assertThat(me.json().get("profile_img").asString()).isEqualTo("https://img.example/1002.jpg");
        assertThat(api.get("/user/points", token).json().get(0).get("reason").asString()).isEqualTo("signup_grant");
    }

    @Test
    void kakao_refusing_the_code_is_401_and_signs_nobody_up() {
        Api.Reply reply = api.post("/auth", null, "{\"code\": \"used-code\", \"redirect_uri\": \"https://x.example/cb\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void protected_calls_need_a_valid_access_token() {
        assertThat(api.get("/user", null).status()).isEqualTo(401);
        assertThat(api.get("/user", "not-a-token").status()).isEqualTo(401);
        assertThat(api.post("/votes", null, "{}").status()).isEqualTo(401);
    }

    @Test
    void a_refresh_token_gives_a_new_access_token_but_is_no_access_token_itself() {
        fakes.kakaoUser(1003);
        Api.Reply login = api.post("/auth", null, "{\"code\": \"code-1003\", \"redirect_uri\": \"https://x.example/cb\"}");
        String refresh = login.json().get("token").get("refresh_token").asString();

        Api.Reply refreshed = api.post("/auth/token/refresh", null, "{\"refresh_token\": \"" + refresh + "\"}");

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(api.get("/user", refreshed.json().get("access_token").asString()).status()).isEqualTo(200);
        assertThat(api.get("/user", refresh).status()).isEqualTo(401);
    }

    @Test
    void nicknames_are_checked_changed_and_unique_case_insensitively() {
        String alice = login(1004);
        String bob = login(1005);

        assertThat(api.post("/user/nickname/check", alice, "{\"nickname\": \"고래왕\"}").status()).isEqualTo(200);
        assertThat(api.patch("/user/nickname", alice, "{\"nickname\": \"WhaleKing\"}").status()).isEqualTo(200);
        assertThat(api.get("/user", alice).json().get("nickname").asString()).isEqualTo("WhaleKing");

        assertThat(api.post("/user/nickname/check", alice, "{\"nickname\": \"WhaleKing\"}").status()).isEqualTo(200);
        assertThat(api.post("/user/nickname/check", bob, "{\"nickname\": \"whaleking\"}").status()).isEqualTo(409);
        assertThat(api.patch("/user/nickname/", bob, "{\"nickname\": \"WHALEKING\"}").status()).isEqualTo(409);

        Api.Reply invalid = api.patch("/user/nickname", bob, "{\"nickname\": \"no spaces\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").has("nickname")).isTrue();
        assertThat(api.get("/user", bob).json().get("nickname").asString()).isEqualTo("user1005");
    }

    @Test
    void a_returning_login_never_overwrites_the_chosen_nickname() {
        String token = login(1006);
        api.patch("/user/nickname", token, "{\"nickname\": \"크릴\"}");

        login(1006);

        assertThat(api.get("/user", token).json().get("nickname").asString()).isEqualTo("크릴");
    }
}
