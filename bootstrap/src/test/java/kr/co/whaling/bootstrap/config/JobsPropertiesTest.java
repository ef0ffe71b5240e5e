package kr.co.whaling.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class JobsPropertiesTest {

    private static JobsProperties withLocks(Duration atLeast, Duration atMost) {
        return new JobsProperties(true, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(5), 100,
                atLeast, atMost, new JobsProperties.DailyClosesSchedule(JobsProperties.DEFAULT_DAILY_CLOSES_CRON));
    }

    private static JobsProperties bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("whaling.jobs", Bindable.of(JobsProperties.class));
    }

    @Test
    void a_lock_may_be_held_no_shorter_than_the_keep_alive_minimum_of_30_seconds() {
        assertThat(withLocks(Duration.ofSeconds(5), Duration.ofSeconds(30)).lockAtMostFor())
                .isEqualTo(JobsProperties.MIN_LOCK_AT_MOST_FOR);
        assertThatIllegalArgumentException().isThrownBy(() -> withLocks(Duration.ZERO, Duration.ofSeconds(29)))
                .withMessageContaining("whaling.jobs.lock-at-most-for");
    }

    @Test
    void the_minimum_hold_cannot_exceed_the_maximum() {
        assertThatIllegalArgumentException().isThrownBy(() -> withLocks(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .withMessageContaining("whaling.jobs.lock-at-least-for");
    }

    @Test
    void the_daily_closes_are_refreshed_at_ten_past_midnight_unless_configured_otherwise() {
        assertThat(bound(Map.of()).dailyCloses().cron()).isEqualTo("0 10 0 * * *");
        assertThat(bound(Map.of("whaling.jobs.daily-closes.cron", "0 5 9 * * *")).dailyCloses().cron())
                .isEqualTo("0 5 9 * * *");
    }

    @Test
    void a_daily_closes_cron_that_is_no_cron_expression_is_refused_with_its_name() {
        assertThatThrownBy(() -> bound(Map.of("whaling.jobs.daily-closes.cron", "every night"))).rootCause()
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whaling.jobs.daily-closes.cron");
    }
}
