package kr.co.whaling.adapter.out.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.VoteCounts;
import kr.co.whaling.application.vote.model.VoteListing;
import kr.co.whaling.application.vote.model.VoteSort;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.application.vote.port.out.LoadVoteViewsPort;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.VoteState;
import org.springframework.stereotype.Component;

/**
 * Persistence adapter reading questions for display ({@link VoteListingStatements}). Every call runs a
 * constant number of statements, whatever the page size.
 *
 * <p>The public listing, the busiest call of the service, reads a page in two statements: the page's
 * ids from {@code votes} alone, read in index order and stopping after the page, then those questions
 * with their coin and creator, by primary key. Pages are kept per filter (states and coin text), order
 * and page for {@link PersistenceProperties#listingPageTtl()}, 1 s by default, and totals
 * ({@code X-Total-Count}) per filter for {@link PersistenceProperties#listingTotalTtl()}, 2 s by default
 * ({@link KeptValues}): <b>what a listing shows of its questions (tallies, states, new questions) may
 * lag the database by up to that long</b>, while the viewer's own answers are read on every request
 * (one statement), so a member always sees the answer they just gave. Under steady traffic a kept page
 * or total is reloaded by one request at a time while the others are served the kept one. A total
 * never claims fewer questions than the page itself shows, and a page that is not full gives its total
 * without counting. A listing fetched whole ({@code GET /votes} without page and size: its first
 * hundreds of questions, {@link PageRequest#firstItems(int)}) is one larger first page, read by the same
 * statements and kept the same way, apart from the pages paged through.
 * A member's own listings are never kept: they run the page (one join), its count when the page does
 * not tell it and, for created questions, the member's answers. Nor is a single question: it is read
 * with its coin, its creator and the viewer's own answer in one statement on every request.
 */
@Component
public class VoteViewPersistenceAdapter implements LoadVoteViewsPort {

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
    private final VoteListingStatements listing;
    private final Function<VoteListingStatements.Filter, Long> totals;
    private final Function<PageKey, List<ListedVote>> pages;
    private final Function<PageKey, List<ListedVote>> largePages;

    /** What a kept page is kept under, and all it takes to read it again. */
    private record PageKey(VoteListingStatements.Filter filter, VoteSort sort, PageRequest page) {
    }

    VoteViewPersistenceAdapter(SpringDataVoteRepository votes, VoteListingStatements listing,
                               PersistenceProperties properties) {
        this.votes = votes;
        this.listing = listing;
        Function<PageKey, List<ListedVote>> page = key -> listing.page(key.filter(), key.sort(), key.page());
        this.totals = KeptValues.of(properties.listingTotalTtl(), KEPT_TOTALS, listing::count);
        this.pages = KeptValues.of(properties.listingPageTtl(), KEPT_PAGES, page);
        this.largePages = KeptValues.of(properties.listingPageTtl(), KEPT_LARGE_PAGES, page);
    }

    @Override
    public Page<VoteView> loadVotes(VoteListing query) {
        List<String> states = names(VoteStateFilter.publicStates(query.state()));
        String pattern = query.coinText().map(LikePatterns::containsIgnoringCase).orElse(null);
        VoteListingStatements.Filter filter = new VoteListingStatements.Filter(states, pattern);
        PageRequest page = query.page();
        List<ListedVote> rows = (page.size() > PageRequest.MAX_SIZE ? largePages : pages)
                .apply(new PageKey(filter, query.sort(), page));
        // A kept total may lag behind new questions: it never claims fewer than the page shows.
        long total = total(page, rows.size(), () -> Math.max(totals.apply(filter), page.offset() + rows.size()));
        return withAnswers(rows, page, total, query.viewer());
    }

    @Override
    public Optional<VoteView> loadVoteView(VoteId id, Optional<MemberId> viewer) {
        return listing.one(id.value(), viewer.map(MemberId::value).orElse(null));
    }

    @Override
    public Page<VoteView> loadCreatedVotes(MemberId member, Optional<VoteStateFilter> state, PageRequest page) {
        List<String> states = ownStates(state);
        List<ListedVote> rows = listing.created(member.value(), states, page);
        return withAnswers(rows, page, total(page, rows.size(), () -> listing.countCreated(member.value(), states)),
                Optional.of(member));
    }

    @Override
    public Page<VoteView> loadParticipatedVotes(MemberId member, Optional<VoteStateFilter> state,
                                                PageRequest page) {
        List<String> states = ownStates(state);
        List<VoteView> views = listing.participated(member.value(), states, page);
        return new Page<>(views, page,
                total(page, views.size(), () -> listing.countParticipated(member.value(), states)));
    }

    @Override
    public VoteCounts countCreatedVotes(MemberId member) {
        return counts(votes.countCreatedByState(member.value()));
    }

    @Override
    public VoteCounts countParticipatedVotes(MemberId member) {
        return counts(votes.countParticipatedByState(member.value()));
    }

    /**
     * The total of a listing {@code page} of which {@code loaded} rows were read: a page short of its
     * size ends the listing, so it tells the total (unless empty past the end); else {@code count}'s.
     */
    private static long total(PageRequest page, int loaded, LongSupplier count) {
        if (loaded < page.size() && (loaded > 0 || page.offset() == 0)) {
            return page.offset() + loaded;
        }
        return count.getAsLong();
    }

    /** The page of {@code rows}, each with {@code viewer}'s own answer (one statement when logged in). */
    private Page<VoteView> withAnswers(List<ListedVote> rows, PageRequest page, long total,
                                       Optional<MemberId> viewer) {
        Map<Long, Answer> answers = viewer.isEmpty() || rows.isEmpty() ? Map.of()
                : listing.answers(viewer.get().value(), rows.stream().map(row -> row.vote().id()).toList());
        List<VoteView> views = rows.stream()
                .map(row -> row.view(Optional.ofNullable(answers.get(row.vote().id()))))
                .toList();
        return new Page<>(views, page, total);
    }

    private static List<String> ownStates(Optional<VoteStateFilter> state) {
        return names(VoteStateFilter.ownStates(state));
    }

    private static VoteCounts counts(List<Object[]> byState) {
        Map<String, Long> counts = byState.stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        long ongoing = counts.getOrDefault(VoteState.ONGOING.name(), 0L);
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        return new VoteCounts(ongoing, all - ongoing);
    }

    private static List<String> names(Set<VoteState> states) {
        return states.stream().map(Enum::name).toList();  // EnumSet order: ONGOING, FINISHED, ...
    }
}
