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
 * Persistence adapter reading questions for display ({@link VoteListingStatements}), in a constant number
 * of statements whatever the page size.
 *
 * <p>The public listing keeps its pages per filter, order and page for
 * {@link PersistenceProperties#listingPageTtl()} and its totals per filter for
 * {@link PersistenceProperties#listingTotalTtl()} ({@link KeptValues}): <b>what it shows of its questions
 * may lag the database by that long</b>, but the viewer's own answers are read on every request. A total
 * never claims fewer questions than the page shows; a page that is not full gives its total uncounted.
 * A member's own listings and a single question are never kept.
 */
@Component
public class VoteViewPersistenceAdapter implements LoadVoteViewsPort {

    private static final int KEPT_TOTALS = 1_000;
    private static final int KEPT_PAGES = 1_000;
    /** Whole listings (up to {@link PageRequest#MAX_UNPAGED} rows), apart: typed coin texts can't fill memory. */
    private static final int KEPT_LARGE_PAGES = 20;

    private final SpringDataVoteRepository votes;
    private final VoteListingStatements listing;
    private final Function<VoteListingStatements.Filter, Long> totals;
    private final Function<PageKey, List<ListedVote>> pages;
    private final Function<PageKey, List<ListedVote>> largePages;

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
        List<String> states = names(VoteStateFilter.ownStates(state));
        List<ListedVote> rows = listing.created(member.value(), states, page);
        return withAnswers(rows, page, total(page, rows.size(), () -> listing.countCreated(member.value(), states)),
                Optional.of(member));
    }

    @Override
    public Page<VoteView> loadParticipatedVotes(MemberId member, Optional<VoteStateFilter> state,
                                                PageRequest page) {
        List<String> states = names(VoteStateFilter.ownStates(state));
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

    /** A page short of its size ends the listing, so it tells the total (unless empty past the end). */
    private static long total(PageRequest page, int loaded, LongSupplier count) {
        if (loaded < page.size() && (loaded > 0 || page.offset() == 0)) {
            return page.offset() + loaded;
        }
        return count.getAsLong();
    }

    /** Each row with {@code viewer}'s own answer (one statement when logged in). */
    private Page<VoteView> withAnswers(List<ListedVote> rows, PageRequest page, long total,
                                       Optional<MemberId> viewer) {
        Map<Long, Answer> answers = viewer.isEmpty() || rows.isEmpty() ? Map.of()
                : listing.answers(viewer.get().value(), rows.stream().map(row -> row.vote().id()).toList());
        List<VoteView> views = rows.stream()
                .map(row -> row.view(Optional.ofNullable(answers.get(row.vote().id()))))
                .toList();
        return new Page<>(views, page, total);
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
