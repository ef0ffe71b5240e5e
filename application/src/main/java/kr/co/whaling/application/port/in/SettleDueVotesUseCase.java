package kr.co.whaling.application.port.in;

import kr.co.whaling.application.port.in.model.SettlementReport;


/** Use case: settle (or void) every question whose settlement time has come, chunk by chunk. */
public interface SettleDueVotesUseCase {

    SettlementReport settleDueVotes();
}
