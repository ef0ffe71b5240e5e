package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.VoteListing;
import kr.co.whaling.application.vote.model.VoteSort;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.Vote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * No N+1 in the listings: the statements actually sent to the database (counted under the data
 * source, so Hibernate's and JdbcTemplate's alike) are the same few for a page of 5 as for a page of
 * 50, with the viewer's own answers filled in. The viewer created 120 questions on two coins, all at
 * the same instant, and answered every other one (60); someone else answered every third one, which
 * the viewer must not see.
 */
@PersistenceTest
@Import(StatementRecorder.Configuration.class)
// This test has a context of its own (the recording data source); a small pool is plenty for it.
// Public listing totals are kept as in production, but for the whole test, so that which statements
// run never depends on timing.
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=4",
        "whaling.persistence.listing-total-ttl=1h"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoteViewStatementCountTest {

    private static final int QUESTIONS = 120;
    private static final int SMALL_PAGE = 5;
    private static final int LARGE_PAGE = 50;

    @Autowired
    VoteViewPersistenceAdapter adapter;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private Member viewer;
    private final List<Vote> questions = new ArrayList<>();
    private Set<VoteId> answeredByViewer;

    @BeforeAll
    void world() {
        TestDatabase.deleteAllRows(dataSource);
        CoinCode btc = fixtures.coin("BTC", "비트코인");
        CoinCode eth = fixtures.coin("ETH", "이더리움");
        // Staff: their questions cost nothing to create or answer, so 120 of them fit any balance.
        viewer = fixtures.staff();
        Member other = fixtures.member();
        for (int i = 0; i < QUESTIONS; i++) {
            questions.add(fixtures.vote(viewer, i % 3 == 0 ? eth : btc));
        }
        for (int i = 0; i < QUESTIONS; i++) {
            if (i % 2 == 0) {
                fixtures.answer(questions.get(i), viewer, i % 4 == 0 ? Choice.YES : Choice.NO);
            }
            if (i % 3 == 0) {
                fixtures.answer(questions.get(i), other, Choice.YES);
            }
        }
        answeredByViewer = IntStream.range(0, QUESTIONS).filter(i -> i % 2 == 0)
                .mapToObj(i -> questions.get(i).id()).collect(Collectors.toSet());
    }

    @Test
    void the_recorder_counts_what_jdbc_template_sends_as_well_as_hibernate() {
        List<String> statements = StatementRecorder.record(() -> {
            jdbc.queryForObject("SELECT COUNT(*) FROM votes", Long.class);
            jdbc.update("UPDATE members SET points = points WHERE id = ?", viewer.id().value());
        });

        assertThat(statements).containsExactly("SELECT COUNT(*) FROM votes",
                "UPDATE members SET points = points WHERE id = ?");
    }

    @Test
    void the_public_listing_with_the_viewers_answers_runs_three_statements_for_any_page_size_once_its_total_is_kept() {
        for (VoteSort sort : VoteSort.values()) {
            for (String coin : new String[] {null, "bt"}) {
                IntFunction<Page<VoteView>> listing = size -> adapter.loadVotes(new VoteListing(Optional.empty(),
                        sort, Optional.ofNullable(coin), new PageRequest(0, size), Optional.of(viewer.id())));
                listing.apply(SMALL_PAGE);

                // The page's ids, those questions with their coin and creator, the viewer's answers to them.
                List<List<String>> statements = assertConstantStatements(listing, 3);
                assertThat(statements).allSatisfy(page -> assertThat(page).noneMatch(VoteViewStatementCountTest::isCount));
            }
        }
    }

    @Test
    void the_whole_listing_in_one_answer_runs_the_same_three_statements_however_many_questions_it_holds() {
        IntFunction<Page<VoteView>> whole = count -> adapter.loadVotes(new VoteListing(Optional.empty(),
                VoteSort.RECENT, Optional.empty(), PageRequest.firstItems(count), Optional.of(viewer.id())));
        whole.apply(SMALL_PAGE);

        // More than a page may hold: the same statements as any page, its total kept from before.
        List<String> beyondAPage = recordFullPage(whole, PageRequest.MAX_SIZE + 10);
        assertThat(beyondAPage).hasSize(3).noneMatch(VoteViewStatementCountTest::isCount);
        // Every question, fewer than the limit: the answer tells its own total, nothing is counted.
        List<Page<VoteView>> loaded = new ArrayList<>();
        List<String> all = StatementRecorder.record(() -> loaded.add(whole.apply(500)));
        assertThat(all).hasSize(3).noneMatch(VoteViewStatementCountTest::isCount);
        assertThat(loaded.get(0).items()).hasSize(QUESTIONS);
        assertThat(loaded.get(0).total()).isEqualTo(QUESTIONS);
        assertThat(loaded.get(0).items()).extracting(view -> view.vote().id())
                .containsExactlyElementsOf(allPages(VoteSort.RECENT));
    }

    @Test
    void a_public_listing_whose_total_is_not_kept_counts_it_in_one_more_statement_for_any_page_size() {
        IntFunction<Page<VoteView>> allOngoing = size -> adapter.loadVotes(new VoteListing(
                Optional.of(VoteStateFilter.ONGOING), VoteSort.RECENT, Optional.empty(), new PageRequest(0, size),
                Optional.of(viewer.id())));
        IntFunction<Page<VoteView>> ongoingBtc = size -> adapter.loadVotes(new VoteListing(
                Optional.of(VoteStateFilter.ONGOING), VoteSort.POPULAR, Optional.of("BT"), new PageRequest(0, size),
                Optional.of(viewer.id())));

        List<String> firstOfAll = recordFullPage(allOngoing, SMALL_PAGE);
        List<String> firstOfBtc = recordFullPage(ongoingBtc, LARGE_PAGE);

        assertThat(firstOfAll).hasSize(4).filteredOn(VoteViewStatementCountTest::isCount).hasSize(1);
        assertThat(firstOfBtc).hasSize(4).filteredOn(VoteViewStatementCountTest::isCount).hasSize(1);
        // The same filter at another size: its total is kept.
        assertThat(recordFullPage(allOngoing, LARGE_PAGE)).hasSize(3);
        // Kept per filter, whatever the order, the page or the case of the coin text; and an anonymous
        // caller has no answers to read: the page's ids and its questions only.
        assertThat(recordFullPage(size -> adapter.loadVotes(new VoteListing(Optional.of(VoteStateFilter.ONGOING),
                VoteSort.RECENT, Optional.of("bt"), new PageRequest(1, size), Optional.empty())), SMALL_PAGE, false))
                .hasSize(2);
        assertThat(allOngoing.apply(SMALL_PAGE).total()).isEqualTo(QUESTIONS);
        assertThat(ongoingBtc.apply(SMALL_PAGE).total()).isEqualTo(QUESTIONS * 2 / 3);
    }

    @Test
    void the_public_listing_orders_equal_creation_times_by_id_and_popularity_before_them() {
        // Every question was created at the same instant: newest first falls back to the highest id.
        List<VoteId> newestFirst = questions.stream().map(Vote::id)
                .sorted(Comparator.comparingLong(VoteId::value).reversed()).toList();
        // Answers: the viewer's on every other question, another member's on every third.
        List<VoteId> mostAnsweredFirst = IntStream.range(0, QUESTIONS).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> (i % 2 == 0 ? 1 : 0) + (i % 3 == 0 ? 1 : 0)).reversed()
                        .thenComparing(Comparator.<Integer>naturalOrder().reversed()))
                .map(i -> questions.get(i).id()).toList();

        assertThat(allPages(VoteSort.RECENT)).containsExactlyElementsOf(newestFirst);
        assertThat(allPages(VoteSort.POPULAR)).containsExactlyElementsOf(mostAnsweredFirst);
    }

    @Test
    void a_members_created_questions_with_their_answers_run_three_statements_for_any_page_size() {
        assertConstantStatements(size -> adapter.loadCreatedVotes(viewer.id(), Optional.of(VoteStateFilter.ONGOING),
                new PageRequest(0, size)), 3);
    }

    @Test
    void a_members_answered_questions_run_two_statements_for_any_page_size() {
        // The answer comes in the page's own statement (joined), so only the page and its total remain.
        IntFunction<Page<VoteView>> listing = size -> adapter.loadParticipatedVotes(viewer.id(),
                Optional.of(VoteStateFilter.ONGOING), new PageRequest(0, size));

        assertConstantStatements(listing, 2);
        assertThat(listing.apply(LARGE_PAGE).items()).allSatisfy(view ->
                assertThat(view.viewerAnswer()).isPresent());
    }

    @Test
    void one_question_runs_one_statement_with_or_without_the_viewers_answer() {
        VoteId answered = questions.get(0).id();
        VoteId unanswered = questions.get(1).id();

        List<String> withAnswer = StatementRecorder.record(() ->
                assertThat(adapter.loadVoteView(answered, Optional.of(viewer.id())).orElseThrow().viewerAnswer())
                        .map(Answer::choice).contains(Choice.YES));
        List<String> withoutAnswer = StatementRecorder.record(() ->
                assertThat(adapter.loadVoteView(unanswered, Optional.of(viewer.id())).orElseThrow().viewerAnswer())
                        .isEmpty());
        List<String> anonymous = StatementRecorder.record(() ->
                assertThat(adapter.loadVoteView(answered, Optional.empty()).orElseThrow().viewerAnswer()).isEmpty());

        // The question with its coin and creator, the viewer's answer joined.
        assertThat(withAnswer).hasSize(1);
        assertThat(withoutAnswer).hasSize(1);
        assertThat(anonymous).hasSize(1);
    }

    /**
     * Loads a full page of each size, checks every view carries exactly the viewer's own answer, and
     * that both pages took the same {@code expected} statements; returns them, small page first.
     */
    private List<List<String>> assertConstantStatements(IntFunction<Page<VoteView>> listing, int expected) {
        List<List<String>> statements = new ArrayList<>();
        for (int size : new int[] {SMALL_PAGE, LARGE_PAGE}) {
            statements.add(recordFullPage(listing, size));
        }
        assertThat(statements.get(0)).as("statements for a page of %d", SMALL_PAGE).hasSize(expected);
        assertThat(statements.get(1)).as("statements for a page of %d", LARGE_PAGE).hasSize(expected);
        return statements;
    }

    /**
     * The statements of one page of {@code size}, which must be full (a short page needs no count) and
     * show exactly the viewer's own answers: {@code listing} lists as the viewer.
     */
    private List<String> recordFullPage(IntFunction<Page<VoteView>> listing, int size) {
        return recordFullPage(listing, size, true);
    }

    private List<String> recordFullPage(IntFunction<Page<VoteView>> listing, int size, boolean asViewer) {
        List<Page<VoteView>> loaded = new ArrayList<>();
        List<String> statements = StatementRecorder.record(() -> loaded.add(listing.apply(size)));
        Page<VoteView> page = loaded.get(0);
        assertThat(page.items()).hasSize(size);
        assertThat(page.items()).allSatisfy(view -> assertThat(view.viewerAnswer().isPresent())
                .as("viewer's answer shown for %s", view.vote().id())
                .isEqualTo(asViewer && answeredByViewer.contains(view.vote().id())));
        assertThat(page.items()).allSatisfy(view -> view.viewerAnswer().ifPresent(answer ->
                assertThat(answer.memberId()).isEqualTo(viewer.id())));
        return statements;
    }

    /** Every page of 7 of the public listing, in order, as ids: pages must neither overlap nor skip. */
    private List<VoteId> allPages(VoteSort sort) {
        List<VoteId> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<VoteView> loaded = adapter.loadVotes(new VoteListing(Optional.empty(), sort, Optional.empty(),
                    new PageRequest(page, 7), Optional.empty()));
            loaded.items().forEach(view -> ids.add(view.vote().id()));
            if (!loaded.hasNext()) {
                return ids;
            }
        }
    }

    private static boolean isCount(String sql) {
        return sql.toUpperCase(Locale.ROOT).contains("COUNT(");
    }
}
