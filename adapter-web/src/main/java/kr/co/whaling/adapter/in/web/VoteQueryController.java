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
import kr.co.whaling.adapter.in.web.security.CurrentMember;
import kr.co.whaling.application.port.in.GetVoteQuery;
import kr.co.whaling.application.port.in.GetVoteUseCase;
import kr.co.whaling.application.port.in.ListVotesQuery;
import kr.co.whaling.application.port.in.ListVotesUseCase;
import kr.co.whaling.application.port.in.model.Page;
import kr.co.whaling.application.port.in.model.PageRequest;
import kr.co.whaling.application.port.in.model.VoteSort;
import kr.co.whaling.application.port.in.model.VoteStateFilter;
import kr.co.whaling.application.port.in.model.VoteView;
import kr.co.whaling.domain.member.MemberId;
import kr.co.whaling.domain.vote.VoteId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public reading of questions: the listing and one question. A valid token adds the caller's own answer. */
@RestController
@Tag(name = "Votes", description = "Questions to the crowd")
public class VoteQueryController {

    private final ListVotesUseCase listVotes;
    private final GetVoteUseCase getVote;
    private final VoteJsonMapper mapper;

    VoteQueryController(ListVotesUseCase listVotes, GetVoteUseCase getVote, VoteJsonMapper mapper) {
        this.listVotes = listVotes;
        this.getVote = getVote;
        this.mapper = mapper;
    }

    @Operation(summary = "List ongoing and finished questions",
            description = "Settled and voided questions are left out. Public; with a valid access token each "
                    + "question shows the caller's own answer. Paged: X-Total-Count and Link headers.")
    @GetMapping({"/votes", "/votes/"})
    public ResponseEntity<List<VoteResponse>> listVotes(
            @Parameter(schema = @Schema(allowableValues = {"ongoing", "finished"}))
            @RequestParam(name = "state", required = false) VoteStateFilter state,
            @Parameter(schema = @Schema(allowableValues = {"recent", "popular"}, defaultValue = "recent"))
            @RequestParam(name = "sort", defaultValue = "recent") VoteSort sort,
            @Parameter(description = "Part of the coin code or Korean name, any case")
            @RequestParam(name = "coin", required = false) String coin,
            @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @CurrentMember Optional<MemberId> viewer) {
        Page<VoteView> votes = listVotes.listVotes(new ListVotesQuery(Optional.ofNullable(state), sort,
                Optional.ofNullable(coin), new PageRequest(page, size), viewer));
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
