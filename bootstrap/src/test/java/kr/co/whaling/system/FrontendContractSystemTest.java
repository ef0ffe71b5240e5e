package kr.co.whaling.system;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;

/**
 * The existing frontend's contract (spec/api.md, "The frontend's real calls"): a member's whole
 * journey replayed call for call as the frontend sends them (paths with their trailing slashes,
 * bodies as sent, no query where it sends none), from a browser on the allowed origin that sends a
 * CORS preflight before each call a browser preflights and hides every answer CORS does not allow.
 * Each answer is checked for its status and for every field the frontend reads, with the JSON type it
 * expects. A second test shows another origin gets no CORS allowance, and that no preflight reaches a
 * controller.
 */
class FrontendContractSystemTest extends SystemTestBase {


    private static final JsonNodeType NUMBER = JsonNodeType.NUMBER;
    private static final JsonNodeType STRING = JsonNodeType.STRING;
    private static final JsonNodeType BOOLEAN = JsonNodeType.BOOLEAN;
    private static final JsonNodeType OBJECT = JsonNodeType.OBJECT;
    private static final JsonNodeType NULL = JsonNodeType.NULL;

    private static final String ALICE_CODE = """
            {"code": "code-5001", "redirect_uri": "https://whaling.example/oauth/kakao"}""";
    private static final String BOB_CODE = """
            {"code": "code-5002", "redirect_uri": "https://whaling.example/oauth/kakao"}""";
    /** A day question asked at START closes 8 hours later and settles a day later. */
    private static final Instant CLOSES_AT = START.plus(Duration.ofHours(8));
    private static final Instant SETTLES_AT = START.plus(Duration.ofDays(1));

