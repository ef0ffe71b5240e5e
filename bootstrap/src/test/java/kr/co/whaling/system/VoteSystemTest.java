package kr.co.whaling.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Asking and answering over HTTP, with every refusal charging nothing. */
class VoteSystemTest extends SystemTestBase {

    private static final String BTC_UP_5_DAY = """
            {"coin_code": "BTC", "duration": "day", "range": 5, "comment": "up"}""";

    @Test
    void a_member_asks_a_question_for_50_points_priced_at_the_fresh_quote() {
        String alice = login(2001);
        pricesAre("143250000");

        long voteId = createVote(alice, BTC_UP_5_DAY);

        Api.Reply vote = api.get("/votes/" + voteId, null);
        assertThat(vote.status()).isEqualTo(200);
        assertThat(vote.json().get("state").asString()).isEqualTo("ongoing");
        assertThat(vote.json().get("created_price").decimalValue()).isEqualByComparingTo("143250000");
        assertThat(vote.json().get("target_price").decimalValue()).isEqualByComparingTo("150412500");
        assertThat(vote.json().get("coin").get("code").asString()).isEqualTo("BTC");
        assertThat(vote.json().get("created_at").asString()).isEqualTo("2026-03-02T09:00:00+09:00");
        assertThat(vote.json().get("finished_at").asString()).isEqualTo("2026-03-02T17:00:00+09:00");
        assertThat(vote.json().get("tracked_at").asString()).isEqualTo("2026-03-03T09:00:00+09:00");
        assertThat(vote.json().get("user").isNull()).isTrue();
        assertThat(points(alice)).isEqualTo(250);
        assertThat(api.get("/user/created-votes?state=ongoing", alice).json().get("ongoing_count").asLong()).isEqualTo(1);
    }

    @Test
    void invalid_questions_are_400_with_the_field_and_charge_nothing() {
        String alice = login(2002);
        pricesAre("143250000");

        assertRefused(alice, "{\"coin_code\": \"BTC\", \"duration\": \"day\", \"range\": 0, \"comment\": \"up\"}", "range");
        assertRefused(alice, "{\"coin_code\": \"BTC\", \"duration\": \"day\", \"range\": 301, \"comment\": \"up\"}", "range");
        assertRefused(alice, "{\"coin_code\": \"BTC\", \"duration\": \"day\", \"range\": 100, \"comment\": \"down\"}", "range");
        assertRefused(alice, "{\"coin_code\": \"NOPE\", \"duration\": \"day\", \"range\": 5, \"comment\": \"up\"}", "coin_code");
        assertRefused(alice, "{\"coin_code\": \"XRP\", \"duration\": \"day\", \"range\": 5, \"comment\": \"up\"}", "coin_code");
        assertThat(api.post("/votes", alice, "{\"coin_code\": \"BTC\", \"duration\": \"year\", \"range\": 5, \"comment\": \"up\"}")
                .status()).isEqualTo(400);
        assertThat(api.post("/votes", alice, "{\"coin_code\": \"BTC\", \"duration\": \"day\", \"range\": \"five\", \"comment\": \"up\"}")
                .status()).isEqualTo(400);
        assertThat(api.post("/votes", alice, "{not json").status()).isEqualTo(400);

        assertThat(points(alice)).isEqualTo(300);
        assertThat(api.get("/votes", null).json().size()).isZero();
    }

    @Test
    void without_a_fresh_price_a_question_is_503_and_charges_nothing() {
        String alice = login(2003);
        pricesAre("143250000");
        // The stored price grows too old, and the one live look-up finds only an old quote.
        CLOCK.advance(Duration.ofMinutes(6));
        fakes.quote("143250000", "4500000", CLOCK.instant().minus(Duration.ofMinutes(10)));

        Api.Reply stale = api.post("/votes", alice, BTC_UP_5_DAY);
        fakes.quotesFail();
        Api.Reply down = api.post("/votes", alice, BTC_UP_5_DAY);

        assertThat(stale.status()).isEqualTo(503);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.header("Content-Type")).startsWith("application/problem+json");
        assertThat(points(alice)).isEqualTo(300);
        assertThat(api.get("/votes", null).json().size()).isZero();
    }

    @Test
    void a_member_answers_once_for_10_points_and_a_second_answer_is_409() {
        String alice = login(2004);
        String bob = login(2005);
        pricesAre("143250000");
        long voteId = createVote(alice, BTC_UP_5_DAY);

        Api.Reply first = api.post("/votes/" + voteId + "/choice", bob, "{\"choice\": 1}");
        Api.Reply again = api.post("/votes/" + voteId + "/choice/", bob, "{\"choice\": 2}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("choice").asInt()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(409);
        assertThat(points(bob)).isEqualTo(290);
        Api.Reply seenByBob = api.get("/votes/" + voteId, bob);
        assertThat(seenByBob.json().get("user").get("choice").asInt()).isEqualTo(1);
        assertThat(seenByBob.json().get("pos_participants").asLong()).isEqualTo(1);
        assertThat(seenByBob.json().get("total_participants").asLong()).isEqualTo(1);
        assertThat(api.get("/user/participated-votes?state=ongoing", bob).json().get("ongoing_count").asLong()).isEqualTo(1);
    }

    @Test
    void answers_at_or_after_closing_time_are_refused_even_before_the_closing_job_runs() {
        String alice = login(2006);
        String bob = login(2007);
        pricesAre("143250000");
        long voteId = createVote(alice, BTC_UP_5_DAY);

        CLOCK.advance(Duration.ofHours(8));
        Api.Reply late = api.post("/votes/" + voteId + "/choice", bob, "{\"choice\": 1}");

        assertThat(late.status()).isEqualTo(400);
        assertThat(points(bob)).isEqualTo(300);
        assertThat(api.get("/votes/" + voteId, null).json().get("total_participants").asLong()).isZero();
    }

    @Test
    void a_member_without_enough_points_cannot_answer() {
        String alice = login(2008);
        pricesAre("143250000");
        long voteId = 0;
        for (int i = 0; i < 6; i++) {
            voteId = createVote(alice, BTC_UP_5_DAY);
        }
        assertThat(points(alice)).isZero();

        Api.Reply broke = api.post("/votes/" + voteId + "/choice", alice, "{\"choice\": 2}");
        Api.Reply cannotAsk = api.post("/votes", alice, BTC_UP_5_DAY);

        assertThat(broke.status()).isEqualTo(400);
        assertThat(cannotAsk.status()).isEqualTo(400);
        assertThat(points(alice)).isZero();
        assertThat(api.get("/votes/" + voteId, null).json().get("total_participants").asLong()).isZero();
    }

    @Test
    void unknown_questions_are_404() {
        String bob = login(2009);

        assertThat(api.get("/votes/999999", null).status()).isEqualTo(404);
        assertThat(api.post("/votes/999999/choice", bob, "{\"choice\": 1}").status()).isEqualTo(404);
    }

    private void assertRefused(String token, String body, String field) {
        Api.Reply reply = api.post("/votes", token, body);
        assertThat(reply.status()).as(body + " -> " + reply.raw().body()).isEqualTo(400);
        assertThat(reply.json().get("errors").has(field)).as(reply.raw().body()).isTrue();
    }
}
