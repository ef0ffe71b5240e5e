package kr.co.whaling.domain.vote;

import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Outcome;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.point.Points;

/**
 * One member's answer to one question: the side, whether the member was a whale at that moment,
 * what it cost, the coin's last known price then (when known) and, after settlement, its result.
 */
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

    /** Whether this answer equals the outcome. */
    public boolean isRight(Outcome outcome) {
        return choice == outcome.answer();
    }

    /** The answer once its question is settled. */
    public Answer judged(Outcome outcome) {
        return new Answer(voteId, memberId, choice, whale, cost, priceAtAnswer, answeredAt,
                isRight(outcome) ? AnswerResult.RIGHT : AnswerResult.WRONG);
    }

    /** The answer once its question is voided. */
    public Answer refunded() {
        return new Answer(voteId, memberId, choice, whale, cost, priceAtAnswer, answeredAt, AnswerResult.REFUNDED);
    }
}
