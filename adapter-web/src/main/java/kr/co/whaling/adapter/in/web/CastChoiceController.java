package kr.co.whaling.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import kr.co.whaling.adapter.in.web.config.OpenApiConfiguration;
import kr.co.whaling.adapter.in.web.security.CurrentMember;
import kr.co.whaling.application.vote.port.in.CastChoiceCommand;
import kr.co.whaling.application.vote.port.in.CastChoiceUseCase;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.vote.Answer;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Answering a question. */
@RestController
@Tag(name = "Votes")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@RequiredArgsConstructor
public class CastChoiceController {

    private final CastChoiceUseCase castChoice;

    @Operation(summary = "Answer a question: 1 yes, 2 no",
            description = "Costs the question's answer cost. 409 when already answered; 400 with too few points "
                    + "or once answering closed; 404 for an unknown question.")
    @PostMapping({"/votes/{id}/choice", "/votes/{id}/choice/"})
    @ResponseStatus(HttpStatus.CREATED)
    public CastChoiceResponse castChoice(@PathVariable("id") @Positive long id,
                                         @Valid @RequestBody CastChoiceRequest body,
                                         @CurrentMember MemberId member) {
        Answer answer = castChoice.castChoice(new CastChoiceCommand(member, new VoteId(id),
                ChoiceCodes.choice(body.choice())));
        return new CastChoiceResponse(answer.voteId().value(), ChoiceCodes.code(answer.choice()));
    }
}
