package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.application.coin.model.CoinSummary;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.VoteCounts;
import kr.co.whaling.application.vote.model.VoteListing;
import kr.co.whaling.application.vote.model.VoteSort;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceTest
class VoteViewPersistenceAdapterTest {

    @Autowired
    VoteViewPersistenceAdapter adapter;
    @Autowired
    SettlementPersistenceAdapter settlements;
    @Autowired
    VotePersistenceAdapter votes;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private Member alice;
    private Member bob;
    private Vote btcOngoing;
    private Vote bchFinished;
    private Vote xrpPopular;
    private Vote btcTracked;
    private Vote btcVoided;

    /**
     * Five questions, created a minute apart: BTC ongoing (alice's, answered by bob), BCH finished
     * (bob's), XRP ongoing with the most answers (alice's), BTC settled and BTC voided (both alice's).
     */
    @BeforeEach
    void world() {
        TestDatabase.deleteAllRows(dataSource);
        CoinCode btc = fixtures.coin("BTC", "비트코인");
        CoinCode bch = fixtures.coin("BCH", "비트코인캐시");
        CoinCode xrp = fixtures.coin("XRP", "리플");
        alice = fixtures.member();
        bob = fixtures.member();
        Member carol = fixtures.member();
        btcOngoing = fixtures.vote(alice, btc);
        bchFinished = fixtures.vote(bob, bch);
        xrpPopular = fixtures.vote(alice, xrp);
        btcTracked = fixtures.vote(alice, btc);
        btcVoided = fixtures.vote(alice, btc);
        // Distinct creation times a minute apart, and answer times a second apart, in creation order.
        List<Vote> inCreationOrder = List.of(btcOngoing, bchFinished, xrpPopular, btcTracked, btcVoided);
        for (int i = 0; i < inCreationOrder.size(); i++) {
            jdbc.update("UPDATE votes SET created_at = TIMESTAMPADD(MINUTE, ?, created_at) WHERE id = ?", i,
                    inCreationOrder.get(i).id().value());
        }
        fixtures.answer(btcOngoing, bob, Choice.YES);
        fixtures.answer(xrpPopular, bob, Choice.NO);
        fixtures.answer(xrpPopular, carol, Choice.NO);
        fixtures.answer(btcTracked, bob, Choice.YES);
        fixtures.answer(btcVoided, bob, Choice.NO);
        for (int i = 0; i < inCreationOrder.size(); i++) {
            jdbc.update("UPDATE answers SET created_at = TIMESTAMPADD(SECOND, ?, created_at) WHERE vote_id = ?", i,
                    inCreationOrder.get(i).id().value());
        }
        jdbc.update("UPDATE votes SET state = 'FINISHED' WHERE id = ?", bchFinished.id().value());
        settlements.applySettlement(((SettlementDecision.Settle) TestFixtures.decide(fixtures.reload(btcTracked), "500",
                btcTracked.schedule().settlesAt())).settlement());
        settlements.applyVoiding(((SettlementDecision.Void) TestFixtures.decideWithoutPrice(
                fixtures.reload(btcVoided))).voiding());
    }

    private static VoteListing query(VoteStateFilter state, VoteSort sort, String coin, int page, int size,
                                        Member viewer) {
        return new VoteListing(Optional.ofNullable(state), sort, Optional.ofNullable(coin),
                new PageRequest(page, size), Optional.ofNullable(viewer).map(Member::id));
    }

    private static List<VoteId> ids(Page<VoteView> page) {
        return page.items().stream().map(view -> view.vote().id()).toList();
    }

    @Test
    void the_public_listing_leaves_out_settled_and_voided_questions_newest_first() {
        Page<VoteView> page = adapter.loadVotes(query(null, VoteSort.RECENT, null, 0, 20, null));

        assertThat(ids(page)).containsExactly(xrpPopular.id(), bchFinished.id(), btcOngoing.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).allSatisfy(view -> assertThat(view.viewerAnswer()).isEmpty());

        VoteView bch = page.items().get(1);
        assertThat(bch.coin()).isEqualTo(new CoinSummary(new CoinCode("BCH"), "비트코인캐시", "https://img/BCH.png"));
        assertThat(bch.uploader()).isEqualTo(bob.nickname());
        assertThat(bch.vote().state()).isEqualTo(VoteState.FINISHED);
        assertThat(bch.updatedAt()).isNotNull();
    }

