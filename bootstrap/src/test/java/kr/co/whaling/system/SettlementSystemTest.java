package kr.co.whaling.system;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Closing and settlement through the scheduled jobs, with points, counters, verdicts and stats. */
class SettlementSystemTest extends SystemTestBase {

    private static final String BTC_UP_5_DAY = """
            {"coin_code": "BTC", "duration": "day", "range": 5, "comment": "up"}""";
    /** A day question asked at START settles a day later. */
    private static final Instant SETTLES_AT = START.plus(Duration.ofDays(1));

    @Test
    void questions_close_then_settle_at_their_time_and_pay_right_answers() {
        String alice = login(3001);
        String bob = login(3002);
        String carol = login(3003);
        String dave = login(3004);
        pricesAre("100000000");
        List<Long> votes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long voteId = createVote(alice, BTC_UP_5_DAY);
            answer(bob, voteId, 1);
            answer(carol, voteId, 1);
            answer(dave, voteId, 2);
            votes.add(voteId);
        }

        CLOCK.advance(Duration.ofHours(8));
        voteLifecycleJob.run();
        assertThat(api.get("/votes/" + votes.get(0), null).json().get("state").asString()).isEqualTo("finished");
        assertThat(api.get("/votes?state=finished", null).json().size()).isEqualTo(5);

        CLOCK.set(SETTLES_AT.plusSeconds(30));
        fakes.btcCandle(SETTLES_AT, "105000000");
        voteLifecycleJob.run();
        voteLifecycleJob.run();

        JsonNode settled = api.get("/votes/" + votes.get(0), bob).json();
        assertThat(settled.get("state").asString()).isEqualTo("tracked");
        assertThat(settled.get("finished_price").decimalValue()).isEqualByComparingTo("105000000");
        assertThat(settled.get("is_answer").asBoolean()).as("crowd majority YES, outcome YES").isTrue();
        assertThat(settled.get("whale_is_answer").isNull()).as("no whale answered").isTrue();
        assertThat(settled.get("user").get("is_answer").asBoolean()).isTrue();

        assertThat(points(alice)).isEqualTo(300 - 5 * 50);
        assertThat(points(bob)).isEqualTo(300 - 5 * 10 + 5 * 20);
        assertThat(points(dave)).isEqualTo(300 - 5 * 10);
        JsonNode bobProfile = api.get("/user", bob).json();
        assertThat(bobProfile.get("right_count").asLong()).isEqualTo(5);
        assertThat(bobProfile.get("is_whale").asBoolean()).isTrue();
        assertThat(api.get("/user", dave).json().get("wrong_count").asLong()).isEqualTo(5);

        JsonNode bobLedger = api.get("/user/points", bob).json();
        assertThat(bobLedger.get(0).get("reason").asString()).isEqualTo("reward");
        assertThat(bobLedger.get(0).get("amount").asLong()).isEqualTo(20);
        assertThat(bobLedger.get(0).get("balance_after").asLong()).isEqualTo(350);
        long sum = 0;
        for (JsonNode entry : bobLedger) {
            sum += entry.get("amount").asLong();
        }
        assertThat(sum).as("the balance is the sum of the ledger").isEqualTo(350);

        assertThat(api.get("/acc-percent", null).json().get("acc_percent").asString()).isEqualTo("100.0");
        JsonNode leaderboard = api.get("/leaderboard", null).json();
        assertThat(leaderboard.get(0).get("nickname").asString()).isEqualTo("user3002");
        assertThat(leaderboard.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(leaderboard.get(1).get("nickname").asString()).as("same record, later signup").isEqualTo("user3003");
        assertThat(leaderboard.get(2).get("nickname").asString()).isEqualTo("user3004");
        assertThat(api.get("/votes?state=finished", null).json().size()).as("settled ones leave the listing").isZero();
        assertThat(api.get("/user/created-votes?state=finished", alice).json().get("finished_count").asLong())
                .isEqualTo(5);
        assertThat(api.get("/stats/accuracy", null).status()).isEqualTo(200);
    }

    @Test
    void a_question_whose_price_never_comes_is_voided_after_24_hours_and_refunded() {
        String alice = login(3011);
        String bob = login(3012);
        pricesAre("100000000");
        long voteId = createVote(alice, BTC_UP_5_DAY);
        answer(bob, voteId, 1);
        fakes.noBtcCandles();

        CLOCK.set(SETTLES_AT.plus(Duration.ofHours(1)));
        voteLifecycleJob.run();
        assertThat(api.get("/votes/" + voteId, null).json().get("state").asString()).isEqualTo("finished");

        CLOCK.set(SETTLES_AT.plus(Duration.ofHours(24)));
        voteLifecycleJob.run();
        voteLifecycleJob.run();
        // Access tokens live a day: two days on, the members log in again.
        alice = login(3011);
        bob = login(3012);

        assertThat(api.get("/votes/" + voteId, null).json().get("state").asString()).isEqualTo("voided");
        assertThat(points(alice)).isEqualTo(300);
        assertThat(points(bob)).isEqualTo(300);
        assertThat(api.get("/user", bob).json().get("wrong_count").asLong()).isZero();
        assertThat(api.get("/user/points", bob).json().get(0).get("reason").asString()).isEqualTo("answer_fee_refund");
        assertThat(api.get("/acc-percent", null).json().get("acc_percent").asString()).isEqualTo("0.0");
    }

    @Test
    void a_settlement_that_runs_days_late_uses_the_price_at_the_settlement_time() {
        String alice = login(3021);
        String bob = login(3022);
        pricesAre("100000000");
        long voteId = createVote(alice, BTC_UP_5_DAY);
        answer(bob, voteId, 1);

        CLOCK.set(SETTLES_AT.plus(Duration.ofDays(3)));
        pricesAre("200000000");
        fakes.btcCandle(SETTLES_AT.minusSeconds(60), "99000000");
        voteLifecycleJob.run();
        bob = login(3022);

        JsonNode vote = api.get("/votes/" + voteId, bob).json();
        assertThat(vote.get("state").asString()).isEqualTo("tracked");
        assertThat(vote.get("finished_price").decimalValue()).isEqualByComparingTo("99000000");
        assertThat(vote.get("user").get("is_answer").asBoolean()).isFalse();
        assertThat(points(bob)).isEqualTo(290);
        FAKES.verify(getRequestedFor(urlPathEqualTo("/v1/candles/minutes/1"))
                .withQueryParam("to", equalTo("2026-03-03T00:01:00Z")));
    }
}
