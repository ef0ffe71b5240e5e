package kr.co.whaling.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PriceSourceStatusTest {

    private static final Instant AT = Instant.parse("2025-03-10T00:00:00Z");

    private final PriceSourceStatus status = new PriceSourceStatus();

    @Test
    void an_outage_begins_with_the_first_failure_and_ends_with_the_next_success() {
        assertThat(status.recordUp(AT)).as("a first success ends nothing").isFalse();
        assertThat(status.recordDown(AT, "503")).as("outage begins").isTrue();
        assertThat(status.recordDown(AT, "503")).as("still the same outage").isFalse();
        assertThat(status.recordUp(AT)).as("outage ends").isTrue();
        assertThat(status.recordUp(AT)).isFalse();
    }

    @Test
    void a_failure_before_any_success_begins_an_outage() {
        assertThat(status.recordDown(AT, "timeout")).isTrue();
        assertThat(status.last()).hasValueSatisfying(last -> assertThat(last.detail()).isEqualTo("timeout"));
    }
}
