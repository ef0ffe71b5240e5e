package kr.co.whaling.domain.vote;

import java.util.Objects;
import kr.co.whaling.domain.point.Points;

/** The points of one question: what its creator paid, what an answer costs and what a right one earns. */
public record VotePricing(Points creationFee, Points answerCost, Points reward) {

    public VotePricing {
        Objects.requireNonNull(creationFee, "creationFee");
        Objects.requireNonNull(answerCost, "answerCost");
        Objects.requireNonNull(reward, "reward");
    }
}
