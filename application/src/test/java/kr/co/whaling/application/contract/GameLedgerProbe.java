package kr.co.whaling.application.contract;

import java.util.List;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.vote.Answer;

/**
 * Test-only window on what no port exposes but the game's contract is about: a member's ledger
 * entries and each answer as stored (with its result). Read-only; each implementation of the write
 * ports comes with one (in memory: {@link InMemoryGamePorts}; MariaDB: plain JDBC).
 */
public interface GameLedgerProbe {

    /** The member's ledger entries in the order they were booked (reason, amount, balance after, question, time). */
    List<PointLedgerEntry> ledgerOf(MemberId member);

    /** The question's answers in the order they were given, as stored now (result included). */
    List<Answer> answersTo(VoteId vote);
}
