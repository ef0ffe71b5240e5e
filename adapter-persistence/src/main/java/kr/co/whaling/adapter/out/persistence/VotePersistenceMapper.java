package kr.co.whaling.adapter.out.persistence;

import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.member.MemberId;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.vote.Choice;
import kr.co.whaling.domain.vote.Direction;
import kr.co.whaling.domain.vote.Horizon;
import kr.co.whaling.domain.vote.Outcome;
import kr.co.whaling.domain.vote.Range;
import kr.co.whaling.domain.vote.Schedule;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.Tally;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteId;
import kr.co.whaling.domain.vote.VotePricing;
import kr.co.whaling.domain.vote.VoteState;
import kr.co.whaling.domain.vote.VoteTerms;
import org.mapstruct.Mapper;

/**
 * Maps questions between {@link VoteJpaEntity} rows and the domain's {@link Vote}, rebuilding a
 * settled question's {@link Settlement} from its stored evidence.
 */
@Mapper(componentModel = "spring")
interface VotePersistenceMapper {

    default Vote toDomain(VoteJpaEntity entity) {
        VoteId id = new VoteId(entity.getId());
        CoinCode coin = new CoinCode(entity.getCoinCode());
        VoteTerms terms = new VoteTerms(coin, Direction.valueOf(entity.getDirection()),
                new Range(entity.getRangePercent()), Horizon.valueOf(entity.getHorizon()));
        Price createdPrice = new Price(entity.getCreatedPrice());
        Schedule schedule = new Schedule(entity.getCreatedAt(), entity.getClosesAt(), entity.getSettlesAt());
        VotePricing pricing = new VotePricing(Points.of(entity.getCreationFee()), Points.of(entity.getAnswerCost()),
                Points.of(entity.getReward()));
        VoteState state = VoteState.valueOf(entity.getState());
        Tally tally = new Tally(entity.getYesCount(), entity.getNoCount(), entity.getWhaleYesCount(),
                entity.getWhaleNoCount());
        Settlement settlement = state == VoteState.TRACKED ? settlement(entity, id, terms, createdPrice) : null;
        Instant voidedAt = state == VoteState.VOIDED ? entity.getVoidedAt() : null;
        return Vote.restore(id, new MemberId(entity.getCreatorId()), entity.isOfficial(), terms, createdPrice,
                schedule, pricing, state, tally, settlement, voidedAt);
    }

    private Settlement settlement(VoteJpaEntity entity, VoteId id, VoteTerms terms, Price createdPrice) {
        Price finalPrice = new Price(entity.getSettlementPrice());
        Outcome outcome = new Outcome(terms.direction().target(createdPrice, terms.range()), finalPrice,
                Choice.valueOf(entity.getOutcome()));
        return new Settlement(id, outcome, new MinuteCandle(terms.coin(), entity.getSettlementCandleStart(), finalPrice),
                Optional.ofNullable(entity.getCrowdVerdict()), Optional.ofNullable(entity.getWhaleVerdict()),
                Points.of(entity.getReward()), entity.getSettledAt());
    }

    /** The row of a question about to be created (no id yet, no answer yet). */
    default VoteJpaEntity toNewEntity(Vote vote, Instant at) {
        VoteJpaEntity entity = new VoteJpaEntity();
        entity.setCoinCode(vote.terms().coin().value());
        entity.setCreatorId(vote.creatorId().value());
        entity.setOfficial(vote.official());
        entity.setDirection(vote.terms().direction().name());
        entity.setRangePercent(vote.terms().range().percent());
        entity.setHorizon(vote.terms().horizon().name());
        entity.setCreatedPrice(vote.createdPrice().value());
        entity.setState(vote.state().name());
        entity.setCreatedAt(vote.schedule().createdAt());
        entity.setClosesAt(vote.schedule().closesAt());
        entity.setSettlesAt(vote.schedule().settlesAt());
        entity.setCreationFee(vote.pricing().creationFee().value());
        entity.setAnswerCost(vote.pricing().answerCost().value());
        entity.setReward(vote.pricing().reward().value());
        entity.setYesCount(vote.tally().yes());
        entity.setNoCount(vote.tally().no());
        entity.setWhaleYesCount(vote.tally().whaleYes());
        entity.setWhaleNoCount(vote.tally().whaleNo());
        entity.setParticipants(vote.tally().total());
        entity.setUpdatedAt(at);
        return entity;
    }
}
