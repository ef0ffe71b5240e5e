package kr.co.whaling.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobsPropertiesTest {

    private static JobsProperties withLocks(Duration atLeast, Duration atMost) {
        return new JobsProperties(true, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(5), 100,
                atLeast, atMost);
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
}
