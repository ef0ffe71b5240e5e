package kr.co.whaling.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Base rates over HTTP (domain.md, "Base rates"): a coin whose daily history the fake Upbit serves,
 * the preview, creation with the rate it stores, the guardrail refusing a near-certain question
 * without charging anything, then settlement, skill on the leaderboard and the crowd's calibration.
 *
 * <p>The history, worked out by hand. START is 2026-03-02 09:00 in Seoul, so "today" is 2026-03-02
 * and a first fetch asks Upbit for the 400 days 2025-01-26 (day k = 0) to 2026-03-01 (k = 399). BTC
 * closed at 110,000,000 on the days k ≡ 3 (mod 4) and at 100,000,000 on all others. The base rate
 * looks at the 365 days before today, 2025-03-02 (k = 35) to yesterday: a day question has one window
 * per start day k = 35..398 (its end, k + 1, must be yesterday at the latest), 364 windows.
 * <ul>
 *   <li>up 5% (also 1%, 8%) within a day: YES from 100 to 110 (+10%), i.e. for start days k ≡ 2:
 *       38, 42, ..., 398, which is 91 windows: 91 / 364 = 0.25;</li>
 *   <li>down 5% (also 1%) within a day: YES from 110 to 100 (−9.1%), start days k ≡ 3: 35, 39, ...,
 *       395, again 91 of 364 = 0.25;</li>
 *   <li>up 50% within a day: never, 0 of 364: below 2% over at least 90 windows, refused for a member.</li>
 * </ul>
 * The 95% Wilson interval of 91 / 364: centre 0.25 + z²/(2n) = 0.255277, margin
 * z·√(0.1875/364 + z²/(4n²)) = 0.044796, scale 1 + z²/n = 1.010553: 0.2083 .. 0.2969.
 */
class BaseRateSystemTest extends SystemTestBase {

    private static final LocalDate FIRST_FETCHED_DAY = LocalDate.parse("2025-01-26");
    private static final Instant SETTLES_AT = START.plus(Duration.ofDays(1));

    private static String question(String comment, int range) {
        return """
                {"coin_code": "BTC", "duration": "day", "range": %d, "comment": "%s"}""".formatted(range, comment);
    }

    private static String preview(String comment, int range) {
        return "/votes/preview?coin_code=BTC&duration=day&range=" + range + "&comment=" + comment;
    }

    @BeforeEach
    void btcHistory() {
        NavigableMap<LocalDate, String> closes = new TreeMap<>();
        for (int k = 0; k < 400; k++) {
            closes.put(FIRST_FETCHED_DAY.plusDays(k), k % 4 == 3 ? "110000000" : "100000000");
        }
        fakes.dailyCloses("BTC", closes);
    }