    @Test
    void the_public_listing_filters_by_state_and_coin_and_sorts_by_participants() {
        assertThat(ids(adapter.loadVotes(query(VoteStateFilter.ONGOING, VoteSort.RECENT, null, 0, 20, null))))
                .containsExactly(xrpPopular.id(), btcOngoing.id());
        assertThat(ids(adapter.loadVotes(query(VoteStateFilter.FINISHED, VoteSort.RECENT, null, 0, 20, null))))
                .containsExactly(bchFinished.id());
        assertThat(ids(adapter.loadVotes(query(null, VoteSort.POPULAR, null, 0, 20, null))))
                .containsExactly(xrpPopular.id(), btcOngoing.id(), bchFinished.id());
        assertThat(ids(adapter.loadVotes(query(null, VoteSort.RECENT, "비트코인", 0, 20, null))))
                .containsExactly(bchFinished.id(), btcOngoing.id());
        assertThat(ids(adapter.loadVotes(query(null, VoteSort.RECENT, "bt", 0, 20, null))))
                .containsExactly(btcOngoing.id());
        assertThat(ids(adapter.loadVotes(query(null, VoteSort.RECENT, "%", 0, 20, null)))).isEmpty();
    }

    @Test
    void the_public_listing_pages_and_shows_the_viewers_own_answers() {
        Page<VoteView> first = adapter.loadVotes(query(null, VoteSort.RECENT, null, 0, 2, bob));
        Page<VoteView> second = adapter.loadVotes(query(null, VoteSort.RECENT, null, 1, 2, bob));

        assertThat(ids(first)).containsExactly(xrpPopular.id(), bchFinished.id());
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(ids(second)).containsExactly(btcOngoing.id());
        assertThat(second.hasNext()).isFalse();
        assertThat(first.items().get(0).viewerAnswer()).map(Answer::choice).contains(Choice.NO);
        assertThat(first.items().get(1).viewerAnswer()).isEmpty();
        assertThat(second.items().get(0).viewerAnswer()).map(Answer::choice).contains(Choice.YES);
    }

    @Test
    void the_whole_listing_in_one_answer_is_every_open_question_newest_first_up_to_its_limit() {
        Page<VoteView> whole = adapter.loadVotes(new VoteListing(Optional.empty(), VoteSort.RECENT,
                Optional.empty(), PageRequest.firstItems(500), Optional.of(bob.id())));
        Page<VoteView> cut = adapter.loadVotes(new VoteListing(Optional.empty(), VoteSort.RECENT,
                Optional.empty(), PageRequest.firstItems(2), Optional.empty()));

        assertThat(ids(whole)).containsExactly(xrpPopular.id(), bchFinished.id(), btcOngoing.id());
        assertThat(whole.total()).isEqualTo(3);
        assertThat(whole.hasNext()).isFalse();
        assertThat(whole.items().get(0).viewerAnswer()).map(Answer::choice).contains(Choice.NO);
        assertThat(ids(cut)).containsExactly(xrpPopular.id(), bchFinished.id());
        assertThat(cut.total()).isEqualTo(3);
        assertThat(cut.hasNext()).isTrue();
    }

    @Test
    void the_listing_reads_every_field_as_the_single_question_does() {
        Page<VoteView> page = adapter.loadVotes(query(null, VoteSort.RECENT, null, 0, 20, bob));

        assertThat(page.items()).hasSize(3).allSatisfy(listed -> assertThat(listed).usingRecursiveComparison()
                .isEqualTo(adapter.loadVoteView(listed.vote().id(), Optional.of(bob.id())).orElseThrow()));
        assertThat(page.items()).filteredOn(view -> view.viewerAnswer().isPresent()).hasSize(2);
    }

