package kr.co.whaling.bootstrap.job;

import kr.co.whaling.application.coin.model.DailyClosesReport;
import kr.co.whaling.application.coin.port.in.RefreshDailyClosesUseCase;
import kr.co.whaling.bootstrap.config.JobsProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Job: bring every coin's stored daily closes up to yesterday, once a day across the fleet, in Seoul time
 * (the game's calendar). A coin that fails is skipped and fetched again by the next run or question.
 */
public class DailyClosesJob {

    private static final Logger log = LoggerFactory.getLogger(DailyClosesJob.class);

    private final RefreshDailyClosesUseCase refreshDailyCloses;
    private final SkippedItemLog skipped;

    public DailyClosesJob(RefreshDailyClosesUseCase refreshDailyCloses, SkippedItemLog skipped) {
        this.refreshDailyCloses = refreshDailyCloses;
        this.skipped = skipped;
    }

    @Scheduled(cron = "${whaling.jobs.daily-closes.cron:" + JobsProperties.DEFAULT_DAILY_CLOSES_CRON + "}",
            zone = "Asia/Seoul")
    @SchedulerLock(name = "refresh-daily-closes")
    public void refreshDailyCloses() {
        DailyClosesReport report = refreshDailyCloses.refreshDailyCloses();
        skipped.report(report.skipped());
        log.info("Daily closes refreshed for {} coin(s), {} close(s) stored, {} coin(s) skipped",
                report.coins(), report.closes(), report.skipped().size());
    }
}
