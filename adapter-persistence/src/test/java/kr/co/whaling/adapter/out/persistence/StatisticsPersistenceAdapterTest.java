package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.domain.accuracy.AccuracyStats;
import kr.co.whaling.domain.accuracy.AccuracyStats.Breakdown;
import kr.co.whaling.domain.accuracy.ServiceAccuracy;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Vote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The point history and the service accuracy counts. */
@PersistenceTest
class StatisticsPersistenceAdapterTest {

    @Autowired
    PointHistoryPersistenceAdapter history;
    @Autowired
    AccuracyStatsPersistenceAdapter accuracy;
    @Autowired
    SettlementPersistenceAdapter settlements;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DataSource dataSource;

    private CoinCode btc;
    private CoinCode xrp;

    @BeforeEach
    void emptyTables() {
        TestDatabase.deleteAllRows(dataSource);
        btc = fixtures.coin("BTC", "비트코인");
        xrp = fixtures.coin("XRP", "리플");
    }

    private void settle(Vote vote, String price) {
        settlements.applySettlement(((SettlementDecision.Settle) TestFixtures.decide(fixtures.reload(vote), price,
                vote.schedule().settlesAt())).settlement());
    }

    @Test
    void a_members_point_history_newest_first_page_by_page() {
        Member creator = fixtures.member();
        Member member = fixtures.member();
        Vote first = fixtures.vote(creator, btc);
        Vote second = fixtures.vote(creator, btc);
        fixtures.answer(first, member, Choice.YES);
        fixtures.answer(second, member, Choice.NO);
        settle(first, "1000");

        Page<PointLedgerEntry> newest = history.loadPointHistory(member.id(), new PageRequest(0, 2));
        Page<PointLedgerEntry> oldest = history.loadPointHistory(member.id(), new PageRequest(1, 2));

        assertThat(newest.total()).isEqualTo(4);
        assertThat(newest.items()).extracting(PointLedgerEntry::reason)
                .containsExactly(PointReason.REWARD, PointReason.ANSWER_FEE);
        PointLedgerEntry reward = newest.items().get(0);
        assertThat(reward.memberId()).isEqualTo(member.id());
        assertThat(reward.amount()).isEqualTo(20);
        assertThat(reward.voteId()).isEqualTo(first.id());
        assertThat(reward.balanceAfter()).isEqualTo(300);
        assertThat(reward.at()).isEqualTo(first.schedule().settlesAt());
        assertThat(oldest.items()).extracting(PointLedgerEntry::reason)
                .containsExactly(PointReason.ANSWER_FEE, PointReason.SIGNUP_GRANT);
        PointLedgerEntry grant = oldest.items().get(1);
        assertThat(grant.voteId()).isNull();
        assertThat(grant.balanceAfter()).isEqualTo(300);
        assertThat(grant.at()).isEqualTo(member.signedUpAt());
    }

    @Test
    void accuracy_counts_only_settled_questions_with_a_verdict() {
        Member creator = fixtures.member();
        Member whale = fixtures.withCounters(fixtures.member(), 9, 1);
        Member a = fixtures.member();
        Member b = fixtures.member();
        Instant at = TestFixtures.CREATED_AT;
        // BTC day: crowd YES (2-1), whale YES, outcome YES: both right.
        Vote btcDay = fixtures.vote(creator, btc);
        fixtures.answer(btcDay, whale, Choice.YES);
        fixtures.answer(btcDay, a, Choice.YES);
        fixtures.answer(btcDay, b, Choice.NO);
        settle(btcDay, "1000");
        // XRP week: crowd NO (2-1), whale YES, outcome YES: crowd wrong, whale right.
        Vote xrpWeek = fixtures.vote(creator, xrp, Direction.UP, 5, Horizon.WEEK, "100", at, TestFixtures.RULES);
        fixtures.answer(xrpWeek, whale, Choice.YES);
        fixtures.answer(xrpWeek, a, Choice.NO);
        fixtures.answer(xrpWeek, b, Choice.NO);
        settle(xrpWeek, "1000");
        // BTC week: a tie and no whale: no verdict at all.
        Vote tie = fixtures.vote(creator, btc, Direction.UP, 5, Horizon.WEEK, "100", at, TestFixtures.RULES);
        fixtures.answer(tie, a, Choice.YES);
        fixtures.answer(tie, b, Choice.NO);
        settle(tie, "1000");
        // Not settled: counts nowhere.
        Vote open = fixtures.vote(creator, btc);
        fixtures.answer(open, a, Choice.YES);

        AccuracyStats stats = accuracy.loadAccuracyStats();

        assertThat(stats.overall()).isEqualTo(new Breakdown(new ServiceAccuracy(1, 2), new ServiceAccuracy(2, 2)));
        assertThat(stats.byCoin()).containsOnlyKeys(btc, xrp);
        assertThat(stats.byCoin().get(btc)).isEqualTo(new Breakdown(new ServiceAccuracy(1, 1), new ServiceAccuracy(1, 1)));
        assertThat(stats.byCoin().get(xrp)).isEqualTo(new Breakdown(new ServiceAccuracy(0, 1), new ServiceAccuracy(1, 1)));
        assertThat(stats.byHorizon()).containsOnlyKeys(Horizon.DAY, Horizon.WEEK);
        assertThat(stats.byHorizon().get(Horizon.WEEK))
                .isEqualTo(new Breakdown(new ServiceAccuracy(0, 1), new ServiceAccuracy(1, 1)));
    }

    @Test
    void no_settled_question_means_no_accuracy() {
        AccuracyStats stats = accuracy.loadAccuracyStats();

        assertThat(stats.overall()).isEqualTo(Breakdown.NONE);
        assertThat(stats.byCoin()).isEmpty();
        assertThat(stats.byHorizon()).isEmpty();
        assertThat(stats.overall().crowd().percent().toPlainString()).isEqualTo("0.0");
    }
}
