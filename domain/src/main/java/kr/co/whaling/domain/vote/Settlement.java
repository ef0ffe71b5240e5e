package kr.co.whaling.domain.vote;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Outcome;

/**
 * A settled question: the outcome, the evidence (the candle whose close was the price at the
 * settlement time), the crowd and whale verdicts, and the reward each right answer earns.
 */
public record Settlement(VoteId voteId, Outcome outcome, MinuteCandle evidence, Optional<Boolean> crowdVerdict,
                         Optional<Boolean> whaleVerdict, Points rewardPerRightAnswer, Instant settledAt) {

    /** The state a settled question is in. */
    public VoteState state() {
        return VoteState.TRACKED;
    }

    /**
     * Per side: the side the outcome names is right (one more right answer for each member, the
     * reward credited), the other side wrong (one more wrong answer, nothing credited).
     */
    public List<SideSettlement> sides() {
        return Arrays.stream(Choice.values())
                .map(side -> side == outcome.answer()
                        ? new SideSettlement(side, AnswerResult.RIGHT, 1, 0,
                                new PointChange(PointReason.REWARD, rewardPerRightAnswer))
                        : new SideSettlement(side, AnswerResult.WRONG, 0, 1,
                                new PointChange(PointReason.REWARD, Points.ZERO)))
                .toList();
    }

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
