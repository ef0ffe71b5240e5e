package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.application.stats.model.CalibrationSums;
import kr.co.whaling.application.vote.port.out.ApplySettlementPort;
import kr.co.whaling.domain.accuracy.CalibrationBucket;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.AnswerResult;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Voiding;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceTest
class SettlementPersistenceAdapterTest {

    @Autowired
    SettlementPersistenceAdapter adapter;
    @Autowired
    VotePersistenceAdapter votes;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    CalibrationPersistenceAdapter calibration;

    private CoinCode btc;
    private Member creator;

    @BeforeEach
    void emptyTables() {
        TestDatabase.deleteAllRows(dataSource);
        btc = fixtures.coin("BTC", "비트코인");
        creator = fixtures.member();
    }

    private Settlement settlement(Vote vote, String finalPrice) {
        Instant now = vote.schedule().settlesAt().plusSeconds(30);
        return ((SettlementDecision.Settle) TestFixtures.decide(fixtures.reload(vote), finalPrice, now)).settlement();
    }

    private Voiding voiding(Vote vote) {
        return ((SettlementDecision.Void) TestFixtures.decideWithoutPrice(fixtures.reload(vote))).voiding();
    }

    private String result(Vote vote, Member member) {
        return jdbc.queryForObject("SELECT result FROM answers WHERE vote_id = ? AND member_id = ?", String.class,
                vote.id().value(), member.id().value());
    }

