package kr.co.whaling.application.vote.port.in;

/** Use case: close answering on every ongoing question whose closing time has come; returns how many. */
public interface CloseDueVotesUseCase {

    int closeDueVotes();
}
