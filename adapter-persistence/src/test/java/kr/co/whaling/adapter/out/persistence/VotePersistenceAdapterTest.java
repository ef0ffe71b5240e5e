package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.application.vote.port.out.LoadVotePort.VoteChunk;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceTest
class VotePersistenceAdapterTest {

    @Autowired
    VotePersistenceAdapter adapter;
    @Autowired
    CoinPersistenceAdapter coins;
    @Autowired
    SettlementPersistenceAdapter settlements;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private CoinCode shib;

    @BeforeEach
    void emptyTables() {
        TestDatabase.deleteAllRows(dataSource);
        shib = fixtures.coin("SHIB", "시바이누");
    }

    private Vote draft(Member creator, Instant at) {
        return Vote.draft(creator, coins.loadCoin(shib).orElseThrow(), Direction.DOWN, 99, Horizon.MONTH,
                TestFixtures.RULES).price(new PriceQuote(shib, Prices.krw("0.00000123"), at), at, TestFixtures.RULES);
    }

    @Test
    void creating_a_question_saves_it_and_charges_the_creator_in_one_step() {
        Member creator = fixtures.member();
        Instant at = Instant.parse("2024-01-31T15:30:42.5Z");
        Vote draft = draft(creator, at);

        VoteId id = adapter.createVote(draft, at);

        Vote loaded = adapter.loadVote(id).orElseThrow();
        assertThat(loaded.creatorId()).isEqualTo(creator.id());
        assertThat(loaded.official()).isFalse();
        assertThat(loaded.terms()).isEqualTo(draft.terms());
        assertThat(loaded.createdPrice()).isEqualTo(Prices.krw("0.00000123"));
        assertThat(loaded.schedule()).isEqualTo(draft.schedule());
        assertThat(loaded.pricing()).isEqualTo(draft.pricing());
        assertThat(loaded.state()).isEqualTo(VoteState.ONGOING);
        assertThat(loaded.tally()).isEqualTo(Tally.EMPTY);
        assertThat(loaded.settlement()).isEmpty();
        assertThat(loaded.voidedAt()).isEmpty();

        assertThat(fixtures.points(creator)).isEqualTo(250);
        Map<String, Object> fee = jdbc.queryForMap("SELECT amount, reason, vote_id, balance_after, cause_key"
                + " FROM point_ledger WHERE member_id = ? AND reason = 'VOTE_FEE'", creator.id().value());
        assertThat(fee).containsEntry("amount", -50L).containsEntry("vote_id", id.value())
                .containsEntry("balance_after", 250L).containsEntry("cause_key", "VOTE_FEE:" + id.value());
        assertThat(fixtures.ledgerSum(creator.id())).isEqualTo(250);
    }