    @Test
    void a_question_s_base_rate_is_read_back_as_it_was_taken_by_the_listings_and_by_the_settlement_s_load() {
        BaseRate taken = TestFixtures.RULES.baseRates().rateOf(45, 358);
        Vote withRate = fixtures.voteWithBaseRate(bob, new CoinCode("BTC"), taken);

        assertThat(adapter.loadVoteView(withRate.id(), Optional.empty()).orElseThrow().vote().baseRate())
                .contains(taken);
        assertThat(adapter.loadCreatedVotes(bob.id(), Optional.empty(), new PageRequest(0, 20)).items())
                .filteredOn(view -> view.vote().id().equals(withRate.id()))
                .singleElement().satisfies(view -> assertThat(view.vote().baseRate()).contains(taken));
        assertThat(fixtures.reload(withRate).baseRate()).contains(taken);
        assertThat(adapter.loadVoteView(btcOngoing.id(), Optional.empty()).orElseThrow().vote().baseRate()).isEmpty();
    }

    /** One question of {@link #every_filter_and_order_pages_through_the_listing_without_overlap_or_gap}'s world. */
    private record Listed(VoteId id, String coin, VoteState state, int minute, int participants) {
    }

    @Test
    void every_filter_and_order_pages_through_the_listing_without_overlap_or_gap() {
        TestDatabase.deleteAllRows(dataSource);
        CoinCode btc = fixtures.coin("BTC", "비트코인");
        CoinCode xrp = fixtures.coin("XRP", "리플");
        Member staff = fixtures.staff();
        // 24 questions over two coins and four states; pairs share a creation minute and many share a
        // participant count, so the listing's order rests on its tiebreaks (newest, then highest id).
        List<VoteState> states = List.of(VoteState.ONGOING, VoteState.FINISHED, VoteState.ONGOING,
                VoteState.TRACKED, VoteState.ONGOING, VoteState.FINISHED, VoteState.VOIDED, VoteState.FINISHED);
        List<Listed> world = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            boolean onBtc = i % 3 != 0;
            Vote vote = fixtures.vote(staff, onBtc ? btc : xrp);
            Listed listed = new Listed(vote.id(), onBtc ? "BTC" : "XRP", states.get(i % states.size()), (i * 7 % 24) / 2,
                    i % 4);
            jdbc.update("UPDATE votes SET state = ?, created_at = TIMESTAMPADD(MINUTE, ?, created_at),"
                            + " yes_count = ?, participants = ? WHERE id = ?", listed.state().name(), listed.minute(),
                    listed.participants(), listed.participants(), vote.id().value());
            world.add(listed);
        }
        Comparator<Listed> newest = Comparator.comparingInt(Listed::minute)
                .thenComparingLong(listed -> listed.id().value()).reversed();
        Comparator<Listed> popular = Comparator.comparingInt(Listed::participants).reversed()
                .thenComparing(newest);

