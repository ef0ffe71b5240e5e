package kr.co.whaling.domain.vote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.baserate.GuardrailPolicy;
import kr.co.whaling.domain.coin.CandleLookup;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinNotAvailableException;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Outcome;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.Schedule;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.terms.VoteTerms;

/**
 * A question to the crowd (the API's "vote"): will a coin's price move by a range within a horizon?
 * Takes answers until it closes, then is settled once with the price at its settlement time, or voided
 * when that price cannot be had. Keeps the base rate taken at creation, never recomputed.
 */
public final class Vote {

    private final VoteId id;
    private final MemberId creatorId;
    private final boolean official;
    private final VoteTerms terms;
    private final Price createdPrice;
    private final Schedule schedule;
    private final VotePricing pricing;
    private final BaseRate baseRate;
    private VoteState state;
    private final Tally tally;
    private Settlement settlement;
    private Instant voidedAt;

    private Vote(VoteId id, MemberId creatorId, boolean official, VoteTerms terms, Price createdPrice,
                 Schedule schedule, VotePricing pricing, Optional<BaseRate> baseRate, VoteState state, Tally tally,
                 Settlement settlement, Instant voidedAt) {
        this.id = id;
        this.creatorId = Objects.requireNonNull(creatorId, "creatorId");
        this.official = official;
        this.terms = Objects.requireNonNull(terms, "terms");
        this.createdPrice = Objects.requireNonNull(createdPrice, "createdPrice");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.baseRate = Objects.requireNonNull(baseRate, "baseRate").orElse(null);
        this.state = Objects.requireNonNull(state, "state");
        this.tally = Objects.requireNonNull(tally, "tally");
        this.settlement = settlement;
        this.voidedAt = voidedAt;
        if ((state == VoteState.TRACKED) != (settlement != null) || (state == VoteState.VOIDED) != (voidedAt != null)) {
            throw new IllegalArgumentException("state " + state + " does not match its settlement data");
        }
    }

    /**
     * Checks what needs no price: the coin takes new questions, the range is allowed for the direction,
     * the creator can pay the creation fee. Then the draft takes its base rate and its price.
     */
    public static Draft draft(Member creator, Coin coin, Direction direction, int rangePercent, Horizon horizon,
                              GameRules rules) {
        if (!coin.acceptsNewVotes()) {
            throw new CoinNotAvailableException(coin.code(), coin.listed()
                    ? CoinNotAvailableException.Reason.WARNING : CoinNotAvailableException.Reason.DELISTED);
        }
        Range range = rules.ranges().check(Objects.requireNonNull(direction, "direction"), rangePercent);
        VotePricing pricing = rules.pricing().pricingFor(creator);
        creator.requireAffordable(pricing.creationFee());
        return new Draft(creator.id(), creator.staff(), new VoteTerms(coin.code(), direction, range, horizon), pricing,
                Optional.empty());
    }

    /** A new question checked but not priced yet: what {@link #draft} accepted, with its base rate once taken. */
    public record Draft(MemberId creatorId, boolean official, VoteTerms terms, VotePricing pricing,
                        Optional<BaseRate> baseRate) {

        public Draft {
            Objects.requireNonNull(creatorId, "creatorId");
            Objects.requireNonNull(terms, "terms");
            Objects.requireNonNull(pricing, "pricing");
            Objects.requireNonNull(baseRate, "baseRate");
        }

        /** The draft with the base rate of its terms, kept for good; {@link GuardrailPolicy#check} may refuse it. */
        public Draft withBaseRate(Optional<BaseRate> taken, GameRules rules) {
            rules.guardrail().check(official, taken);
            return new Draft(creatorId, official, terms, pricing, taken);
        }

        /** The question, priced at the coin's fresh quote and scheduled from {@code now}; saving it charges the fee. */
        public Vote price(PriceQuote quote, Instant now, GameRules rules) {
            if (!quote.code().equals(terms.coin())) {
                throw new IllegalArgumentException("quote of " + quote.code() + " for a question about " + terms.coin());
            }
            if (!rules.prices().isFresh(quote, now)) {
                throw new PriceUnavailableException(terms.coin(), "latest quote is from " + quote.at());
            }
            Schedule schedule = rules.schedules().scheduleFor(terms.horizon(), now);
            return new Vote(null, creatorId, official, terms, quote.price(), schedule, pricing, baseRate,
                    VoteState.ONGOING, Tally.EMPTY, null, null);
        }
    }

    /** A question as the database hands it back. */
    public static Vote restore(VoteId id, MemberId creatorId, boolean official, VoteTerms terms, Price createdPrice,
                               Schedule schedule, VotePricing pricing, Optional<BaseRate> baseRate, VoteState state,
                               Tally tally, Settlement settlement, Instant voidedAt) {
        return new Vote(Objects.requireNonNull(id, "id"), creatorId, official, terms, createdPrice, schedule, pricing,
                baseRate, state, tally, settlement, voidedAt);
    }

