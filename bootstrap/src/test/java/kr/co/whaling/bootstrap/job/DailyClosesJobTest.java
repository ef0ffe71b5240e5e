package kr.co.whaling.bootstrap.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import kr.co.whaling.application.coin.model.DailyClosesReport;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.bootstrap.config.JobsProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

class DailyClosesJobTest {

    @Test
    void by_default_the_job_runs_at_ten_past_midnight_in_seoul_under_its_own_lock() throws NoSuchMethodException {
        Scheduled scheduled = DailyClosesJob.class.getMethod("refreshDailyCloses").getAnnotation(Scheduled.class);
        SchedulerLock lock = DailyClosesJob.class.getMethod("refreshDailyCloses").getAnnotation(SchedulerLock.class);

        assertThat(scheduled.zone()).isEqualTo("Asia/Seoul");
        assertThat(scheduled.cron()).isEqualTo("${whaling.jobs.daily-closes.cron:0 10 0 * * *}");
        assertThat(lock.name()).isEqualTo("refresh-daily-closes");
        // 23:00 UTC on March 9 is 08:00 on March 10 in Seoul: the next run is 00:10 on March 11, Seoul time.
        ZonedDateTime next = CronExpression.parse(JobsProperties.DEFAULT_DAILY_CLOSES_CRON)
                .next(Instant.parse("2025-03-09T23:00:00Z").atZone(ZoneId.of(scheduled.zone())));
        assertThat(next.toInstant()).isEqualTo(Instant.parse("2025-03-10T15:10:00Z"));
    }

    @Test
    void coins_the_refresh_skipped_are_counted_and_logged() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SkippedItem eth = new SkippedItem(SkippedItem.Kind.DAILY_CLOSES, "ETH", "Upbit answered 500");
        DailyClosesJob job = new DailyClosesJob(() -> new DailyClosesReport(2, 4, List.of(eth)),
                new SkippedItemLog(registry));

        job.refreshDailyCloses();

        assertThat(registry.get(SkippedItemLog.METER).tag("kind", "daily_closes").counter().count()).isEqualTo(1);
    }
}
