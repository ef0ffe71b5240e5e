package kr.co.whaling.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import kr.co.whaling.adapter.in.web.config.OpenApiConfiguration;
import kr.co.whaling.adapter.in.web.security.CurrentMember;
import kr.co.whaling.application.vote.model.VotePreview;
import kr.co.whaling.application.vote.port.in.PreviewVoteQuery;
import kr.co.whaling.application.vote.port.in.PreviewVoteUseCase;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.shared.MemberId;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Previewing a question before asking it: what it would cost and how often it came true before. */
@RestController
@Tag(name = "Votes")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@RequiredArgsConstructor
public class VotePreviewController {

    private final PreviewVoteUseCase previewVote;
    private final MessageSource messages;

    @Operation(summary = "Preview a question without asking it",
            description = "The price it would be created at, its target and its base rate (how often such a "
                    + "question came true over the last 365 days); allowed false with the refusal's message "
                    + "when a rule (guardrail, points, range, coin) would refuse it. Nothing is saved or charged; "
                    + "503 when no fresh price can be had.")
    @GetMapping({"/votes/preview", "/votes/preview/"})
    public VotePreviewResponse preview(@RequestParam("coin_code") String coinCode,
                                       @RequestParam("duration") VoteDuration duration,
                                       @RequestParam("range") int range,
                                       @RequestParam("comment") VoteComment comment,
                                       @CurrentMember MemberId member, Locale locale) {
        VotePreview preview = previewVote.previewVote(new PreviewVoteQuery(member, coinCode, comment.direction(),
                range, duration.horizon()));
        return new VotePreviewResponse(
                preview.coin().map(coin -> new VoteResponse.Coin(coin.code().value(), coin.koreanName(),
                        coin.imageUrl())).orElse(null),
                preview.createdPrice().map(Price::value).map(ApiValues::decimal).orElse(null),
                preview.targetPrice().map(ApiValues::decimal).orElse(null),
                preview.baseRate().map(rate -> ApiValues.share(rate.share())).orElse(null),
                preview.baseRate().map(BaseRate::windows).orElse(null),
                preview.baseRate().map(rate -> ApiValues.share(rate.interval().low())).orElse(null),
                preview.baseRate().map(rate -> ApiValues.share(rate.interval().high())).orElse(null),
                preview.allowed(),
                preview.refusal().map(refused -> messages.getMessage(refused.code(), refused.arguments(),
                        refused.getMessage(), locale)).orElse(null));
    }
}
