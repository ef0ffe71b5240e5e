package kr.co.whaling.application.member.port.out;

import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.shared.MemberId;

/** Reads a member's point ledger, newest entry first. */
public interface LoadPointHistoryPort {

    Page<PointLedgerEntry> loadPointHistory(MemberId member, PageRequest page);
}