    /** What the creator pays when the question is saved. */
    public PointChange creationFee() {
        return new PointChange(PointReason.VOTE_FEE, pricing.creationFee());
    }

    /**
     * A member answers: refused at or after closing (or once not ongoing), a second time, or when the
     * member cannot pay the answer cost. Whether the member is a whale now is kept with the answer.
     */
    public Answer answer(Member member, Choice choice, boolean alreadyAnswered, Optional<Price> priceNow, Instant at,
                         GameRules rules) {
        Objects.requireNonNull(choice, "choice");
        if (state != VoteState.ONGOING || !schedule.isOpenAt(at)) {
            throw new VoteClosedException(id);
        }
        if (alreadyAnswered) {
            throw new AlreadyAnsweredException(id);
        }
        member.requireAffordable(pricing.answerCost());
        boolean whale = rules.whales().isWhale(member.accuracy());
        return new Answer(id, member.id(), choice, whale, pricing.answerCost(), priceNow, at, AnswerResult.PENDING);
    }

    public boolean isDueForClosing(Instant now) {
        return state == VoteState.ONGOING && schedule.isDueForClosing(now);
    }

    /** Closes answering when its time has come; does nothing otherwise. Whether it closed. */
    public boolean close(Instant now) {
        if (!isDueForClosing(now)) {
            return false;
        }
        state = VoteState.FINISHED;
        return true;
    }

    public boolean isDueForSettlement(Instant now) {
        return !state.isFinal() && schedule.isDueForSettlement(now);
    }

    /** Settles with the price source's answer; without one the question waits, and is never voided for it. */
    public SettlementDecision settle(CandleLookup lookup, Instant now, GameRules rules) {
        if (!lookup.answered()) {
            requireDueForSettlement(now);
            return new SettlementDecision.Wait(id);
        }
        return settle(lookup.latestCandle(), now, rules);
    }

    /**
     * Settles once with the close of the source's latest candle at or before the settlement time, when
     * not too old; without it, waits, and voids the question once the waiting time is over.
     */
    public SettlementDecision settle(Optional<MinuteCandle> latestCandle, Instant now, GameRules rules) {
        requireDueForSettlement(now);
        Optional<MinuteCandle> price = rules.prices().priceAt(latestCandle, schedule.settlesAt());
        if (price.isPresent()) {
            Outcome outcome = Outcome.decide(terms.direction(), createdPrice, terms.range(), price.get().close());
            settlement = new Settlement(id, outcome, price.get(), outcome.crowdVerdict(tally),
                    outcome.whaleVerdict(tally), pricing.reward(), now, terms, tally, baseRate());
            state = VoteState.TRACKED;
            return new SettlementDecision.Settle(settlement);
        }
        if (rules.settlement().shouldVoid(schedule.settlesAt(), now)) {
            voidedAt = now;
            state = VoteState.VOIDED;
            return new SettlementDecision.Void(
                    new Voiding(id, creatorId, pricing.creationFee(), pricing.answerCost(), now));
        }
        return new SettlementDecision.Wait(id);
    }

    private void requireDueForSettlement(Instant now) {
        if (!isDueForSettlement(now)) {
            throw new VoteNotSettleableException(id);
        }
    }

    public BigDecimal targetPrice() {
        return terms.direction().target(createdPrice, terms.range());
    }

    /** The id; asking before the question is saved is a bug (IllegalStateException). */
    public VoteId id() {
        if (id == null) {
            throw new IllegalStateException("question not saved yet");
        }
        return id;
    }

    public MemberId creatorId() {
        return creatorId;
    }

    public boolean official() {
        return official;
    }

    public VoteTerms terms() {
        return terms;
    }

    public Price createdPrice() {
        return createdPrice;
    }

    public Schedule schedule() {
        return schedule;
    }

    public VotePricing pricing() {
        return pricing;
    }

    /** Empty when there was too little history. */
    public Optional<BaseRate> baseRate() {
        return Optional.ofNullable(baseRate);
    }

    public VoteState state() {
        return state;
    }

    public Tally tally() {
        return tally;
    }

    public Optional<Settlement> settlement() {
        return Optional.ofNullable(settlement);
    }

    public Optional<Instant> voidedAt() {
        return Optional.ofNullable(voidedAt);
    }

    /** Whether the crowd was right; empty until settled, and for a tie or an unanswered question. */
    public Optional<Boolean> crowdVerdict() {
        return settlement().flatMap(Settlement::crowdVerdict);
    }

    /** Whether the whales were right; empty until settled, or without a whale majority. */
    public Optional<Boolean> whaleVerdict() {
        return settlement().flatMap(Settlement::whaleVerdict);
    }
}
