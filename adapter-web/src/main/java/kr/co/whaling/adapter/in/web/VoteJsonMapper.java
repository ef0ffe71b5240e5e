package kr.co.whaling.adapter.in.web;

import java.util.List;
import java.util.Optional;
import kr.co.whaling.application.vote.model.MyVotes;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.AnswerResult;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.Vote;
import org.springframework.stereotype.Component;

/** Maps questions to their JSON; hand-written, as nearly every field needs a small conversion. */
@Component
class VoteJsonMapper {

    /** Anonymous callers get {@code "user": null}; members who did not answer a user object of nulls. */
    VoteResponse toResponse(VoteView view, boolean viewerKnown) {
        Vote vote = view.vote();
        Tally tally = vote.tally();
        return new VoteResponse(
                vote.id().value(),
                new VoteResponse.Coin(view.coin().code().value(), view.coin().koreanName(), view.coin().imageUrl()),
                vote.official(),
                view.uploader().value(),
                ApiValues.lower(vote.state()),
                ApiValues.seoul(vote.schedule().createdAt()),
                ApiValues.seoul(view.updatedAt()),
                ApiValues.seoul(vote.schedule().closesAt()),
                ApiValues.seoul(vote.schedule().settlesAt()),
                ApiValues.decimal(vote.createdPrice().value()),
                vote.settlement().map(Settlement::outcome).map(outcome -> outcome.finalPrice().value())
                        .map(ApiValues::decimal).orElse(null),
                ApiValues.decimal(vote.targetPrice()),
                vote.pricing().answerCost().value(), vote.pricing().reward().value(),
                vote.crowdVerdict().orElse(null), vote.whaleVerdict().orElse(null),
                ApiValues.lower(vote.terms().horizon()),
                vote.terms().range().percent(),
                ApiValues.lower(vote.terms().direction()),
                tally.total(), tally.yes(), tally.no(), tally.whaleYes(), tally.whaleNo(),
                viewerKnown ? viewer(view.viewerAnswer()) : null,
                vote.baseRate().map(rate -> ApiValues.share(rate.share())).orElse(null),
                vote.baseRate().map(BaseRate::windows).orElse(null),
                vote.settlement().map(settled -> ApiValues.seoul(settled.evidence().start())).orElse(null));
    }

    List<VoteResponse> toResponses(List<VoteView> views, boolean viewerKnown) {
        return views.stream().map(view -> toResponse(view, viewerKnown)).toList();
    }

    /** A member's own listing: the member is the viewer, so every question carries a user object. */
    MyVotesResponse toResponse(MyVotes myVotes) {
        return new MyVotesResponse(myVotes.counts().ongoing(), myVotes.counts().finished(),
                toResponses(myVotes.votes().items(), true));
    }

    private static VoteResponse.Viewer viewer(Optional<Answer> answer) {
        return answer.map(given -> new VoteResponse.Viewer(
                        ChoiceCodes.code(given.choice()),
                        given.result() == AnswerResult.RIGHT ? Boolean.TRUE
                                : given.result() == AnswerResult.WRONG ? Boolean.FALSE : null,
                        ApiValues.seoul(given.answeredAt())))
                .orElse(VoteResponse.Viewer.NOT_ANSWERED);
    }
}
