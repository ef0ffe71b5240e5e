package kr.co.whaling.adapter.out.persistence;

import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps ledger entries between {@link PointLedgerJpaEntity} rows and the domain's {@link PointLedgerEntry}. */
@Mapper(componentModel = "spring")
interface PointLedgerPersistenceMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "memberId", source = "memberId.value")
    @Mapping(target = "voteId", source = "voteId.value")
    @Mapping(target = "createdAt", source = "at")
    @Mapping(target = "causeKey", expression = "java(CauseKey.of(entry.reason(), entry.voteId()))")
    PointLedgerJpaEntity toEntity(PointLedgerEntry entry);

    @Mapping(target = "at", source = "createdAt")
    PointLedgerEntry toDomain(PointLedgerJpaEntity entity);

    default MemberId memberId(long id) {
        return new MemberId(id);
    }

    default VoteId voteId(Long id) {
        return id == null ? null : new VoteId(id);
    }
}
