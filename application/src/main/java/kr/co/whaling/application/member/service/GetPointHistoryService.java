package kr.co.whaling.application.member.service;

import kr.co.whaling.application.member.port.in.GetPointHistoryQuery;
import kr.co.whaling.application.member.port.in.GetPointHistoryUseCase;
import kr.co.whaling.application.member.port.out.LoadPointHistoryPort;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.domain.point.PointLedgerEntry;
import org.springframework.transaction.annotation.Transactional;

/** Shows a member one page of their point ledger, newest entry first. */
public class GetPointHistoryService implements GetPointHistoryUseCase {

    private final LoadPointHistoryPort loadPointHistoryPort;

    public GetPointHistoryService(LoadPointHistoryPort loadPointHistoryPort) {
        this.loadPointHistoryPort = loadPointHistoryPort;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PointLedgerEntry> getPointHistory(GetPointHistoryQuery query) {
        return loadPointHistoryPort.loadPointHistory(query.memberId(), query.page());
    }
}