    @Test
    void a_members_whole_journey_through_the_frontends_own_calls() {
        fakes.kakaoUser(5001);
        fakes.kakaoUser(5002);
        pricesAre("100000000");
        Browser alice = new Browser(api, FRONTEND_ORIGIN);
        Browser bob = new Browser(api, FRONTEND_ORIGIN);

        // The login page checks for a stored token: none yet.
        assertThat(alice.post("/auth/token/verify", "{\"headers\": {\"Authorization\": \"Bearer null\"}}").status())
                .isEqualTo(400);

        // Kakao's code: a new member goes on to sign-up (201) and is kept as the member.
        Api.Reply login = alice.post("/auth", ALICE_CODE);
        assertThat(login.status()).as(login.raw().body()).isEqualTo(201);
        JsonNode member = login.json().get("user");
        assertProfile(member);
        assertThat(member.get("point").asLong()).isEqualTo(300);
        assertTypes(login.json().get("token"), Map.of("access_token", STRING, "refresh_token", STRING));
        String refreshToken = login.json().get("token").get("refresh_token").asString();
        alice.useToken(login.json().get("token").get("access_token").asString());
        assertThat(alice.post("/auth/token/verify",
                "{\"headers\": {\"Authorization\": \"Bearer " + login.json().get("token").get("access_token").asString()
                        + "\"}}").status()).isEqualTo(200);

        // Sign-up: the nickname is checked, then taken.
        assertThat(alice.post("/user/nickname/check", "{\"nickname\": \"고래왕\"}").status()).isEqualTo(200);
        assertThat(alice.patch("/user/nickname", "{\"nickname\": \"고래왕\"}").status()).isEqualTo(200);
        JsonNode profile = alice.get("/user").json();
        assertProfile(profile);
        assertThat(profile.get("nickname").asString()).isEqualTo("고래왕");
        // POST /auth's user is GET /user's object: the same fields, the same values but the new nickname.
        assertThat(fieldNames(member)).containsExactlyElementsOf(fieldNames(profile));
        fieldNames(profile).stream().filter(name -> !name.equals("nickname"))
                .forEach(name -> assertThat(member.get(name)).as(name).isEqualTo(profile.get(name)));

        // The main page, before anyone asked anything.
        assertMyVotes(alice.get("/user/created-votes"), 0, 0);
        assertThat(alice.get("/votes").json()).isEmpty();

        // Asking: the coins to choose from, then two questions.
        JsonNode coins = alice.get("/coins").json();
        assertThat(coins).isNotEmpty().allSatisfy(coin ->
                assertTypes(coin, Map.of("code", STRING, "krname", STRING, "image", STRING)));
        assertThat(coins).anySatisfy(coin -> assertThat(coin.get("code").asString()).isEqualTo("BTC"));
        assertThat(alice.post("/votes/", """
                {"coin_code": "BTC", "duration": "day", "range": 5, "comment": "up"}""").status()).isEqualTo(201);
        assertThat(alice.post("/votes/", """
                {"coin_code": "ETH", "duration": "week", "range": 3, "comment": "down"}""").status()).isEqualTo(201);

        // The listing, fetched once with no query: both questions, newest first, each with every field.
        Api.Reply listing = alice.get("/votes");
        assertThat(listing.status()).isEqualTo(200);
        assertThat(alice.exposedHeader(listing, "X-Total-Count")).isEqualTo("2");
        assertThat(listing.json()).hasSize(2).allSatisfy(vote -> assertVote(vote, "ongoing"));
        long ethQuestion = listing.json().get(0).get("vote_id").asLong();
        long btcQuestion = listing.json().get(1).get("vote_id").asLong();
        assertThat(listing.json().get(1).get("coin").get("code").asString()).isEqualTo("BTC");
        JsonNode asked = alice.get("/votes/" + btcQuestion).json();
        assertVote(asked, "ongoing");
        assertThat(asked.get("user").get("choice").getNodeType()).isEqualTo(NULL);
        assertThat(asked.get("uploader").asString()).isEqualTo("고래왕");

        // Another member logs in (the member exists at once), and answers YES.
        Api.Reply bobLogin = bob.post("/auth", BOB_CODE);
        assertThat(bobLogin.status()).isEqualTo(201);
        bob.useToken(bobLogin.json().get("token").get("access_token").asString());
        assertThat(bob.post("/votes/" + btcQuestion + "/choice/", "{\"choice\": 1}").status()).isEqualTo(201);
        JsonNode answered = bob.get("/votes/" + btcQuestion).json();
        assertVote(answered, "ongoing");
        assertThat(answered.get("user").get("choice").getNodeType()).isEqualTo(NUMBER);
        assertThat(answered.get("user").get("choice").asInt()).isEqualTo(1);
        assertThat(answered.get("total_participants").asLong()).isEqualTo(1);

        // Answering closes: the listing holds the finished question beside the ongoing one.
        CLOCK.set(CLOSES_AT.plusSeconds(60));
        voteLifecycleJob.run();
        JsonNode open = bob.get("/votes").json();
        assertThat(open).hasSize(2);
        assertVote(open.get(0), "ongoing");
        assertVote(open.get(1), "finished");

        // A day later the question is settled.
        CLOCK.set(SETTLES_AT.plus(Duration.ofMinutes(10)));
        fakes.btcCandle(SETTLES_AT, "106000000");
        voteLifecycleJob.run();

        // The access token expires (the system tests' lifetime, SystemTestBase): the frontend refreshes it.
        CLOCK.set(START.plus(ACCESS_TOKEN_TTL).plus(Duration.ofMinutes(10)));
        Api.Reply expired = alice.get("/user");
        assertThat(expired.status()).isEqualTo(401);
        Api.Reply refreshed = alice.post("/auth/token/refresh/", "{\"refresh_token\": \"" + refreshToken + "\"}");
        assertThat(refreshed.status()).isEqualTo(200);
        assertTypes(refreshed.json(), Map.of("access", STRING));
        alice.useToken(refreshed.json().get("access").asString());
        assertThat(alice.get("/user").status()).isEqualTo(200);

        // My page: every state, newest first, with both counts.
        JsonNode created = assertMyVotes(alice.get("/user/created-votes"), 1, 1);
        assertThat(created.get("votes")).extracting(vote -> vote.get("vote_id").asLong())
                .containsExactly(ethQuestion, btcQuestion);
        assertThat(created.get("votes").get(1).get("state").asString()).isEqualTo("tracked");

        Api.Reply bobAgain = bob.post("/auth", BOB_CODE);
        assertThat(bobAgain.status()).as("a returning member").isEqualTo(200);
        assertProfile(bobAgain.json().get("user"));
        assertThat(bobAgain.json().get("user").get("point").asLong()).isEqualTo(300 - 10 + 20);
        bob.useToken(bobAgain.json().get("token").get("access_token").asString());
        JsonNode participated = assertMyVotes(bob.get("/user/participated-votes"), 0, 1);
        JsonNode settled = participated.get("votes").get(0);
        assertThat(settled.get("vote_id").asLong()).isEqualTo(btcQuestion);
        assertThat(settled.get("state").asString()).isEqualTo("tracked");
        assertTypes(settled, Map.of("is_answer", BOOLEAN));
        assertThat(settled.get("is_answer").asBoolean()).as("the crowd said YES and BTC rose 6%").isTrue();
        assertTypes(settled.get("user"), Map.of("participated_at", STRING));
        assertSeoulTime(settled.get("user").get("participated_at"));

        // Settled questions leave the listing; the service's hit rate is a string.
        assertThat(bob.get("/votes").json()).extracting(vote -> vote.get("vote_id").asLong())
                .containsExactly(ethQuestion);
        Api.Reply accuracy = bob.get("/acc-percent");
        assertTypes(accuracy.json(), Map.of("acc_percent", STRING));
        assertThat(accuracy.json().get("acc_percent").asString()).isEqualTo("100.0");

        // Every call but the anonymous ones carried a token or a JSON body, and was preflighted.
        assertThat(alice.preflights() + bob.preflights()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void another_origin_gets_no_cors_allowance_and_no_preflight_reaches_a_controller() {
        fakes.kakaoUser(5003);
        String login = "{\"code\": \"code-5003\", \"redirect_uri\": \"https://whaling.example/oauth/kakao\"}";

        // A preflight of the login, from the allowed origin and from another: allowed or not, no login runs.
        Api.Reply allowedPreflight = api.send("OPTIONS", "/auth", preflightOf("POST", FRONTEND_ORIGIN), null);
        Api.Reply otherPreflight = api.send("OPTIONS", "/auth/", preflightOf("POST", "https://evil.example"), null);
        assertThat(allowedPreflight.status()).isEqualTo(200);
        assertThat(allowedPreflight.header("Access-Control-Allow-Origin")).isEqualTo(FRONTEND_ORIGIN);
        assertThat(otherPreflight.status()).isEqualTo(403);
        assertNoAllowance(otherPreflight);
        // Even a preflight carrying a body and a token, as no browser sends it.
        Map<String, String> withToken = new LinkedHashMap<>(preflightOf("POST", FRONTEND_ORIGIN));
        withToken.put("Authorization", "Bearer not-checked-here");
        assertThat(api.send("OPTIONS", "/auth", withToken, login).status()).isEqualTo(200);
        assertThat(kakaoCodeExchanges()).as("Kakao asked for a code").isZero();
        assertThat(members()).as("members signed up").isZero();

        // The calls themselves from another origin: no allowance, and the login does not run either.
        Map<String, String> evil = Map.of("Origin", "https://evil.example");
        Api.Reply evilLogin = api.send("POST", "/auth", evil, login);
        assertNoAllowance(evilLogin);
        assertThat(evilLogin.status()).isEqualTo(403);
        assertThat(kakaoCodeExchanges()).isZero();
        assertThat(members()).isZero();
        assertNoAllowance(api.send("GET", "/votes", evil, null));
        assertNoAllowance(api.send("GET", "/coins", Map.of("Origin", "https://whaling.example.evil.example"), null));
        assertNoAllowance(api.send("OPTIONS", "/user/nickname",
                preflightOf("PATCH", "http://whaling.example"), null));

        // The same login from the frontend's origin does run: the fakes and the database were listening.
        Api.Reply frontendLogin = api.send("POST", "/auth", Map.of("Origin", FRONTEND_ORIGIN), login);
        assertThat(frontendLogin.status()).isEqualTo(201);
        assertThat(kakaoCodeExchanges()).isEqualTo(1);
        assertThat(members()).isEqualTo(1);
    }

    private static Map<String, String> preflightOf(String method, String origin) {
        return Map.of("Origin", origin, "Access-Control-Request-Method", method,
                "Access-Control-Request-Headers", "authorization,content-type");
    }

    private static void assertNoAllowance(Api.Reply reply) {
        assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
        assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
    }

    private static int kakaoCodeExchanges() {
        return FAKES.findAll(postRequestedFor(urlPathEqualTo("/oauth/token"))).size();
    }

    private long members() {
        return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM members", Long.class);
    }

    /** GET /user's object, the fields the frontend reads and the rest. */
    private static void assertProfile(JsonNode profile) {
        assertTypes(profile, Map.of("nickname", STRING, "acc_percent", NUMBER, "point", NUMBER,
                "profile_img", STRING, "is_default_profile", BOOLEAN, "is_whale", BOOLEAN, "right_count", NUMBER,
                "wrong_count", NUMBER));
    }

    /** A member's own listing: both counts, and each question with the fields my page reads. */
    private static JsonNode assertMyVotes(Api.Reply reply, long ongoing, long finished) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertTypes(body, Map.of("ongoing_count", NUMBER, "finished_count", NUMBER));
        assertThat(body.get("ongoing_count").asLong()).isEqualTo(ongoing);
        assertThat(body.get("finished_count").asLong()).isEqualTo(finished);
        assertThat(body.get("votes").getNodeType()).isEqualTo(JsonNodeType.ARRAY);
        assertThat(body.get("votes")).hasSize((int) (ongoing + finished)).allSatisfy(vote -> {
            assertTypes(vote, Map.of("vote_id", NUMBER, "coin", OBJECT, "state", STRING, "comment", STRING,
                    "range", NUMBER, "duration", STRING, "created_at", STRING));
            assertCoin(vote.get("coin"));
            assertSeoulTime(vote.get("created_at"));
        });
        return body;
    }

    /** Every field of the Vote JSON the frontend reads, with its type in {@code state}. */
    private static void assertVote(JsonNode vote, String state) {
        boolean settled = state.equals("tracked");
        Map<String, JsonNodeType> types = new LinkedHashMap<>();
        for (String number : List.of("vote_id", "created_price", "target_price", "spent_point", "earned_point",
                "range", "total_participants", "pos_participants", "neg_participants", "pos_whales", "neg_whales")) {
            types.put(number, NUMBER);
        }
        for (String text : List.of("uploader", "state", "created_at", "updated_at", "finished_at", "tracked_at",
                "duration", "comment")) {
            types.put(text, STRING);
        }
        types.put("coin", OBJECT);
        types.put("is_admin_vote", BOOLEAN);
        types.put("finished_price", settled ? NUMBER : NULL);
        types.put("is_answer", settled ? BOOLEAN : NULL);
        types.put("whale_is_answer", NULL);
        types.put("user", OBJECT);
        assertTypes(vote, types);
        assertThat(vote.get("state").asString()).isEqualTo(state);
        assertThat(vote.get("duration").asString()).isIn("day", "week", "month");
        assertThat(vote.get("comment").asString()).isIn("up", "down");
        assertCoin(vote.get("coin"));
        for (String time : List.of("created_at", "updated_at", "finished_at", "tracked_at")) {
            assertSeoulTime(vote.get(time));
        }
        JsonNode user = vote.get("user");
        assertThat(user.get("choice").getNodeType()).isIn(NUMBER, NULL);
        assertThat(user.get("is_answer").getNodeType()).isIn(BOOLEAN, NULL);
        assertThat(user.get("participated_at").getNodeType()).isIn(STRING, NULL);
    }

    private static void assertCoin(JsonNode coin) {
        assertTypes(coin, Map.of("code", STRING, "krname", STRING, "image", STRING));
    }

    private static void assertSeoulTime(JsonNode time) {
        assertThat(OffsetDateTime.parse(time.asString()).getOffset().getTotalSeconds()).as(time.asString())
                .isEqualTo(9 * 3600);
    }

    private static void assertTypes(JsonNode node, Map<String, JsonNodeType> types) {
        types.forEach((name, type) -> assertThat(node.has(name) ? node.get(name).getNodeType() : JsonNodeType.MISSING)
                .as("%s in %s", name, node).isEqualTo(type));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>(node.propertyNames());
        names.sort(null);
        return names;
    }
}
