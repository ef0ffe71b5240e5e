package kr.co.whaling.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import kr.co.whaling.adapter.in.web.config.OpenApiConfiguration;
import kr.co.whaling.adapter.in.web.security.CurrentMember;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.MyVotes;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.application.vote.port.in.ListCreatedVotesUseCase;
import kr.co.whaling.application.vote.port.in.ListMyVotesQuery;
import kr.co.whaling.application.vote.port.in.ListParticipatedVotesUseCase;
import kr.co.whaling.domain.shared.MemberId;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The questions the caller created or answered; {@code finished} there means every state but ongoing. */
@RestController
@Tag(name = "Member")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@RequiredArgsConstructor
public class MyVotesController {

    private static final String STATE = "ongoing, or finished (every state but ongoing); without it every "
            + "state, newest first. The counts always count every state.";

    private final ListCreatedVotesUseCase listCreated;
    private final ListParticipatedVotesUseCase listParticipated;
    private final VoteJsonMapper mapper;

    @Operation(summary = "The questions the caller created", description = "Paged: X-Total-Count and Link headers.")
    @GetMapping({"/user/created-votes", "/user/created-votes/"})
    public ResponseEntity<MyVotesResponse> createdVotes(
            @Parameter(description = STATE, schema = @Schema(allowableValues = {"ongoing", "finished"}))
            @RequestParam(name = "state", required = false) VoteStateFilter state,
            @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @CurrentMember MemberId member) {
        return answer(listCreated.listCreatedVotes(query(member, state, page, size)));
    }

    @Operation(summary = "The questions the caller answered", description = "Paged: X-Total-Count and Link headers.")
    @GetMapping({"/user/participated-votes", "/user/participated-votes/"})
    public ResponseEntity<MyVotesResponse> participatedVotes(
            @Parameter(description = STATE, schema = @Schema(allowableValues = {"ongoing", "finished"}))
            @RequestParam(name = "state", required = false) VoteStateFilter state,
            @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @CurrentMember MemberId member) {
        return answer(listParticipated.listParticipatedVotes(query(member, state, page, size)));
    }

    private static ListMyVotesQuery query(MemberId member, VoteStateFilter state, int page, int size) {
        return new ListMyVotesQuery(member, Optional.ofNullable(state), new PageRequest(page, size));
    }

    private ResponseEntity<MyVotesResponse> answer(MyVotes votes) {
        return ResponseEntity.ok().headers(PageHeaders.of(votes.votes())).body(mapper.toResponse(votes));
    }
}