        for (VoteStateFilter state : new VoteStateFilter[] {null, VoteStateFilter.ONGOING, VoteStateFilter.FINISHED}) {
            for (String coin : new String[] {null, "xr", "비트"}) {
                for (VoteSort sort : VoteSort.values()) {
                    List<VoteId> expected = world.stream()
                            .filter(listed -> state == null
                                    ? listed.state() == VoteState.ONGOING || listed.state() == VoteState.FINISHED
                                    : listed.state() == (state == VoteStateFilter.ONGOING
                                            ? VoteState.ONGOING : VoteState.FINISHED))
                            .filter(listed -> coin == null || listed.coin().equals(coin.equals("xr") ? "XRP" : "BTC"))
                            .sorted(sort == VoteSort.POPULAR ? popular : newest)
                            .map(Listed::id).toList();
                    List<VoteId> paged = new ArrayList<>();
                    for (int page = 0; page * 3 < expected.size() + 3; page++) {
                        Page<VoteView> loaded = adapter.loadVotes(query(state, sort, coin, page, 3, null));
                        assertThat(loaded.total()).as("total of %s %s %s", state, coin, sort).isEqualTo(expected.size());
                        paged.addAll(ids(loaded));
                    }
                    assertThat(paged).as("%s %s %s", state, coin, sort).containsExactlyElementsOf(expected);
                }
            }
        }
    }

    @Test
    void one_question_in_any_state_with_the_viewers_answer() {
        VoteView tracked = adapter.loadVoteView(btcTracked.id(), Optional.of(bob.id())).orElseThrow();

        assertThat(tracked.vote().state()).isEqualTo(VoteState.TRACKED);
        assertThat(tracked.vote().crowdVerdict()).contains(true);
        assertThat(tracked.viewerAnswer()).hasValueSatisfying(answer -> {
            assertThat(answer.choice()).isEqualTo(Choice.YES);
            assertThat(answer.result().name()).isEqualTo("RIGHT");
            assertThat(answer.memberId()).isEqualTo(bob.id());
        });
        assertThat(adapter.loadVoteView(btcTracked.id(), Optional.empty()).orElseThrow().viewerAnswer()).isEmpty();
        assertThat(adapter.loadVoteView(btcTracked.id(), Optional.of(alice.id())).orElseThrow().viewerAnswer())
                .isEmpty();
        assertThat(adapter.loadVoteView(btcVoided.id(), Optional.of(bob.id())).orElseThrow().vote().state())
                .isEqualTo(VoteState.VOIDED);
        assertThat(adapter.loadVoteView(new VoteId(Long.MAX_VALUE), Optional.empty())).isEmpty();
    }

    @Test
    void a_members_created_questions_by_state_or_in_every_state_newest_first() {
        PageRequest all = new PageRequest(0, 20);

        assertThat(ids(adapter.loadCreatedVotes(alice.id(), Optional.of(VoteStateFilter.ONGOING), all)))
                .containsExactly(xrpPopular.id(), btcOngoing.id());
        Page<VoteView> finished = adapter.loadCreatedVotes(alice.id(), Optional.of(VoteStateFilter.FINISHED), all);
        assertThat(ids(finished)).containsExactly(btcVoided.id(), btcTracked.id());
        assertThat(finished.total()).isEqualTo(2);
        assertThat(ids(adapter.loadCreatedVotes(bob.id(), Optional.of(VoteStateFilter.FINISHED), all)))
                .containsExactly(bchFinished.id());
        Page<VoteView> everyState = adapter.loadCreatedVotes(alice.id(), Optional.empty(), new PageRequest(0, 3));
        assertThat(ids(everyState)).containsExactly(btcVoided.id(), btcTracked.id(), xrpPopular.id());
        assertThat(everyState.total()).isEqualTo(4);
        assertThat(ids(adapter.loadCreatedVotes(alice.id(), Optional.empty(), new PageRequest(1, 3))))
                .containsExactly(btcOngoing.id());
        assertThat(adapter.countCreatedVotes(alice.id())).isEqualTo(new VoteCounts(2, 2));
        assertThat(adapter.countCreatedVotes(bob.id())).isEqualTo(new VoteCounts(0, 1));
        assertThat(adapter.countCreatedVotes(new MemberId(Long.MAX_VALUE))).isEqualTo(new VoteCounts(0, 0));
    }

    @Test
    void a_members_answered_questions_by_state_or_in_every_state_newest_answer_first() {
        PageRequest all = new PageRequest(0, 20);

        Page<VoteView> ongoing = adapter.loadParticipatedVotes(bob.id(), Optional.of(VoteStateFilter.ONGOING), all);
        assertThat(ids(ongoing)).containsExactly(xrpPopular.id(), btcOngoing.id());
        assertThat(ongoing.items()).allSatisfy(view -> assertThat(view.viewerAnswer()).isPresent());
        assertThat(ongoing.items().get(0).viewerAnswer().orElseThrow().choice()).isEqualTo(Choice.NO);
        Page<VoteView> finished = adapter.loadParticipatedVotes(bob.id(), Optional.of(VoteStateFilter.FINISHED),
                new PageRequest(0, 1));
        assertThat(ids(finished)).containsExactly(btcVoided.id());
        assertThat(finished.total()).isEqualTo(2);
        assertThat(finished.items().get(0).viewerAnswer().orElseThrow().result().name()).isEqualTo("REFUNDED");
        Page<VoteView> everyState = adapter.loadParticipatedVotes(bob.id(), Optional.empty(), all);
        assertThat(ids(everyState)).containsExactly(btcVoided.id(), btcTracked.id(), xrpPopular.id(), btcOngoing.id());
        assertThat(everyState.total()).isEqualTo(4);
        assertThat(everyState.items()).allSatisfy(view -> assertThat(view.viewerAnswer())
                .hasValueSatisfying(answer -> assertThat(answer.memberId()).isEqualTo(bob.id())));
        assertThat(adapter.countParticipatedVotes(bob.id())).isEqualTo(new VoteCounts(2, 2));
        assertThat(adapter.countParticipatedVotes(alice.id())).isEqualTo(new VoteCounts(0, 0));
    }
}
