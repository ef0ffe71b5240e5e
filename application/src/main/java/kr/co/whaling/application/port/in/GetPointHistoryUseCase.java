package kr.co.whaling.application.port.in;

import kr.co.whaling.application.port.in.model.Page;
import kr.co.whaling.domain.point.PointLedgerEntry;

/** Use case: a member's point ledger, newest first. */
public interface GetPointHistoryUseCase {

    Page<PointLedgerEntry> getPointHistory(GetPointHistoryQuery query);
}