    private long[] counters(Member member) {
        return jdbc.queryForObject("SELECT right_count, wrong_count FROM members WHERE id = ?",
                (row, index) -> new long[] {row.getLong(1), row.getLong(2)}, member.id().value());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private void assertLedgerConsistent(Member... members) {
        for (Member member : members) {
            assertThat(fixtures.ledgerSum(member.id())).as("ledger sum of %s", member.id())
                    .isEqualTo(fixtures.points(member));
            assertThat(fixtures.ledgerChains(member.id())).as("balance chain of %s", member.id()).isTrue();
        }
    }

    @Test
    void settling_marks_answers_counts_them_and_rewards_the_right_ones() {
        Member yes1 = fixtures.member();
        Member yes2 = fixtures.withCounters(fixtures.member(), 5, 0);
        Member no = fixtures.member();
        Vote vote = fixtures.vote(creator, btc, Direction.UP, 5, Horizon.DAY, "100", TestFixtures.CREATED_AT,
                TestFixtures.RULES);
        fixtures.answer(vote, yes1, Choice.YES);
        fixtures.answer(vote, yes2, Choice.YES);
        fixtures.answer(vote, no, Choice.NO);
        fixtures.answer(vote, creator, Choice.NO);
        fixtures.close(vote);
        Settlement settlement = settlement(vote, "105");

        assertThat(adapter.applySettlement(settlement)).isTrue();

        assertThat(result(vote, yes1)).isEqualTo("RIGHT");
        assertThat(result(vote, yes2)).isEqualTo("RIGHT");
        assertThat(result(vote, no)).isEqualTo("WRONG");
        assertThat(result(vote, creator)).isEqualTo("WRONG");
        assertThat(counters(yes1)).containsExactly(1, 0);
        assertThat(counters(yes2)).containsExactly(6, 0);
        assertThat(counters(no)).containsExactly(0, 1);
        assertThat(fixtures.points(yes1)).isEqualTo(310);
        assertThat(fixtures.points(no)).isEqualTo(290);
        assertThat(fixtures.points(creator)).isEqualTo(240);
        Map<String, Object> reward = jdbc.queryForMap("SELECT amount, vote_id, balance_after, cause_key FROM point_ledger"
                + " WHERE member_id = ? AND reason = 'REWARD'", yes1.id().value());
        assertThat(reward).containsEntry("amount", 20L).containsEntry("vote_id", vote.id().value())
                .containsEntry("balance_after", 310L).containsEntry("cause_key", "REWARD:" + vote.id().value());
        assertThat(count("SELECT COUNT(*) FROM point_ledger WHERE reason = 'REWARD'")).isEqualTo(2);
        assertLedgerConsistent(creator, yes1, yes2, no);

        Vote settled = fixtures.reload(vote);
        assertThat(settled.state()).isEqualTo(VoteState.TRACKED);
        assertThat(settled.settlement()).contains(settlement);
        assertThat(settled.crowdVerdict()).isEmpty();
        assertThat(settled.whaleVerdict()).contains(true);
        assertThat(settled.settlement().orElseThrow().evidence().close()).isEqualTo(Prices.krw("105"));
    }

    private Map<String, Object> skill(Member member) {
        return jdbc.queryForMap("SELECT skill_answers, skill_right, skill_expected_hits FROM members WHERE id = ?",
                member.id().value());
    }

    @Test
    void settling_adds_each_side_s_skill_and_the_question_s_calibration_sums_in_the_same_statements() {
        Member yes1 = fixtures.member();
        Member yes2 = fixtures.member();
        Member yes3 = fixtures.member();
        Member no = fixtures.member();
        // YES in 91 of 364 past windows: a base rate of 0.25.
        Vote withRate = fixtures.voteWithBaseRate(creator, btc, TestFixtures.RULES.baseRates().rateOf(91, 364));
        for (Member member : List.of(yes1, yes2, yes3)) {
            fixtures.answer(withRate, member, Choice.YES);
        }
        fixtures.answer(withRate, no, Choice.NO);
        Vote withoutRate = fixtures.vote(creator, btc);
        for (Member member : List.of(yes1, yes2, yes3)) {
            fixtures.answer(withoutRate, member, Choice.YES);
        }
        fixtures.answer(withoutRate, no, Choice.NO);

        // Up 5% from 100: 105 resolves YES.
        assertThat(adapter.applySettlement(settlement(withRate, "105"))).isTrue();
        // 100 resolves NO; no base rate: nothing for skill.
        assertThat(adapter.applySettlement(settlement(withoutRate, "100"))).isTrue();

        // YES members: one answer with a base rate, right, expected 0.25. The NO member: wrong, expected 0.75.
        assertThat(skill(yes1)).containsEntry("skill_answers", 1L).containsEntry("skill_right", 1L)
                .containsEntry("skill_expected_hits", 0.25);
        assertThat(skill(no)).containsEntry("skill_answers", 1L).containsEntry("skill_right", 0L)
                .containsEntry("skill_expected_hits", 0.75);
        assertThat(counters(no)).containsExactly(1, 1);
        // Both questions: 3 YES of 4, share 0.75, tenth 7. First YES: crowd (0.75 - 1)² = 0.0625, base rate
        // (0.25 - 1)² = 0.5625. Second NO: crowd (0.75 - 0)² = 0.5625, no base rate.
        Map<String, Object> bucket = jdbc.queryForMap("SELECT * FROM calibration_buckets");
        assertThat(bucket).containsEntry("coin_code", "BTC").containsEntry("horizon", "DAY")
                .containsEntry("tenth", 7).containsEntry("questions", 2L).containsEntry("resolved_yes", 1L)
                .containsEntry("crowd_squared_errors", 0.625).containsEntry("with_base_rate", 1L)
                .containsEntry("base_rate_squared_errors", 0.5625);
        assertThat(calibration.loadCalibrationSums()).containsExactly(new CalibrationSums(btc, Horizon.DAY,
                new CalibrationBucket(7, 2, 1, 0.625, 1, 0.5625)));
        assertThat(fixtures.reload(withRate).settlement().orElseThrow().baseRate())
                .contains(TestFixtures.RULES.baseRates().rateOf(91, 364));
    }

    @Test
    void a_question_without_a_crowd_verdict_adds_nothing_to_calibration() {
        Member yes = fixtures.member();
        Member no = fixtures.member();
        Vote tie = fixtures.voteWithBaseRate(creator, btc, TestFixtures.RULES.baseRates().rateOf(91, 364));
        fixtures.answer(tie, yes, Choice.YES);
        fixtures.answer(tie, no, Choice.NO);

        assertThat(adapter.applySettlement(settlement(tie, "105"))).isTrue();

        assertThat(count("SELECT COUNT(*) FROM calibration_buckets")).isZero();
        assertThat(skill(yes)).containsEntry("skill_answers", 1L).containsEntry("skill_right", 1L);
    }

    @Test
    void settling_twice_pays_once() {
        Member right = fixtures.member();
        Vote vote = fixtures.vote(creator, btc);
        fixtures.answer(vote, right, Choice.NO);
        Settlement settlement = settlement(vote, "100");
        Voiding lateVoiding = voiding(vote);

        assertThat(adapter.applySettlement(settlement)).isTrue();
        assertThat(adapter.applySettlement(settlement)).isFalse();
        assertThat(adapter.applyVoiding(lateVoiding)).isFalse();

        assertThat(fixtures.points(right)).isEqualTo(310);
        assertThat(counters(right)).containsExactly(1, 0);
        assertThat(fixtures.reload(vote).state()).isEqualTo(VoteState.TRACKED);
        assertLedgerConsistent(right);
    }

    @Test
    void settling_from_two_threads_at_once_pays_once() throws Exception {
        List<Member> answerers = new ArrayList<>();
        Vote vote = fixtures.vote(creator, btc);
        for (int i = 0; i < 30; i++) {
            Member member = fixtures.member();
            answerers.add(member);
            fixtures.answer(vote, member, i % 2 == 0 ? Choice.YES : Choice.NO);
        }
        Settlement settlement = settlement(vote, "200");
        AtomicInteger claimed = new AtomicInteger();
        Callable<Void> settle = () -> {
            if (adapter.applySettlement(settlement)) {
                claimed.incrementAndGet();
            }
            return null;
        };

        List<Throwable> failures = AnswerPersistenceAdapterTest.runAtOnce(List.of(settle, settle, settle, settle));

        assertThat(failures).isEmpty();
        assertThat(claimed).hasValue(1);
        assertThat(count("SELECT COUNT(*) FROM point_ledger WHERE reason = 'REWARD'")).isEqualTo(15);
        for (int i = 0; i < answerers.size(); i++) {
            Member member = answerers.get(i);
            assertThat(fixtures.points(member)).isEqualTo(i % 2 == 0 ? 310 : 290);
            assertThat(counters(member)).containsExactly(i % 2 == 0 ? 1 : 0, i % 2 == 0 ? 0 : 1);
        }
        assertLedgerConsistent(answerers.toArray(Member[]::new));
    }

    @Test
    void a_crash_half_way_through_a_run_then_a_rerun_settles_every_question_exactly_once() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(fixtures.member());
        }
        jdbc.update("UPDATE members SET points = 100000 WHERE id = ?", creator.id().value());
        Member richCreator = fixtures.reload(creator);
        List<Vote> due = new ArrayList<>();
        for (int v = 0; v < 7; v++) {
            Vote vote = fixtures.vote(richCreator, btc);
            for (int m = 0; m < members.size(); m++) {
                fixtures.answer(vote, members.get(m), (m + v) % 2 == 0 ? Choice.YES : Choice.NO);
            }
            due.add(vote);
        }
        Instant now = due.get(0).schedule().settlesAt().plusSeconds(60);
        ApplySettlementPort crashingOnFifth = new ApplySettlementPort() {
            private int calls;

            @Override
            public boolean applySettlement(Settlement settlement) {
                if (++calls == 5) {
                    throw new IllegalStateException("crash while settling question " + settlement.voteId());
                }
                return adapter.applySettlement(settlement);
            }

            @Override
            public boolean applyVoiding(Voiding voiding) {
                return adapter.applyVoiding(voiding);
            }
        };