    @Test
    void a_question_the_creator_can_no_longer_pay_for_is_refused_whole() {
        Member creator = fixtures.member();
        Vote draft = draft(creator, TestFixtures.CREATED_AT);
        jdbc.update("UPDATE members SET points = 49 WHERE id = ?", creator.id().value());

        assertThatThrownBy(() -> adapter.createVote(draft, TestFixtures.CREATED_AT))
                .isInstanceOfSatisfying(NotEnoughPointsException.class, refused -> {
                    assertThat(refused.required()).isEqualTo(50);
                    assertThat(refused.available()).isEqualTo(49);
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM votes", Integer.class)).isZero();
        assertThat(fixtures.points(creator)).isEqualTo(49);
    }

    @Test
    void a_staff_question_is_free_and_official() {
        Member staff = fixtures.staff();
        VoteId id = adapter.createVote(draft(staff, TestFixtures.CREATED_AT), TestFixtures.CREATED_AT);

        Vote loaded = adapter.loadVote(id).orElseThrow();
        assertThat(loaded.official()).isTrue();
        assertThat(loaded.pricing().creationFee()).isEqualTo(Points.ZERO);
        assertThat(loaded.pricing().reward()).isEqualTo(Points.of(30));
        assertThat(fixtures.points(staff)).isEqualTo(300);
        assertThat(fixtures.ledgerSum(staff.id())).isEqualTo(300);
    }

    @Test
    void ongoing_questions_come_earliest_closing_first_and_a_closing_is_saved_once() {
        Member creator = fixtures.member();
        Vote week = fixtures.vote(creator, shib, Direction.UP, 10, Horizon.WEEK, "0.001", TestFixtures.CREATED_AT,
                TestFixtures.RULES);
        Vote day = fixtures.vote(creator, shib);
        Vote month = fixtures.vote(creator, shib, Direction.UP, 10, Horizon.MONTH, "0.001", TestFixtures.CREATED_AT,
                TestFixtures.RULES);

        assertThat(adapter.loadOngoingVotesClosingFirst(2).votes()).extracting(Vote::id)
                .containsExactly(day.id(), week.id());
        Vote closing = fixtures.reload(day);
        assertThat(closing.close(closing.schedule().closesAt())).isTrue();
        assertThat(adapter.saveClosing(List.of(closing), closing.schedule().closesAt())).isEqualTo(1);
        assertThat(adapter.saveClosing(List.of(closing), closing.schedule().closesAt())).as("already closed").isZero();

        assertThat(fixtures.reload(day).state()).isEqualTo(VoteState.FINISHED);
        assertThat(fixtures.reload(week).state()).isEqualTo(VoteState.ONGOING);
        assertThat(adapter.loadOngoingVotesClosingFirst(5).votes()).extracting(Vote::id)
                .containsExactly(week.id(), month.id());
    }

    @Test
    void due_questions_come_in_chunks_ordered_by_id_unsettled_ones_only() {
        Member creator = fixtures.member();
        Vote first = fixtures.vote(creator, shib);
        Vote second = fixtures.vote(creator, shib);
        Vote notDue = fixtures.vote(creator, shib, Direction.UP, 10, Horizon.MONTH, "0.001", TestFixtures.CREATED_AT,
                TestFixtures.RULES);
        Vote third = fixtures.vote(creator, shib);
        Vote settled = fixtures.vote(creator, shib);
        fixtures.close(third);
        Instant now = first.schedule().settlesAt();
        SettlementDecision.Settle decision = (SettlementDecision.Settle) TestFixtures.decide(settled, "1", now);
        settlements.applySettlement(decision.settlement());

        List<Vote> firstChunk = adapter.loadVotesDueForSettlement(now, 0, 2).votes();
        assertThat(firstChunk).extracting(Vote::id).containsExactly(first.id(), second.id());
        List<Vote> secondChunk = adapter.loadVotesDueForSettlement(now, second.id().value(), 2).votes();
        assertThat(secondChunk).extracting(Vote::id).containsExactly(third.id());
        assertThat(secondChunk.get(0).state()).isEqualTo(VoteState.FINISHED);
        assertThat(adapter.loadVotesDueForSettlement(now.minusNanos(1000), 0, 10).rows()).isZero();
        assertThat(adapter.loadVotesDueForSettlement(notDue.schedule().settlesAt(), 0, 10).votes()).extracting(Vote::id)
                .containsExactly(first.id(), second.id(), notDue.id(), third.id());
    }

    @Test
    void whether_a_member_answered_is_known() {
        Member creator = fixtures.member();
        Member answerer = fixtures.member();
        Vote vote = fixtures.vote(creator, shib);
        fixtures.answer(vote, answerer, Choice.NO);

        assertThat(adapter.hasAnswered(vote.id(), answerer.id())).isTrue();
        assertThat(adapter.hasAnswered(vote.id(), creator.id())).isFalse();
        assertThat(adapter.loadVote(new VoteId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void a_due_row_that_makes_no_valid_question_is_reported_with_its_id_and_the_others_still_load() {
        Member creator = fixtures.member();
        Vote first = fixtures.vote(creator, shib);
        Vote corrupt = fixtures.vote(creator, shib);
        Vote zeroPrice = fixtures.vote(creator, shib);
        Vote last = fixtures.vote(creator, shib);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE votes SET direction = 'SIDEWAYS' WHERE id = ?", corrupt.id().value());
        jdbc.update("UPDATE votes SET created_price = 0 WHERE id = ?", zeroPrice.id().value());
        Instant now = first.schedule().settlesAt();

        VoteChunk chunk = adapter.loadVotesDueForSettlement(now, 0, 3);

        assertThat(chunk.votes()).extracting(Vote::id).containsExactly(first.id());
        assertThat(chunk.unreadable()).extracting(SkippedItem::identity)
                .containsExactly(String.valueOf(corrupt.id().value()), String.valueOf(zeroPrice.id().value()));
        assertThat(chunk.unreadable()).allSatisfy(skipped -> assertThat(skipped.kind())
                .isEqualTo(SkippedItem.Kind.QUESTION));
        assertThat(chunk.unreadable().get(0).reason()).contains("SIDEWAYS");
        assertThat(chunk.rows()).isEqualTo(3);
        assertThat(chunk.lastId()).as("the next chunk starts after the bad rows").isEqualTo(zeroPrice.id().value());
        assertThat(adapter.loadVotesDueForSettlement(now, chunk.lastId(), 3).votes()).extracting(Vote::id)
                .containsExactly(last.id());
    }
}
