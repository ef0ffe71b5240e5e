package kr.co.whaling.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import kr.co.whaling.adapter.in.web.config.OpenApiConfiguration;
import kr.co.whaling.adapter.in.web.security.CurrentMember;
import kr.co.whaling.application.vote.port.in.CreateVoteCommand;
import kr.co.whaling.application.vote.port.in.CreateVoteUseCase;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Asking the crowd a new question. */
@RestController
@Tag(name = "Votes")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@RequiredArgsConstructor
public class CreateVoteController {

    private final CreateVoteUseCase createVote;

    @Operation(summary = "Ask a new question",
            description = "Priced at the coin's fresh current price; the creator pays the creation fee. "
                    + "400 for an unknown coin, a coin under warning, a bad range or too few points; "
                    + "503 when no fresh price can be had (nothing is charged).")
    @PostMapping({"/votes", "/votes/"})
    public ResponseEntity<CreateVoteResponse> createVote(@Valid @RequestBody CreateVoteRequest body,
                                                         @CurrentMember MemberId member) {
        VoteId id = createVote.createVote(new CreateVoteCommand(member, body.coinCode(),
                body.comment().direction(), body.range(), body.duration().horizon()));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/votes/{id}")
                .buildAndExpand(id.value()).toUri();
        return ResponseEntity.created(location).body(new CreateVoteResponse(id.value()));
    }
}
