package kr.co.whaling.bootstrap.job;

import kr.co.whaling.application.vote.model.SettlementReport;
import kr.co.whaling.application.vote.port.in.CloseDueVotesUseCase;
import kr.co.whaling.application.vote.port.in.SettleDueVotesUseCase;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Job: close answering on due questions, then settle due ones, once per period across the fleet. Both
 * steps are idempotent, so rerunning after a crash or an overlap with another instance is safe.
 */
public class VoteLifecycleJob {

    private static final Logger log = LoggerFactory.getLogger(VoteLifecycleJob.class);

    private final CloseDueVotesUseCase closeDueVotes;
    private final SettleDueVotesUseCase settleDueVotes;
    private final SkippedItemLog skipped;

    public VoteLifecycleJob(CloseDueVotesUseCase closeDueVotes, SettleDueVotesUseCase settleDueVotes,
                            SkippedItemLog skipped) {
        this.closeDueVotes = closeDueVotes;
        this.settleDueVotes = settleDueVotes;
        this.skipped = skipped;
    }

    @Scheduled(fixedDelayString = "${whaling.jobs.lifecycle-period:PT1M}", initialDelayString = "${whaling.jobs.lifecycle-period:PT1M}")
    @SchedulerLock(name = "vote-lifecycle")
    public void run() {
        int closed = closeDueVotes.closeDueVotes();
        SettlementReport report = settleDueVotes.settleDueVotes();
        skipped.report(report.skipped());
        if (closed > 0 || report.settled() > 0 || report.voided() > 0) {
            log.info("closed {} question(s); settled {}, voided {}, {} waiting for a price, {} skipped",
                    closed, report.settled(), report.voided(), report.waiting(), report.skipped().size());
        }
    }
}
