package kr.co.whaling.adapter.in.web;

import java.util.List;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.shared.VoteId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps point ledger entries to their JSON (MapStruct: both sides are records). */
@Mapper(uses = ApiValues.class)
interface PointHistoryMapper {

    @Mapping(target = "createdAt", source = "at")
    PointEntryResponse toResponse(PointLedgerEntry entry);

    List<PointEntryResponse> toResponses(List<PointLedgerEntry> entries);

    default Long voteId(VoteId voteId) {
        return voteId == null ? null : voteId.value();
    }
}
