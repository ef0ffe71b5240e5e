package kr.co.whaling.application.vote.port.in;

import kr.co.whaling.application.vote.model.SettlementReport;

/** Use case: settle (or void) every question whose settlement time has come, chunk by chunk. */
public interface SettleDueVotesUseCase {

    SettlementReport settleDueVotes();
}
