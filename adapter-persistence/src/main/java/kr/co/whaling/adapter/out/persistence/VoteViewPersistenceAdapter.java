package kr.co.whaling.adapter.out.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.co.whaling.application.port.in.ListVotesQuery;
import kr.co.whaling.application.port.in.model.Page;
import kr.co.whaling.application.port.in.model.PageRequest;
import kr.co.whaling.application.port.in.model.VoteCounts;
import kr.co.whaling.application.port.in.model.VoteSort;
import kr.co.whaling.application.port.in.model.VoteStateFilter;
import kr.co.whaling.application.port.in.model.VoteView;
import kr.co.whaling.application.port.out.LoadVoteViewsPort;
import kr.co.whaling.domain.member.MemberId;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.VoteId;
import kr.co.whaling.domain.vote.VoteState;
import org.springframework.stereotype.Component;

/**
 * Persistence adapter reading questions for display. Every call runs a constant number of
 * statements, whatever the page size.
 *
 * <p>The public listing, the busiest call of the service, reads a page in two statements: the page's
 * ids from {@code votes} alone, read in index order and stopping after the page
 * ({@link VoteListingStatements}), then those questions with their coin and creator, by primary key.
 * Pages are kept per filter (states and coin text), order and page for
 * {@link PersistenceProperties#listingPageTtl()}, 1 s by default, and totals ({@code X-Total-Count})
 * per filter for {@link PersistenceProperties#listingTotalTtl()}, 2 s by default ({@link ExpiringValues}):
 * <b>what a listing shows of its questions (tallies, states, new questions) may lag the database by up
 * to that long</b>, while the viewer's own answers are read on every request (one statement), so a
 * member always sees the answer they just gave. Under steady traffic a kept page or total is reloaded
 * by one request at a time while the others are served the kept one. A total never claims fewer
 * questions than the page itself shows, and a page that is not full gives its total without counting.
 * A listing fetched whole ({@code GET /votes} without page and size: its first hundreds of questions,
 * {@link PageRequest#firstItems(int)}) is one larger first page, read by the same statements and kept
 * the same way, apart from the pages paged through.
 * A member's own listings are never kept: they run the page (one join), its count and, for created
 * questions, the member's answers.
 */
@Component
public class VoteViewPersistenceAdapter implements LoadVoteViewsPort {

    private static final List<String> ONGOING = List.of(VoteState.ONGOING.name());
    private static final List<String> PUBLIC_FINISHED = List.of(VoteState.FINISHED.name());
    private static final List<String> PUBLIC_ANY = List.of(VoteState.ONGOING.name(), VoteState.FINISHED.name());
    private static final List<String> OWN_FINISHED =
            List.of(VoteState.FINISHED.name(), VoteState.TRACKED.name(), VoteState.VOIDED.name());
    private static final List<String> OWN_ANY = List.of(VoteState.ONGOING.name(), VoteState.FINISHED.name(),
            VoteState.TRACKED.name(), VoteState.VOIDED.name());

    /** Filters whose totals are kept at once; far more than the states times the coins members look for. */
    private static final int KEPT_TOTALS = 1_000;
    /** Pages kept at once: the first pages of every filter members use (at most 100 rows each). */
    private static final int KEPT_PAGES = 1_000;
    /**
     * Larger first pages kept at once (a listing fetched whole, up to {@link PageRequest#MAX_UNPAGED} rows
     * each): the whole listing of each state filter and a few coin texts. Kept apart so that coin texts
     * members type cannot fill the memory with thousands of such pages.
     */
    private static final int KEPT_LARGE_PAGES = 20;

    private final SpringDataVoteRepository votes;
    private final SpringDataChoiceRepository choices;
    private final VoteListingStatements listing;
    private final VotePersistenceMapper voteMapper;
    private final CoinPersistenceMapper coinMapper;
    private final AnswerPersistenceMapper answerMapper;
    private final ExpiringValues<VoteListingStatements.Filter, Long> totals;
    private final ExpiringValues<PageKey, List<VoteRow>> pages;
    private final ExpiringValues<PageKey, List<VoteRow>> largePages;

    /**
     * What a kept page is kept under. A kept page's rows are shared by every request that gets it:
     * they are only ever read, each request maps them into domain objects of its own.
     */
    private record PageKey(VoteListingStatements.Filter filter, VoteSort sort, PageRequest page) {
    }

    VoteViewPersistenceAdapter(SpringDataVoteRepository votes, SpringDataChoiceRepository choices,
                               VoteListingStatements listing, VotePersistenceMapper voteMapper,
                               CoinPersistenceMapper coinMapper, AnswerPersistenceMapper answerMapper,
                               PersistenceProperties properties) {
        this.votes = votes;
        this.choices = choices;
        this.listing = listing;
        this.voteMapper = voteMapper;
        this.coinMapper = coinMapper;
        this.answerMapper = answerMapper;
        // The persistence ring gets no Clock; a monotonic clock is what an expiry needs anyway.
        this.totals = new ExpiringValues<>(properties.listingTotalTtl(), KEPT_TOTALS, System::nanoTime);
        this.pages = new ExpiringValues<>(properties.listingPageTtl(), KEPT_PAGES, System::nanoTime);
        this.largePages = new ExpiringValues<>(properties.listingPageTtl(), KEPT_LARGE_PAGES, System::nanoTime);
    }

