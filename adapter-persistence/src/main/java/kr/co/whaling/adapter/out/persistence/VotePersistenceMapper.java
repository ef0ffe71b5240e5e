package kr.co.whaling.adapter.out.persistence;

import java.time.Instant;
import kr.co.whaling.domain.vote.Vote;
import org.mapstruct.Mapper;

/** Maps questions between {@link VoteJpaEntity} rows and the domain's {@link Vote} (through {@link VoteRow}). */
@Mapper(componentModel = "spring")
interface VotePersistenceMapper {

    VoteRow toRow(VoteJpaEntity entity);

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
        vote.baseRate().ifPresent(rate -> {
            entity.setBaseRateYesWindows(rate.yesWindows());
            entity.setBaseRateWindows(rate.windows());
            entity.setBaseRateLow(rate.interval().low());
            entity.setBaseRateHigh(rate.interval().high());
        });
        entity.setUpdatedAt(at);
        return entity;
    }
}
