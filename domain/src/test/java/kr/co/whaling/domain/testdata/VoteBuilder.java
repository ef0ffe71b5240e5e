package kr.co.whaling.domain.testdata;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Outcome;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.Schedule;
import kr.co.whaling.domain.terms.SchedulePolicy;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.terms.VoteTerms;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VotePricing;
import kr.co.whaling.domain.vote.VotePricingPolicy;
import kr.co.whaling.domain.vote.VoteState;

/**
 * Test data builder for {@link Vote}, as the database would hand it back: by default a saved, ongoing
 * member question "BTC up 5% within a week", created at 100,000,000 KRW on 2024-03-04 09:00 Seoul time,
 * with the standard schedule and member pricing and no answers.
 */
public final class VoteBuilder {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private long id = SEQUENCE.incrementAndGet();
    private long creatorId = 1;
    private boolean official;
    private String coin = "BTC";
    private Direction direction = Direction.UP;
    private int range = 5;
    private Horizon horizon = Horizon.WEEK;
    private String createdPrice = "100000000";
    private Instant createdAt = SeoulTime.seoul("2024-03-04T09:00");
    private VotePricing pricing;
    private VoteState state = VoteState.ONGOING;
    private Tally tally = Tally.EMPTY;
    private String finalPrice;
    private Instant settledAt;
    private Instant voidedAt;
    private Optional<BaseRate> baseRate = Optional.empty();

    private VoteBuilder() {
    }

    public static VoteBuilder aVote() {
        return new VoteBuilder();
    }

    /** Taken at creation: YES in {@code yesWindows} of {@code windows} past windows (standard interval). */
    public VoteBuilder withBaseRate(int yesWindows, int windows) {
        this.baseRate = Optional.of(BaseRatePolicy.standard().rateOf(yesWindows, windows));
        return this;
    }

    public VoteBuilder withId(long value) {
        this.id = value;
        return this;
    }

    /** The creator; a staff creator makes the question official (free to create and answer). */
    public VoteBuilder createdBy(Member creator) {
        this.creatorId = creator.id().value();
        this.official = creator.staff();
        return this;
    }

    public VoteBuilder createdBy(MemberId creator) {
        this.creatorId = creator.value();
        return this;
    }

    /** An official (staff) question, priced as such unless a pricing is set. */
    public VoteBuilder official() {
        this.official = true;
        return this;
    }

    public VoteBuilder about(String coinCode) {
        this.coin = coinCode;
        return this;
    }

    /** Asks whether the price rises by at least {@code percent}. */
    public VoteBuilder up(int percent) {
        this.direction = Direction.UP;
        this.range = percent;
        return this;
    }

    /** Asks whether the price falls by at least {@code percent}. */
    public VoteBuilder down(int percent) {
        this.direction = Direction.DOWN;
        this.range = percent;
        return this;
    }

    public VoteBuilder withHorizon(Horizon value) {
        this.horizon = value;
        return this;
    }

    public VoteBuilder createdPrice(String value) {
        this.createdPrice = value;
        return this;
    }

    /** The creation instant; the schedule is computed from it with the standard policy. */
    public VoteBuilder createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public VoteBuilder withPricing(VotePricing value) {
        this.pricing = value;
        return this;
    }

    public VoteBuilder withTally(Tally value) {
        this.tally = value;
        return this;
    }

    /** Closed for answers, waiting for settlement. */
    public VoteBuilder finished() {
        this.state = VoteState.FINISHED;
        return this;
    }

    /**
     * Settled with a final price, taken from a candle starting exactly at the settlement time; the
     * verdicts come from the tally.
     */
    public VoteBuilder settled(String finalPriceValue, Instant at) {
        this.state = VoteState.TRACKED;
        this.finalPrice = finalPriceValue;
        this.settledAt = at;
        return this;
    }

    /** Voided (could not be settled) at an instant. */
    public VoteBuilder voided(Instant at) {
        this.state = VoteState.VOIDED;
        this.voidedAt = at;
        return this;
    }

    public Vote build() {
        VoteId voteId = new VoteId(id);
        VoteTerms terms = new VoteTerms(new CoinCode(coin), direction, new Range(range), horizon);
        Schedule schedule = SchedulePolicy.standard().scheduleFor(horizon, createdAt);
        VotePricingPolicy standardPricing = VotePricingPolicy.standard();
        VotePricing votePricing = pricing != null ? pricing : official ? standardPricing.staff() : standardPricing.member();
        Price created = Prices.krw(createdPrice);
        Settlement settlement = null;
        if (state == VoteState.TRACKED) {
            Price closing = Prices.krw(finalPrice);
            Outcome outcome = Outcome.decide(direction, created, terms.range(), closing);
            settlement = new Settlement(voteId, outcome, new MinuteCandle(terms.coin(), schedule.settlesAt(), closing),
                    outcome.crowdVerdict(tally), outcome.whaleVerdict(tally), votePricing.reward(), settledAt, terms,
                    tally, baseRate);
        }
        return Vote.restore(voteId, new MemberId(creatorId), official, terms, created, schedule, votePricing, baseRate,
                state, tally, settlement, voidedAt);
    }
}
