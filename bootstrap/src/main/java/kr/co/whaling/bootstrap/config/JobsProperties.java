package kr.co.whaling.bootstrap.config;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The scheduled jobs: whether this instance runs them (false makes a pure web node), their periods, and
 * questions settled per database round. A lock is held at least {@code lockAtLeastFor} (skewed clocks must
 * not run a job twice a period) and at most {@code lockAtMostFor} past its last renewal (how long a dead
 * instance holds a job up), which must be no less than that nor than {@link #MIN_LOCK_AT_MOST_FOR}.
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

    /** 00:10 every day, Seoul time. */
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

    /** When the daily closes are refreshed: a Spring cron expression (with seconds) in Asia/Seoul time. */
    public record DailyClosesSchedule(@DefaultValue(DEFAULT_DAILY_CLOSES_CRON) String cron) {

        public DailyClosesSchedule {
            if (cron == null || !CronExpression.isValidExpression(cron)) {
                throw new IllegalArgumentException("whaling.jobs.daily-closes.cron is not a cron expression: " + cron);
            }
        }
    }
}
