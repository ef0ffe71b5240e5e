package kr.co.whaling.application.member.port.in;

import kr.co.whaling.application.shared.Page;
import kr.co.whaling.domain.point.PointLedgerEntry;

/** Use case: a member's point ledger, newest first. */
public interface GetPointHistoryUseCase {

    Page<PointLedgerEntry> getPointHistory(GetPointHistoryQuery query);
}
