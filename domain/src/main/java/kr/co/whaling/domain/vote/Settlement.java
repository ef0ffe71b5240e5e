package kr.co.whaling.domain.vote;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.point.Points;

/**
 * A settled question: the outcome, the evidence (the candle whose close was the price at the
 * settlement time), the crowd and whale verdicts, and the reward each right answer earns.
 */
public record Settlement(VoteId voteId, Outcome outcome, MinuteCandle evidence, Optional<Boolean> crowdVerdict,
                         Optional<Boolean> whaleVerdict, Points rewardPerRightAnswer, Instant settledAt) {

    public Settlement {
        Objects.requireNonNull(voteId, "voteId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(crowdVerdict, "crowdVerdict");
        Objects.requireNonNull(whaleVerdict, "whaleVerdict");
        Objects.requireNonNull(rewardPerRightAnswer, "rewardPerRightAnswer");
        Objects.requireNonNull(settledAt, "settledAt");
    }
}
