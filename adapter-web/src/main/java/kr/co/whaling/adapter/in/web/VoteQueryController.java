package kr.co.whaling.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import kr.co.whaling.adapter.in.web.config.ListingProperties;
import kr.co.whaling.adapter.in.web.security.CurrentMember;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.VoteListing;
import kr.co.whaling.application.vote.model.VoteSort;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.application.vote.port.in.GetVoteQuery;
import kr.co.whaling.application.vote.port.in.GetVoteUseCase;
import kr.co.whaling.application.vote.port.in.ListVotesUseCase;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public reading of questions: the listing and one question. A valid token adds the caller's own answer. */
@RestController
@Tag(name = "Votes", description = "Questions to the crowd")
@RequiredArgsConstructor
public class VoteQueryController {

    private static final int DEFAULT_SIZE = 20;

    private final ListVotesUseCase listVotes;
    private final GetVoteUseCase getVote;
    private final VoteJsonMapper mapper;
    private final ListingProperties listing;

    @Operation(summary = "List ongoing and finished questions",
            description = "Settled and voided questions are left out. Public; with a valid access token each "
                    + "question shows the caller's own answer. Paged: X-Total-Count and Link headers. Without "
                    + "page and size: the first whaling.web.unpaged-limit (500) questions in one answer.")
    @GetMapping({"/votes", "/votes/"})
    public ResponseEntity<List<VoteResponse>> listVotes(
            @Parameter(schema = @Schema(allowableValues = {"ongoing", "finished"}))
            @RequestParam(name = "state", required = false) VoteStateFilter state,
            @Parameter(schema = @Schema(allowableValues = {"recent", "popular"}, defaultValue = "recent"))
            @RequestParam(name = "sort", defaultValue = "recent") VoteSort sort,
            @Parameter(description = "Part of the coin code or Korean name, any case")
            @RequestParam(name = "coin", required = false) String coin,
            @Parameter(description = "Zero-based page (0 when only size is given)")
            @RequestParam(name = "page", required = false) @Min(0) Integer page,
            @Parameter(description = "Page size (20 when only page is given)")
            @RequestParam(name = "size", required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
            @CurrentMember Optional<MemberId> viewer) {
        // Without page and size the frontend fetches the listing once and splits and searches it itself.
        PageRequest request = page == null && size == null ? PageRequest.firstItems(listing.unpagedLimit())
                : new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
        Page<VoteView> votes = listVotes.listVotes(new VoteListing(Optional.ofNullable(state), sort,
                Optional.ofNullable(coin), request, viewer));
        return ResponseEntity.ok()
                .headers(PageHeaders.of(votes))
                .body(mapper.toResponses(votes.items(), viewer.isPresent()));
    }

    @Operation(summary = "One question in any state",
            description = "Public; with a valid access token the question shows the caller's own answer.")
    @GetMapping({"/votes/{id}", "/votes/{id}/"})
    public VoteResponse getVote(@PathVariable("id") @Positive long id, @CurrentMember Optional<MemberId> viewer) {
        VoteView view = getVote.getVote(new GetVoteQuery(new VoteId(id), viewer));
        return mapper.toResponse(view, viewer.isPresent());
    }
}
