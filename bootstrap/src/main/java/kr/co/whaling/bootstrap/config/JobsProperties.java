package kr.co.whaling.bootstrap.config;

import java.time.Duration;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The scheduled jobs: whether this instance runs them ({@code whaling.jobs.enabled}; false makes a
 * pure web node) and their periods as ISO-8601 durations. The price refresh starts
 * {@code pricesInitialDelay} after start-up; the lifecycle job one period after start-up and settles
 * {@code settlementChunkSize} questions per database round. A job's lock is held at least
 * {@code lockAtLeastFor}, so instances with skewed clocks do not run it twice in one period.
 */
@ConfigurationProperties("whaling.jobs")
@Validated
public record JobsProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue("PT1M") Duration pricesPeriod,
                             @DefaultValue("PT1M") Duration lifecyclePeriod,
                             @DefaultValue("PT5S") Duration pricesInitialDelay,
                             @DefaultValue("100") @Positive int settlementChunkSize,
                             @DefaultValue("PT5S") Duration lockAtLeastFor) {
}