        assertThatThrownBy(() -> settleDueVotes(crashingOnFifth, now, 3)).isInstanceOf(IllegalStateException.class);
        assertThat(count("SELECT COUNT(*) FROM votes WHERE state = 'TRACKED'")).isEqualTo(4);

        assertThat(settleDueVotes(adapter, now, 3)).isEqualTo(3);
        assertThat(settleDueVotes(adapter, now, 3)).isZero();

        // Final price 200 against a +5% target: YES was right on every question.
        assertThat(count("SELECT COUNT(*) FROM votes WHERE state = 'TRACKED'")).isEqualTo(7);
        assertThat(count("SELECT COUNT(*) FROM answers WHERE result = 'PENDING'")).isZero();
        for (int m = 0; m < members.size(); m++) {
            Member member = members.get(m);
            long right = 0;
            for (int v = 0; v < due.size(); v++) {
                right += (m + v) % 2 == 0 ? 1 : 0;
            }
            assertThat(counters(member)).containsExactly(right, 7 - right);
            assertThat(fixtures.points(member)).isEqualTo(300 - 7 * 10 + right * 20);
            assertThat(count("SELECT COUNT(*) FROM point_ledger WHERE reason = 'REWARD' AND member_id = ?",
                    member.id().value())).isEqualTo((int) right);
        }
        assertLedgerConsistent(members.toArray(Member[]::new));
    }

    /** What the settlement use case does: due questions in chunks, each decided by the domain and applied. */
    private int settleDueVotes(ApplySettlementPort port, Instant now, int chunkSize) {
        int settled = 0;
        long afterId = 0;
        List<Vote> chunk;
        do {
            chunk = votes.loadVotesDueForSettlement(now, afterId, chunkSize).votes();
            for (Vote vote : chunk) {
                SettlementDecision decision = TestFixtures.decide(vote, "200", now);
                if (port.applySettlement(((SettlementDecision.Settle) decision).settlement())) {
                    settled++;
                }
                afterId = vote.id().value();
            }
        } while (chunk.size() == chunkSize);
        return settled;
    }

    @Test
    void a_failure_inside_a_settlement_rolls_all_of_it_back() {
        Member right = fixtures.member();
        Member alreadyPaid = fixtures.member();
        Vote vote = fixtures.vote(creator, btc);
        fixtures.answer(vote, right, Choice.YES);
        fixtures.answer(vote, alreadyPaid, Choice.YES);
        // A reward entry already there for one member: the unique cause key refuses to pay it again.
        jdbc.update("INSERT INTO point_ledger (member_id, amount, reason, vote_id, balance_after, cause_key, created_at)"
                + " VALUES (?, 0, 'REWARD', ?, 290, ?, CURRENT_TIMESTAMP)", alreadyPaid.id().value(), vote.id().value(),
                "REWARD:" + vote.id().value());
        Settlement settlement = settlement(vote, "1000");

        assertThatThrownBy(() -> adapter.applySettlement(settlement)).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(fixtures.reload(vote).state()).isEqualTo(VoteState.ONGOING);
        assertThat(result(vote, right)).isEqualTo(AnswerResult.PENDING.name());
        assertThat(counters(right)).containsExactly(0, 0);
        assertThat(fixtures.points(right)).isEqualTo(290);

        jdbc.update("DELETE FROM point_ledger WHERE member_id = ? AND reason = 'REWARD'", alreadyPaid.id().value());
        assertThat(adapter.applySettlement(settlement)).isTrue();
        assertThat(fixtures.points(right)).isEqualTo(310);
        assertLedgerConsistent(right, alreadyPaid);
    }

    @Test
    void voiding_refunds_every_answer_and_the_fee_and_counts_nothing() {
        Member answerer = fixtures.member();
        Vote vote = fixtures.vote(creator, btc);
        fixtures.answer(vote, answerer, Choice.YES);
        fixtures.answer(vote, creator, Choice.NO);
        assertThat(fixtures.points(creator)).isEqualTo(240);
        Voiding voiding = voiding(vote);
        Settlement lateSettlement = settlement(vote, "1");

        assertThat(adapter.applyVoiding(voiding)).isTrue();
        assertThat(adapter.applyVoiding(voiding)).isFalse();
        assertThat(adapter.applySettlement(lateSettlement)).isFalse();

        assertThat(fixtures.points(answerer)).isEqualTo(300);
        assertThat(fixtures.points(creator)).isEqualTo(300);
        assertThat(counters(answerer)).containsExactly(0, 0);
        assertThat(counters(creator)).containsExactly(0, 0);
        assertThat(result(vote, answerer)).isEqualTo("REFUNDED");
        assertThat(result(vote, creator)).isEqualTo("REFUNDED");
        assertThat(jdbc.queryForList("SELECT reason FROM point_ledger WHERE member_id = ? ORDER BY id", String.class,
                creator.id().value()))
                .containsExactly("SIGNUP_GRANT", "VOTE_FEE", "ANSWER_FEE", "ANSWER_FEE_REFUND", "VOTE_FEE_REFUND");
        assertLedgerConsistent(creator, answerer);

        Vote voided = fixtures.reload(vote);
        assertThat(voided.state()).isEqualTo(VoteState.VOIDED);
        assertThat(voided.voidedAt()).contains(voiding.voidedAt());
        assertThat(voided.settlement()).isEmpty();
    }

    @Test
    void voiding_a_staff_question_refunds_nothing_since_nothing_was_paid() {
        Member answerer = fixtures.member();
        Member staff = fixtures.staff();
        Vote vote = fixtures.vote(staff, btc);
        fixtures.answer(vote, answerer, Choice.YES);

        assertThat(adapter.applyVoiding(voiding(vote))).isTrue();

        assertThat(fixtures.points(answerer)).isEqualTo(300);
        assertThat(fixtures.points(staff)).isEqualTo(300);
        assertThat(result(vote, answerer)).isEqualTo("REFUNDED");
        assertThat(count("SELECT COUNT(*) FROM point_ledger WHERE reason LIKE '%REFUND'")).isZero();
    }

    @Test
    void a_question_nobody_answered_settles_without_verdict() {
        Vote vote = fixtures.vote(creator, btc);

        assertThat(adapter.applySettlement(settlement(vote, "50"))).isTrue();

        Vote settled = fixtures.reload(vote);
        assertThat(settled.state()).isEqualTo(VoteState.TRACKED);
        assertThat(settled.crowdVerdict()).isEmpty();
        assertThat(settled.whaleVerdict()).isEmpty();
        assertThat(settled.settlement().orElseThrow().outcome().answer()).isEqualTo(Choice.NO);
    }
}
