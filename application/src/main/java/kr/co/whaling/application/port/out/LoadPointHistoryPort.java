package kr.co.whaling.application.port.out;

import kr.co.whaling.application.port.in.model.Page;
import kr.co.whaling.application.port.in.model.PageRequest;
import kr.co.whaling.domain.member.MemberId;
import kr.co.whaling.domain.point.PointLedgerEntry;

/** Reads a member's point ledger, newest entry first. */
public interface LoadPointHistoryPort {

    Page<PointLedgerEntry> loadPointHistory(MemberId member, PageRequest page);
}
