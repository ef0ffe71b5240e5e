package kr.co.whaling.domain.testdata;

import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.AnswerResult;

/** Test data builder for {@link Answer}: a pending, non-whale YES on question 1 by member 1, costing 10 by default. */
public final class AnswerBuilder {

    private long voteId = 1;
    private long memberId = 1;
    private Choice choice = Choice.YES;
    private boolean whale;
    private long cost = 10;
    private Price priceAtAnswer;
    private Instant answeredAt = SeoulTime.seoul("2024-03-01T10:00");
    private AnswerResult result = AnswerResult.PENDING;

    private AnswerBuilder() {
    }

    public static AnswerBuilder anAnswer() {
        return new AnswerBuilder();
    }

    public AnswerBuilder on(VoteId value) {
        this.voteId = value.value();
        return this;
    }

    public AnswerBuilder by(MemberId value) {
        this.memberId = value.value();
        return this;
    }

    public AnswerBuilder choosing(Choice value) {
        this.choice = value;
        return this;
    }

    public AnswerBuilder yes() {
        return choosing(Choice.YES);
    }

    public AnswerBuilder no() {
        return choosing(Choice.NO);
    }

    /** The member was a whale when answering. */
    public AnswerBuilder byAWhale() {
        this.whale = true;
        return this;
    }

    public AnswerBuilder costing(long value) {
        this.cost = value;
        return this;
    }

    public AnswerBuilder withPriceAtAnswer(String value) {
        this.priceAtAnswer = Prices.krw(value);
        return this;
    }

    public AnswerBuilder answeredAt(Instant value) {
        this.answeredAt = value;
        return this;
    }

    public AnswerBuilder withResult(AnswerResult value) {
        this.result = value;
        return this;
    }

    public Answer build() {
        return new Answer(new VoteId(voteId), new MemberId(memberId), choice, whale, Points.of(cost),
                Optional.ofNullable(priceAtAnswer), answeredAt, result);
    }
}
