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
 * A settled question: the outcome, the evidence (the candle whose close was the price at the
 * settlement time), the crowd and whale verdicts, and the reward each right answer earns; with the
 * question's terms, final tally and base rate (taken at creation), from which it says what it adds
 * to the members' skill ({@link #sides()}) and to the crowd's calibration ({@link #calibration()}).
 */
public record Settlement(VoteId voteId, Outcome outcome, MinuteCandle evidence, Optional<Boolean> crowdVerdict,
                         Optional<Boolean> whaleVerdict, Points rewardPerRightAnswer, Instant settledAt,
                         VoteTerms terms, Tally tally, Optional<BaseRate> baseRate) {

    /** The state a settled question is in. */
    public VoteState state() {
        return VoteState.TRACKED;
    }

    /**
     * Per side: the side the outcome names is right (one more right answer for each member, the
     * reward credited), the other side wrong (one more wrong answer, nothing credited). With a base
     * rate, each member also gains one answer with a base rate in their skill counters, right or not,
     * and the expected hit of their side ({@link Skill#withSettledAnswer}).
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

    /**
     * What this question adds to the crowd's calibration of its coin and horizon: its tenth of the
     * crowd's YES share with its sums ({@link CalibrationBucket#ofQuestion}); empty without a crowd
     * verdict.
     */
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
