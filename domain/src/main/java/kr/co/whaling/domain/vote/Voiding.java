package kr.co.whaling.domain.vote;

import java.time.Instant;
import java.util.Objects;
import kr.co.whaling.domain.member.MemberId;
import kr.co.whaling.domain.point.Points;

/**
 * A question that could not be settled: every point spent on it goes back, the creation fee to its
 * creator and each answer's cost to its member; no answer counts as right or wrong.
 */
public record Voiding(VoteId voteId, MemberId creatorId, Points creationFeeRefund, Points answerCostRefund,
                      Instant voidedAt) {

    public Voiding {
        Objects.requireNonNull(voteId, "voteId");
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(creationFeeRefund, "creationFeeRefund");
        Objects.requireNonNull(answerCostRefund, "answerCostRefund");
        Objects.requireNonNull(voidedAt, "voidedAt");
    }
}