    @Test
    void preview_creation_guardrail_settlement_skill_and_calibration() {
        String creator = login(4001);
        String alice = login(4002);
        String bob = login(4003);
        String carol = login(4004);
        pricesAre("100000000");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        // Preview: what creating would cost and how often it came true, nothing created or charged.
        Api.Reply allowed = api.get(preview("up", 5), creator);
        assertThat(allowed.status()).as(allowed.raw().body()).isEqualTo(200);
        JsonNode preview = allowed.json();
        assertThat(preview.get("coin").get("code").asString()).isEqualTo("BTC");
        assertThat(preview.get("created_price").decimalValue()).isEqualByComparingTo("100000000");
        assertThat(preview.get("target_price").decimalValue()).isEqualByComparingTo("105000000");
        assertThat(preview.get("base_rate").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(preview.get("base_rate_windows").asInt()).isEqualTo(364);
        assertThat(preview.get("base_rate_low").decimalValue()).isEqualByComparingTo("0.2083");
        assertThat(preview.get("base_rate_high").decimalValue()).isEqualByComparingTo("0.2969");
        assertThat(preview.get("allowed").asBoolean()).isTrue();
        assertThat(preview.get("reason").isNull()).isTrue();

        JsonNode certain = api.get(preview("up", 50), creator).json();
        assertThat(certain.get("allowed").asBoolean()).isFalse();
        assertThat(certain.get("base_rate").decimalValue()).isEqualByComparingTo("0");
        assertThat(certain.get("reason").asString())
                .isEqualTo("이런 질문은 지난 364번의 기간 중 0번 실현되어 답이 거의 정해져 있습니다. 범위나 기간을 바꿔 주세요.");
        JsonNode certainEn = api.send("GET", preview("up", 50), Map.of("Authorization", "Bearer " + creator,
                "Accept-Language", "en"), null).json();
        assertThat(certainEn.get("reason").asString()).isEqualTo("A question like this came true in 0 of the last 364"
                + " windows: its answer is almost certain. Change the range or the horizon.");
        assertThat(points(creator)).isEqualTo(300);

        // The guardrail refuses the near-certain question: 400 on the range, nothing charged, nothing stored.
        Api.Reply refused = api.post("/votes", creator, question("up", 50));
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get("range").asString()).contains("364", "0번");
        assertThat(points(creator)).isEqualTo(300);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM votes", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM point_ledger WHERE reason = 'VOTE_FEE'", Integer.class))
                .isZero();

        // Five questions, each with its base rate stored at creation (all 91 of 364 windows, 0.25).
        List<Long> questions = new ArrayList<>();
        questions.add(createVote(creator, question("up", 5)));
        questions.add(createVote(creator, question("down", 5)));
        questions.add(createVote(creator, question("up", 8)));
        questions.add(createVote(creator, question("up", 1)));
        questions.add(createVote(creator, question("down", 1)));
        assertThat(points(creator)).isEqualTo(300 - 5 * 50);
        assertThat(jdbc.queryForList("SELECT base_rate_yes_windows, base_rate_windows FROM votes"))
                .hasSize(5).allSatisfy(row -> assertThat(row).containsEntry("base_rate_yes_windows", 91)
                        .containsEntry("base_rate_windows", 364));
        // Taken once: a changed history later changes nothing the question keeps.
        jdbc.update("UPDATE daily_closes SET close_price = 100000000");
        JsonNode created = api.get("/votes/" + questions.get(0), null).json();
        assertThat(created.get("base_rate").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(created.get("base_rate_windows").asInt()).isEqualTo(364);
        assertThat(created.get("settlement_candle_at").isNull()).isTrue();

        // Answers (1 yes, 2 no). The settlement price 106,000,000 makes the outcomes: up 5% (target
        // 105M) YES, down 5% (95M) NO, up 8% (108M) NO, up 1% (101M) YES, down 1% (99M) NO.
        int[][] choices = {
                {1, 2, 2, 1, 2},   // alice: all 5 right
                {2, 2, 2, 2, 2},   // bob: always NO, 3 right
                {1, 1, 1, 1, 1}};  // carol: always YES, 2 right
        List<String> answerers = List.of(alice, bob, carol);
        for (int member = 0; member < 3; member++) {
            for (int q = 0; q < 5; q++) {
                answer(answerers.get(member), questions.get(q), choices[member][q]);
            }
        }
        CLOCK.set(SETTLES_AT.plusSeconds(30));
        fakes.btcCandle(SETTLES_AT, "106000000");
        voteLifecycleJob.run();
        voteLifecycleJob.run();

        JsonNode settled = api.get("/votes/" + questions.get(0), alice).json();
        assertThat(settled.get("state").asString()).isEqualTo("tracked");
        assertThat(settled.get("settlement_candle_at").asString()).isEqualTo("2026-03-03T09:00:00+09:00");
        assertThat(settled.get("base_rate").decimalValue()).isEqualByComparingTo("0.25");

        // Skill, expected hit 0.25 for a YES answer and 0.75 for a NO one (every base rate is 0.25):
        // alice (5 - (2 × 0.25 + 3 × 0.75)) / 5 = +45.0; carol (2 - 5 × 0.25) / 5 = +15.0;
        // bob (3 - 5 × 0.75) / 5 = -15.0. By hit rate bob (3 of 5) is ahead of carol (2 of 5).
        JsonNode bySkill = api.get("/leaderboard?order=skill", null).json();
        assertThat(bySkill.size()).isEqualTo(3);
        assertLine(bySkill.get(0), 1, nickname(alice), "45.0", 5);
        assertLine(bySkill.get(1), 2, nickname(carol), "15.0", 5);
        assertLine(bySkill.get(2), 3, nickname(bob), "-15.0", 5);
        JsonNode byHitRate = api.get("/leaderboard", null).json();
        assertThat(byHitRate.get(1).get("nickname").asString()).isEqualTo(nickname(bob));
        assertThat(byHitRate.get(1).has("skill")).isFalse();

        // Calibration. Crowd YES shares: 2 of 3 on up 5% and up 1% (tenth 6, both YES), 1 of 3 on the
        // other three (tenth 3, all NO). Each crowd error is (1/3)² = 0.1111: Brier 0.1111. The base
        // rate's: (0.25 - 1)² = 0.5625 twice and (0.25 - 0)² = 0.0625 three times, over 5 = 0.2625.
        JsonNode calibration = api.get("/stats/calibration", creator).json();
        for (JsonNode figures : List.of(calibration.get("overall"), calibration.get("by_coin").get("BTC"),
                calibration.get("by_horizon").get("day"))) {
            assertThat(figures.get("questions").asLong()).isEqualTo(5);
            assertThat(figures.get("crowd_brier").decimalValue()).isEqualByComparingTo("0.1111");
            assertThat(figures.get("base_rate_brier").decimalValue()).isEqualByComparingTo("0.2625");
            JsonNode buckets = figures.get("buckets");
            assertThat(buckets.size()).isEqualTo(10);
            assertThat(buckets.get(3).get("from").decimalValue()).isEqualByComparingTo("0.3");
            assertThat(buckets.get(3).get("questions").asLong()).isEqualTo(3);
            assertThat(buckets.get(3).get("yes_share").decimalValue()).isEqualByComparingTo("0");
            assertThat(buckets.get(6).get("questions").asLong()).isEqualTo(2);
            assertThat(buckets.get(6).get("yes_share").decimalValue()).isEqualByComparingTo("1");
            assertThat(buckets.get(0).get("questions").asLong()).isZero();
            assertThat(buckets.get(0).get("yes_share").isNull()).isTrue();
        }
        assertThat(calibration.get("by_coin").size()).isEqualTo(1);
        assertThat(calibration.get("by_horizon").size()).isEqualTo(1);
    }

    private String nickname(String token) {
        return api.get("/user", token).json().get("nickname").asString();
    }

    private static void assertLine(JsonNode line, int rank, String nickname, String skill, long answers) {
        assertThat(line.get("rank").asInt()).isEqualTo(rank);
        assertThat(line.get("nickname").asString()).isEqualTo(nickname);
        assertThat(line.get("skill").decimalValue()).isEqualByComparingTo(skill);
        assertThat(line.get("answers_with_base_rate").asLong()).isEqualTo(answers);
    }
}
