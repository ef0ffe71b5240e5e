package kr.co.whaling.application.vote.service;

import java.time.Clock;
import java.util.Objects;

import org.springframework.transaction.annotation.Transactional;

import kr.co.whaling.application.vote.port.in.CloseDueVotesUseCase;
import kr.co.whaling.application.vote.port.out.SaveVotePort;

/** Closes answering on every ongoing question whose closing time has come. */
public class CloseDueVotesService implements CloseDueVotesUseCase {

    private final SaveVotePort saveVotePort;
    private final Clock clock;

    public CloseDueVotesService(SaveVotePort saveVotePort, Clock clock) {
        this.saveVotePort = Objects.requireNonNull(saveVotePort, "saveVotePort");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    @Transactional
    public int closeDueVotes() {
        return saveVotePort.closeVotesDueAt(clock.instant());
    }
}
