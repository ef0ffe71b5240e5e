package kr.co.whaling.adapter.out.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private RequestThrottle throttle(Duration blockDuration) {
        UpbitProperties properties = UpbitSettings.of("block-duration=" + blockDuration,
                "max-requests-per-second=1000");
        return new RequestThrottle(properties, nanos::get);
    }

    private static Map<String, Collection<String>> header(String name, String value) {
        return Map.of(name, List.of(value));
    }

    @Test
    void the_remaining_requests_this_second_are_read_from_remaining_req() {
        assertThat(RequestThrottle.remainingThisSecond(header("Remaining-Req", "group=default; min=1800; sec=9")))
                .contains(9);
        assertThat(RequestThrottle.remainingThisSecond(header("remaining-req", "group=market; min=573; sec=0")))
                .contains(0);
        assertThat(RequestThrottle.remainingThisSecond(header("Remaining-Req", "group=default; min=1800")))
                .isEmpty();
        assertThat(RequestThrottle.remainingThisSecond(Map.of())).isEmpty();
    }

    @Test
    void retry_after_is_read_as_seconds_or_as_a_date() {
        assertThat(RequestThrottle.retryAfter(header("Retry-After", "120"))).contains(Duration.ofSeconds(120));
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(1));
        assertThat(RequestThrottle.retryAfter(header("Retry-After", inAMinute)))
                .hasValueSatisfying(left -> assertThat(left).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61)));
        assertThat(RequestThrottle.retryAfter(header("Retry-After", "soon"))).isEmpty();
    }

    @Test
    void a_418_refuses_requests_until_the_block_ends() {
        RequestThrottle throttle = throttle(Duration.ofMinutes(5));

        throttle.observe(418, Map.of());

        assertThat(throttle.isBlocked()).isTrue();
        assertThatThrownBy(throttle::acquire).isInstanceOf(UpbitCallRefusedException.class);
        nanos.addAndGet(Duration.ofMinutes(5).toNanos() - 1);
        assertThat(throttle.isBlocked()).isTrue();
        nanos.addAndGet(1);
        assertThat(throttle.isBlocked()).isFalse();
        throttle.acquire();
    }

    @Test
    void a_shorter_later_block_does_not_shorten_the_current_one() {
        RequestThrottle throttle = throttle(Duration.ofMinutes(5));

        throttle.observe(418, header("Retry-After", "600"));
        throttle.observe(418, header("Retry-After", "1"));
        nanos.addAndGet(Duration.ofSeconds(599).toNanos());

        assertThat(throttle.isBlocked()).isTrue();
    }

    @Test
    void ordinary_answers_block_nothing() {
        RequestThrottle throttle = throttle(Duration.ofMinutes(5));

        throttle.observe(200, header("Remaining-Req", "group=default; min=1800; sec=9"));
        throttle.observe(500, Map.of());

        assertThat(throttle.isBlocked()).isFalse();
        throttle.acquire();
    }
}