    @Override
    public Page<VoteView> loadVotes(ListVotesQuery query) {
        List<String> states = query.state().map(state -> state == VoteStateFilter.ONGOING ? ONGOING : PUBLIC_FINISHED)
                .orElse(PUBLIC_ANY);
        String pattern = query.coinText().map(LikePatterns::containsIgnoringCase).orElse(null);
        VoteListingStatements.Filter filter = new VoteListingStatements.Filter(states, pattern);
        List<VoteRow> rows = (query.page().size() > PageRequest.MAX_SIZE ? largePages : pages)
                .get(new PageKey(filter, query.sort(), query.page()),
                        () -> rowsInOrder(listing.pageIds(filter, query.sort(), query.page())));
        return toPage(rows, query.page(), total(filter, query.page(), rows.size()), query.viewer());
    }

    @Override
    public Optional<VoteView> loadVoteView(VoteId id, Optional<MemberId> viewer) {
        return votes.findRowById(id.value()).stream().findFirst()
                .map(row -> view(row, viewer.flatMap(member ->
                        choices.findByVoteIdAndMemberId(id.value(), member.value()).map(answerMapper::toDomain))));
    }

    @Override
    public Page<VoteView> loadCreatedVotes(MemberId member, Optional<VoteStateFilter> state, PageRequest page) {
        org.springframework.data.domain.Page<VoteRow> rows =
                votes.findCreated(member.value(), ownStates(state), pageable(page));
        return toPage(rows.getContent(), page, rows.getTotalElements(), Optional.of(member));
    }

    @Override
    public Page<VoteView> loadParticipatedVotes(MemberId member, Optional<VoteStateFilter> state,
                                                PageRequest page) {
        org.springframework.data.domain.Page<ParticipatedVoteRow> rows =
                votes.findParticipated(member.value(), ownStates(state), pageable(page));
        List<VoteView> views = rows.getContent().stream()
                .map(row -> view(new VoteRow(row.vote(), row.coin(), row.uploader()),
                        Optional.of(answerMapper.toDomain(row.choice()))))
                .toList();
        return new Page<>(views, page, rows.getTotalElements());
    }

    @Override
    public VoteCounts countCreatedVotes(MemberId member) {
        return counts(votes.countCreatedByState(member.value()));
    }

    @Override
    public VoteCounts countParticipatedVotes(MemberId member) {
        return counts(votes.countParticipatedByState(member.value()));
    }

    /** The rows of {@code ids}, in the order of {@code ids}. */
    private List<VoteRow> rowsInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, VoteRow> byId = listing.rows(ids).stream()
                .collect(Collectors.toMap(row -> row.vote().getId(), Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private long total(VoteListingStatements.Filter filter, PageRequest page, int loaded) {
        // A page short of its size ends the listing, so it tells the total (unless empty past the end).
        if (loaded < page.size() && (loaded > 0 || page.offset() == 0)) {
            return page.offset() + loaded;
        }
        // A kept total may lag behind new questions: it never claims fewer than the page shows.
        return Math.max(totals.get(filter, () -> listing.count(filter)), page.offset() + loaded);
    }

    private Page<VoteView> toPage(List<VoteRow> rows, PageRequest page, long total, Optional<MemberId> viewer) {
        Map<Long, Answer> answers = viewer.map(member -> viewerAnswers(member, rows)).orElse(Map.of());
        List<VoteView> views = rows.stream()
                .map(row -> view(row, Optional.ofNullable(answers.get(row.vote().getId()))))
                .toList();
        return new Page<>(views, page, total);
    }

    private Map<Long, Answer> viewerAnswers(MemberId viewer, List<VoteRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Collection<Long> ids = rows.stream().map(row -> row.vote().getId()).toList();
        return listing.answers(viewer.value(), ids).stream()
                .collect(Collectors.toMap(ChoiceJpaEntity::getVoteId, answerMapper::toDomain, (first, second) -> first));
    }

    private VoteView view(VoteRow row, Optional<Answer> viewerAnswer) {
        return new VoteView(voteMapper.toDomain(row.vote()), coinMapper.toSummary(row.coin()),
                new Nickname(row.uploader()), row.vote().getUpdatedAt(), viewerAnswer);
    }

    private static List<String> ownStates(Optional<VoteStateFilter> state) {
        return state.map(filter -> filter == VoteStateFilter.ONGOING ? ONGOING : OWN_FINISHED).orElse(OWN_ANY);
    }

    private static org.springframework.data.domain.Pageable pageable(PageRequest page) {
        return org.springframework.data.domain.PageRequest.of(page.page(), page.size());
    }

    private static VoteCounts counts(List<Object[]> byState) {
        Map<String, Long> counts = byState.stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        long ongoing = counts.getOrDefault(VoteState.ONGOING.name(), 0L);
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        return new VoteCounts(ongoing, all - ongoing);
    }
}
