package kr.co.whaling.bootstrap.config;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The scheduled jobs: whether this instance runs them ({@code whaling.jobs.enabled}; false makes a
 * pure web node) and their periods as ISO-8601 durations. The price refresh starts
 * {@code pricesInitialDelay} after start-up; the lifecycle job one period after start-up and closes and
 * settles {@code settlementChunkSize} questions per database round. A job's lock is held at least
 * {@code lockAtLeastFor}, so instances with skewed clocks do not run it twice in one period, and
 * at most {@code lockAtMostFor} past its last renewal: a running job renews it every half of that,
 * so an instance that dies mid-run holds the job up for that long at most. ShedLock's keep-alive
 * takes no less than {@link #MIN_LOCK_AT_MOST_FOR}. The daily closes are refreshed on
 * {@code dailyCloses.cron}, in Asia/Seoul time.
 */
@ConfigurationProperties("whaling.jobs")
@Validated
public record JobsProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue("PT1M") Duration pricesPeriod,
                             @DefaultValue("PT1M") Duration lifecyclePeriod,
                             @DefaultValue("PT5S") Duration pricesInitialDelay,
                             @DefaultValue("100") @Positive int settlementChunkSize,
                             @DefaultValue("PT5S") Duration lockAtLeastFor,
                             @DefaultValue("PT30S") Duration lockAtMostFor,
                             @DefaultValue DailyClosesSchedule dailyCloses) {

    /** The shortest {@code lockAtMostFor} ShedLock's KeepAliveLockProvider accepts. */
    public static final Duration MIN_LOCK_AT_MOST_FOR = Duration.ofSeconds(30);

    /** When the daily closes are refreshed by default: 00:10 every day, Seoul time. */
    public static final String DEFAULT_DAILY_CLOSES_CRON = "0 10 0 * * *";

    public JobsProperties {
        if (lockAtMostFor.compareTo(MIN_LOCK_AT_MOST_FOR) < 0) {
            throw new IllegalArgumentException("whaling.jobs.lock-at-most-for must be at least "
                    + MIN_LOCK_AT_MOST_FOR + " (ShedLock's keep-alive minimum): " + lockAtMostFor);
        }
        if (lockAtLeastFor.compareTo(lockAtMostFor) > 0) {
            throw new IllegalArgumentException("whaling.jobs.lock-at-least-for (" + lockAtLeastFor
                    + ") must not exceed whaling.jobs.lock-at-most-for (" + lockAtMostFor + ")");
        }
    }

    /**
     * When the daily closes are refreshed: a Spring cron expression (second, minute, hour, day of month,
     * month, day of week) in Asia/Seoul time, by default 00:10 every day.
     */
    public record DailyClosesSchedule(@DefaultValue(DEFAULT_DAILY_CLOSES_CRON) String cron) {

        public DailyClosesSchedule {
            if (cron == null || !CronExpression.isValidExpression(cron)) {
                throw new IllegalArgumentException("whaling.jobs.daily-closes.cron is not a cron expression: " + cron);
            }
        }
    }
}
