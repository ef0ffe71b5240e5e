package kr.co.whaling.domain.vote;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Tally;

/** One member's answer to one question, with whether they were a whale then and the price known then. */
public record Answer(VoteId voteId, MemberId memberId, Choice choice, boolean whale, Points cost,
                     Optional<Price> priceAtAnswer, Instant answeredAt, AnswerResult result) {

    public Answer {
        Objects.requireNonNull(voteId, "voteId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(priceAtAnswer, "priceAtAnswer");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(result, "result");
    }

    /** What this answer adds to its question's tally. */
    public Tally tallyChange() {
        return Tally.EMPTY.with(choice, whale);
    }

    public PointChange fee() {
        return new PointChange(PointReason.ANSWER_FEE, cost);
    }
}
