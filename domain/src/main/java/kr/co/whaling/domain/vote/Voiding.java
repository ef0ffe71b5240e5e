package kr.co.whaling.domain.vote;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;

/** A question that could not be settled: every point spent on it goes back; no answer is right or wrong. */
public record Voiding(VoteId voteId, MemberId creatorId, Points creationFeeRefund, Points answerCostRefund,
                      Instant voidedAt) {

    public VoteState state() {
        return VoteState.VOIDED;
    }

    /** Per side: every answer refunded, its cost given back, counted neither right nor wrong nor in skill. */
    public List<SideSettlement> sides() {
        return Arrays.stream(Choice.values())
                .map(side -> new SideSettlement(side, AnswerResult.REFUNDED, 0, 0,
                        new PointChange(PointReason.ANSWER_FEE_REFUND, answerCostRefund), Skill.NONE))
                .toList();
    }

    public PointChange creatorRefund() {
        return new PointChange(PointReason.VOTE_FEE_REFUND, creationFeeRefund);
    }

    public Voiding {
        Objects.requireNonNull(voteId, "voteId");
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(creationFeeRefund, "creationFeeRefund");
        Objects.requireNonNull(answerCostRefund, "answerCostRefund");
        Objects.requireNonNull(voidedAt, "voidedAt");
    }
}
