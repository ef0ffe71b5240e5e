package kr.co.whaling.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.WilsonInterval;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Outcome;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.Schedule;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.terms.VoteTerms;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VotePricing;
import kr.co.whaling.domain.vote.VoteState;

/**
 * A row of {@code votes} as plain values, and the one place a stored question becomes a {@link Vote},
 * its {@link Settlement} rebuilt from the stored evidence. Immutable, so kept listing pages can share it
 * while every request builds a {@link Vote} (mutable) of its own.
 */
record VoteRow(long id, String coinCode, long creatorId, boolean official, String direction, int rangePercent,
               String horizon, BigDecimal createdPrice, String state, Instant createdAt, Instant closesAt,
               Instant settlesAt, long creationFee, long answerCost, long reward, long yesCount, long noCount,
               long whaleYesCount, long whaleNoCount, BigDecimal settlementPrice, Instant settlementCandleStart,
               String outcome, Boolean crowdVerdict, Boolean whaleVerdict, Instant settledAt, Instant voidedAt,
               Instant updatedAt, Integer baseRateYesWindows, Integer baseRateWindows, Double baseRateLow,
               Double baseRateHigh) {

    Vote toDomain() {
        VoteId voteId = new VoteId(id);
        VoteTerms terms = new VoteTerms(new CoinCode(coinCode), Direction.valueOf(direction), new Range(rangePercent),
                Horizon.valueOf(horizon));
        Price created = new Price(createdPrice);
        VoteState voteState = VoteState.valueOf(state);
        Tally tally = new Tally(yesCount, noCount, whaleYesCount, whaleNoCount);
        Optional<BaseRate> baseRate = baseRate();
        Settlement settlement = voteState == VoteState.TRACKED
                ? settlement(voteId, terms, created, tally, baseRate) : null;
        return Vote.restore(voteId, new MemberId(creatorId), official, terms, created,
                new Schedule(createdAt, closesAt, settlesAt),
                new VotePricing(Points.of(creationFee), Points.of(answerCost), Points.of(reward)), baseRate, voteState,
                tally, settlement, voteState == VoteState.VOIDED ? voidedAt : null);
    }

    /** The base rate kept since creation; none when its windows are not stored. */
    private Optional<BaseRate> baseRate() {
        if (baseRateWindows == null) {
            return Optional.empty();
        }
        return Optional.of(new BaseRate(baseRateYesWindows, baseRateWindows,
                new WilsonInterval(baseRateLow, baseRateHigh)));
    }

    private Settlement settlement(VoteId voteId, VoteTerms terms, Price created, Tally tally,
                                  Optional<BaseRate> baseRate) {
        Price finalPrice = new Price(settlementPrice);
        Outcome decided = new Outcome(terms.direction().target(created, terms.range()), finalPrice,
                Choice.valueOf(outcome));
        return new Settlement(voteId, decided, new MinuteCandle(terms.coin(), settlementCandleStart, finalPrice),
                Optional.ofNullable(crowdVerdict), Optional.ofNullable(whaleVerdict), Points.of(reward), settledAt,
                terms, tally, baseRate);
    }
}
