package kr.co.whaling.adapter.out.persistence;

import java.math.BigDecimal;
import java.util.Optional;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.member.MemberId;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.VoteId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps answers between {@link ChoiceJpaEntity} rows and the domain's {@link Answer}. */
@Mapper(componentModel = "spring")
interface AnswerPersistenceMapper {

    @Mapping(target = "choice", source = "side")
    @Mapping(target = "answeredAt", source = "createdAt")
    Answer toDomain(ChoiceJpaEntity entity);

    default VoteId voteId(long id) {
        return new VoteId(id);
    }

    default MemberId memberId(long id) {
        return new MemberId(id);
    }

    default Points points(long value) {
        return Points.of(value);
    }

    default Optional<Price> price(BigDecimal value) {
        return Optional.ofNullable(value).map(Price::new);
    }
}
