package kr.co.whaling.domain.vote;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.accuracy.CalibrationBucket;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Outcome;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.terms.VoteTerms;

/**
 * A settled question: the outcome, its evidence (the candle whose close was the price), the verdicts and
 * the reward per right answer; with terms, tally and base rate, for what it adds to skill and calibration.
 */
public record Settlement(VoteId voteId, Outcome outcome, MinuteCandle evidence, Optional<Boolean> crowdVerdict,
                         Optional<Boolean> whaleVerdict, Points rewardPerRightAnswer, Instant settledAt,
                         VoteTerms terms, Tally tally, Optional<BaseRate> baseRate) {

    public VoteState state() {
        return VoteState.TRACKED;
    }

    /**
     * Per side: the outcome's side is right (a right answer each, the reward credited), the other wrong
     * (a wrong answer, nothing credited); with a base rate, each answer also counts in skill.
     */
    public List<SideSettlement> sides() {
        return Arrays.stream(Choice.values())
                .map(side -> side == outcome.answer()
                        ? new SideSettlement(side, AnswerResult.RIGHT, 1, 0,
                                new PointChange(PointReason.REWARD, rewardPerRightAnswer), skillOf(side))
                        : new SideSettlement(side, AnswerResult.WRONG, 0, 1,
                                new PointChange(PointReason.REWARD, Points.ZERO), skillOf(side)))
                .toList();
    }

    /** What this question adds to the crowd's calibration; empty without a crowd verdict. */
    public Optional<CalibrationBucket> calibration() {
        return CalibrationBucket.ofQuestion(tally, outcome.answer(), baseRate);
    }

    private Skill skillOf(Choice side) {
        return baseRate.map(rate -> Skill.NONE.withSettledAnswer(side, outcome.answer(), rate)).orElse(Skill.NONE);
    }

    public Settlement {
        Objects.requireNonNull(voteId, "voteId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(crowdVerdict, "crowdVerdict");
        Objects.requireNonNull(whaleVerdict, "whaleVerdict");
        Objects.requireNonNull(rewardPerRightAnswer, "rewardPerRightAnswer");
        Objects.requireNonNull(settledAt, "settledAt");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(baseRate, "baseRate");
    }
}
