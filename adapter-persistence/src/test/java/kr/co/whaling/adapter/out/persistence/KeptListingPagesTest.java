package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.Vote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Kept pages of the public listing ({@code whaling.persistence.listing-page-ttl}): while a page is
 * kept, listing it again reads only the viewer's own answers (nothing for an anonymous viewer), so
 * the questions' tallies may lag, but a member always sees the answer they just gave. Pages are kept
 * per filter, order and page. Expiry and refreshing are {@link KeptValuesTest}'s; here pages and
 * totals are kept for an hour so that which statements run never depends on timing.
 */
@PersistenceTest
@Import(StatementRecorder.Configuration.class)
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=4",
        "whaling.persistence.listing-total-ttl=1h", "whaling.persistence.listing-page-ttl=1h"})
class KeptListingPagesTest {

    private static final int QUESTIONS = 12;

    @Autowired
    VoteViewPersistenceAdapter adapter;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DataSource dataSource;

    private Member viewer;
    private Member other;
    private final List<Vote> questions = new ArrayList<>();
    /** Each test lists its own coin: the pages kept by earlier tests are never its. */
    private String coinText;

    @BeforeEach
    void world() {
        TestDatabase.deleteAllRows(dataSource);
        questions.clear();
        String code = "K" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        coinText = code.toLowerCase();
        CoinCode coin = fixtures.coin(code, "코인" + code);
        viewer = fixtures.staff();
        other = fixtures.member();
        for (int i = 0; i < QUESTIONS; i++) {
            questions.add(fixtures.vote(viewer, coin));
        }
    }

    @Test
    void a_kept_page_is_listed_again_with_one_statement_for_the_viewers_answers_and_none_when_anonymous() {
        fixtures.answer(questions.get(0), viewer, Choice.YES);
        list(0, 5, viewer.id());

        List<String> again = StatementRecorder.record(() -> list(0, 5, viewer.id()));
        List<String> anotherViewer = StatementRecorder.record(() -> list(0, 5, other.id()));
        List<String> anonymous = StatementRecorder.record(() -> list(0, 5, null));

        assertThat(again).singleElement().asString().contains("FROM answers");
        assertThat(anotherViewer).singleElement().asString().contains("FROM answers");
        assertThat(anonymous).isEmpty();
    }

    @Test
    void the_viewers_own_new_answer_shows_at_once_while_the_kept_tallies_lag() {
        Vote newest = questions.get(QUESTIONS - 1);
        VoteView before = first(list(0, 5, viewer.id()));
        assertThat(before.vote().id()).isEqualTo(newest.id());
        assertThat(before.viewerAnswer()).isEmpty();

        fixtures.answer(newest, viewer, Choice.NO);
        VoteView after = first(list(0, 5, viewer.id()));

        assertThat(after.viewerAnswer()).map(Answer::choice).contains(Choice.NO);
        assertThat(after.vote().tally().total()).as("the kept page's tally").isZero();
        assertThat(fixtures.reload(newest).tally().total()).as("the database's tally").isEqualTo(1);
    }

    @Test
    void pages_are_kept_per_filter_order_and_page() {
        list(0, 5, viewer.id());

        assertThat(StatementRecorder.record(() -> list(1, 5, viewer.id()))).as("another page").hasSize(3);
        assertThat(StatementRecorder.record(() -> list(0, 4, viewer.id()))).as("another size").hasSize(3);
        assertThat(StatementRecorder.record(() -> adapter.loadVotes(new VoteListing(Optional.empty(),
                VoteSort.POPULAR, Optional.of(coinText), new PageRequest(0, 5), Optional.of(viewer.id())))))
                .as("another order").hasSize(3);
        assertThat(StatementRecorder.record(() -> adapter.loadVotes(new VoteListing(
                Optional.of(VoteStateFilter.ONGOING), VoteSort.RECENT, Optional.of(coinText), new PageRequest(0, 5),
                Optional.of(viewer.id()))))).as("another state filter").hasSize(4);
        assertThat(StatementRecorder.record(() -> list(1, 5, viewer.id()))).as("kept now").hasSize(1);
    }

    @Test
    void a_kept_page_is_the_same_questions_in_the_same_order_as_a_fresh_one() {
        Page<VoteView> fresh = list(0, 5, viewer.id());
        Page<VoteView> kept = list(0, 5, viewer.id());

        assertThat(kept.items()).extracting(view -> view.vote().id())
                .containsExactlyElementsOf(fresh.items().stream().map(view -> view.vote().id()).toList());
        assertThat(kept.total()).isEqualTo(QUESTIONS);
        assertThat(kept.items()).extracting(VoteView::uploader).containsOnly(viewer.nickname());
    }

    @Test
    void the_whole_listing_in_one_answer_is_kept_like_a_page() {
        fixtures.answer(questions.get(0), viewer, Choice.YES);
        Page<VoteView> fresh = whole(viewer.id());

        List<Page<VoteView>> again = new ArrayList<>();
        List<String> statements = StatementRecorder.record(() -> again.add(whole(viewer.id())));

        assertThat(statements).singleElement().asString().contains("FROM answers");
        assertThat(again.get(0).items()).extracting(view -> view.vote().id())
                .containsExactlyElementsOf(fresh.items().stream().map(view -> view.vote().id()).toList());
        assertThat(again.get(0).items()).hasSize(QUESTIONS);
        assertThat(again.get(0).items()).filteredOn(view -> view.viewerAnswer().isPresent()).hasSize(1);
        assertThat(StatementRecorder.record(() -> list(0, 5, viewer.id()))).as("a page is kept apart")
                .anySatisfy(sql -> assertThat(sql).startsWith("SELECT id FROM"));
    }

    private Page<VoteView> whole(MemberId viewerId) {
        return adapter.loadVotes(new VoteListing(Optional.empty(), VoteSort.RECENT, Optional.of(coinText),
                PageRequest.firstItems(500), Optional.ofNullable(viewerId)));
    }

    private Page<VoteView> list(int page, int size, MemberId viewerId) {
        return adapter.loadVotes(new VoteListing(Optional.empty(), VoteSort.RECENT, Optional.of(coinText),
                new PageRequest(page, size), Optional.ofNullable(viewerId)));
    }

    private static VoteView first(Page<VoteView> page) {
        return page.items().get(0);
    }
}
