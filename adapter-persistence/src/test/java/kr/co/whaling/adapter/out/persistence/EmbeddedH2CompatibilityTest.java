package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.VoteListing;
import kr.co.whaling.application.vote.model.VoteSort;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.NicknameTakenException;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.AlreadyAnsweredException;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteState;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's embedded default: H2 in MySQL mode, with the same Flyway migrations and the
 * portable form of the set-based statements. Persistence behaviour is proven on the real database
 * by the other tests; this one proves the embedded default runs the same flows.
 */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:whaling-compat;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,RANGE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.jpa.hibernate.ddl-auto=none",
        "spring.jpa.open-in-view=false",
        "spring.main.banner-mode=off"})
class EmbeddedH2CompatibilityTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    MemberPersistenceAdapter members;
    @Autowired
    AnswerPersistenceAdapter answers;
    @Autowired
    SettlementPersistenceAdapter settlements;
    @Autowired
    VoteViewPersistenceAdapter views;
    @Autowired
    DailyClosePersistenceAdapter dailyCloses;
    @Autowired
    SqlDialect dialect;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;

    @BeforeEach
    void emptyTables() {
        TestDatabase.deleteAllRows(dataSource);
    }

    @Test
    void questions_are_answered_settled_and_voided_on_the_embedded_database() {
        assertThat(dialect.supportsMultiTableUpdate()).isFalse();
        CoinCode btc = fixtures.coin("BTC", "비트코인");
        Member creator = fixtures.member();
        Member right = fixtures.member();
        Member wrong = fixtures.member();
        Vote settled = fixtures.vote(creator, btc);
        Vote voided = fixtures.vote(creator, btc);
        fixtures.answer(settled, right, Choice.YES);
        fixtures.answer(settled, wrong, Choice.NO);
        fixtures.answer(voided, right, Choice.NO);
        fixtures.answer(voided, creator, Choice.NO);
        assertThatThrownBy(() -> fixtures.answer(settled, right, Choice.NO)).isInstanceOf(AlreadyAnsweredException.class);
        assertThat(views.loadVotes(new VoteListing(Optional.empty(), VoteSort.POPULAR, Optional.of("비트"),
                new PageRequest(0, 10), Optional.of(right.id()))).total()).isEqualTo(2);
        // The default listing merges one index branch per state; created at the same instant, newest is highest id.
        Page<VoteView> second = views.loadVotes(new VoteListing(Optional.empty(), VoteSort.RECENT, Optional.empty(),
                new PageRequest(1, 1), Optional.of(right.id())));
        assertThat(second.items()).extracting(view -> view.vote().id()).containsExactly(settled.id());
        assertThat(second.items().get(0).viewerAnswer()).map(Answer::choice).contains(Choice.YES);
        assertThat(second.total()).isEqualTo(2);

        SettlementDecision.Settle settle = (SettlementDecision.Settle) TestFixtures.decide(fixtures.reload(settled),
                "1000", settled.schedule().settlesAt());
        assertThat(settlements.applySettlement(settle.settlement())).isTrue();
        assertThat(settlements.applySettlement(settle.settlement())).isFalse();
        SettlementDecision.Void voiding = (SettlementDecision.Void) TestFixtures.decideWithoutPrice(fixtures.reload(voided));
        assertThat(settlements.applyVoiding(voiding.voiding())).isTrue();

        assertThat(fixtures.reload(settled).state()).isEqualTo(VoteState.TRACKED);
        assertThat(fixtures.reload(settled).crowdVerdict()).isEmpty();
        assertThat(fixtures.points(right)).isEqualTo(300 - 10 + 20 - 10 + 10);
        assertThat(fixtures.points(wrong)).isEqualTo(290);
        assertThat(fixtures.points(creator)).isEqualTo(300 - 50 - 50 + 50);
        assertThat(members.loadMember(right.id()).orElseThrow().accuracy().right()).isEqualTo(1);
        assertThat(members.loadMember(wrong.id()).orElseThrow().accuracy().wrong()).isEqualTo(1);
        for (Member member : new Member[] {creator, right, wrong}) {
            assertThat(fixtures.ledgerSum(member.id())).isEqualTo(fixtures.points(member));
            assertThat(fixtures.ledgerChains(member.id())).isTrue();
        }
    }

    @Test
    void nicknames_are_unique_ignoring_case_on_the_embedded_database() {
        Member alice = fixtures.member();
        Member bob = fixtures.member();
        members.changeNickname(alice.id(), new Nickname("Whale"));

        assertThatThrownBy(() -> members.changeNickname(bob.id(), new Nickname("WHALE")))
                .isInstanceOf(NicknameTakenException.class);
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank",
                String.class)).as("every migration ran on H2").containsExactlyElementsOf(
                        Stream.of(flyway.info().all()).map(migration -> migration.getVersion().getVersion()).toList());
    }

    @Test
    void daily_closes_are_upserted_and_read_on_the_embedded_database() {
        CoinCode btc = fixtures.coin("BTC", "비트코인");
        LocalDate jan1 = LocalDate.parse("2024-01-01");
        LocalDate jan2 = jan1.plusDays(1);
        LocalDate jan3 = jan1.plusDays(2);
        dailyCloses.storeDailyCloses(btc, DailyCloses.of(List.of(new DailyClose(jan1, Prices.krw("100")),
                new DailyClose(jan2, Prices.krw("101")))));

        dailyCloses.storeDailyCloses(btc, DailyCloses.of(List.of(new DailyClose(jan2, Prices.krw("0.00000123")),
                new DailyClose(jan3, Prices.krw("103")))));

        assertThat(dailyCloses.loadStoredDailyCloses(btc, jan1, jan3).closes()).containsExactly(
                new DailyClose(jan1, Prices.krw("100")), new DailyClose(jan2, Prices.krw("0.00000123")),
                new DailyClose(jan3, Prices.krw("103")));
        assertThat(dailyCloses.latestStoredDay(btc)).contains(jan3);
    }
}
