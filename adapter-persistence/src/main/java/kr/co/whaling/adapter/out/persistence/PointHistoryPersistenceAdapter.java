package kr.co.whaling.adapter.out.persistence;

import kr.co.whaling.application.member.port.out.LoadPointHistoryPort;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.shared.MemberId;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Persistence adapter reading a member's point ledger, newest entry first (index on member and id). */
@Component
@RequiredArgsConstructor
public class PointHistoryPersistenceAdapter implements LoadPointHistoryPort {

    private final SpringDataPointLedgerRepository ledger;
    private final PointLedgerPersistenceMapper mapper;

    @Override
    public Page<PointLedgerEntry> loadPointHistory(MemberId member, PageRequest page) {
        org.springframework.data.domain.Page<PointLedgerJpaEntity> rows = ledger.findByMemberIdOrderByIdDesc(
                member.value(), org.springframework.data.domain.PageRequest.of(page.page(), page.size()));
        return new Page<>(rows.getContent().stream().map(mapper::toDomain).toList(), page, rows.getTotalElements());
    }
}
