package kr.co.whaling.domain.terms;

import static kr.co.whaling.domain.testdata.SeoulTime.inSeoul;
import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchedulePolicyTest {

    private final SchedulePolicy policy = SchedulePolicy.standard();

    @ParameterizedTest(name = "{0} created {1}: closes {2}, settles {3} (Seoul time)")
    @CsvSource({
            "DAY,   2024-03-04T09:00, 2024-03-04T17:00, 2024-03-05T09:00",
            "DAY,   2024-03-04T20:30, 2024-03-05T04:30, 2024-03-05T20:30",
            "DAY,   2023-12-31T23:59, 2024-01-01T07:59, 2024-01-01T23:59",
            "DAY,   2024-02-28T18:00, 2024-02-29T02:00, 2024-02-29T18:00",
            "DAY,   2023-02-28T18:00, 2023-03-01T02:00, 2023-03-01T18:00",
            "WEEK,  2024-03-04T09:00, 2024-03-07T09:00, 2024-03-11T09:00",
            "WEEK,  2024-02-27T12:00, 2024-03-01T12:00, 2024-03-05T12:00",
            "WEEK,  2023-02-27T12:00, 2023-03-02T12:00, 2023-03-06T12:00",
            "WEEK,  2024-12-30T23:00, 2025-01-02T23:00, 2025-01-06T23:00",
            "MONTH, 2024-03-04T09:00, 2024-03-11T09:00, 2024-04-04T09:00",
            "MONTH, 2023-01-31T10:00, 2023-02-07T10:00, 2023-02-28T10:00",
            "MONTH, 2024-01-31T10:00, 2024-02-07T10:00, 2024-02-29T10:00",
            "MONTH, 2024-01-29T10:00, 2024-02-05T10:00, 2024-02-29T10:00",
            "MONTH, 2024-02-29T10:00, 2024-03-07T10:00, 2024-03-29T10:00",
            "MONTH, 2024-03-31T10:00, 2024-04-07T10:00, 2024-04-30T10:00",
            "MONTH, 2024-08-31T00:00, 2024-09-07T00:00, 2024-09-30T00:00",
            "MONTH, 2024-12-31T23:59, 2025-01-07T23:59, 2025-01-31T23:59"
    })
    void the_schedule_follows_the_horizon_in_seoul_calendar_time(Horizon horizon, LocalDateTime created,
                                                                  LocalDateTime closes, LocalDateTime settles) {
        Schedule schedule = policy.scheduleFor(horizon, seoul(created.toString()));

        assertThat(inSeoul(schedule.createdAt())).isEqualTo(created);
        assertThat(inSeoul(schedule.closesAt())).isEqualTo(closes);
        assertThat(inSeoul(schedule.settlesAt())).isEqualTo(settles);
    }

    @ParameterizedTest(name = "{0} created at {1} counts from {2}")
    @CsvSource({
            "DAY,   2024-03-04T09:00:59.999999999, 2024-03-04T09:00, 2024-03-04T17:00, 2024-03-05T09:00",
            "WEEK,  2024-03-04T09:00:30,           2024-03-04T09:00, 2024-03-07T09:00, 2024-03-11T09:00",
            "MONTH, 2024-01-31T23:59:59.5,         2024-01-31T23:59, 2024-02-07T23:59, 2024-02-29T23:59"
    })
    void the_creation_instant_is_truncated_to_the_minute(Horizon horizon, LocalDateTime created,
                                                          LocalDateTime start, LocalDateTime closes,
                                                          LocalDateTime settles) {
        Schedule schedule = policy.scheduleFor(horizon, seoul(created.toString()));

        assertThat(inSeoul(schedule.createdAt())).isEqualTo(start);
        assertThat(inSeoul(schedule.closesAt())).isEqualTo(closes);
        assertThat(inSeoul(schedule.settlesAt())).isEqualTo(settles);
        assertThat(schedule.createdAt().getNano()).isZero();
        assertThat(schedule.createdAt().getEpochSecond() % 60).isZero();
    }

    @Test
    void a_month_counts_on_the_seoul_calendar_not_the_utc_one() {
        // 2023-01-30 16:00 UTC is already January 31 in Seoul: Seoul's month ends on February 28, which
        // a UTC calendar (January 30 + 1 month = February 28 16:00 UTC) would miss by a day.
        Instant created = Instant.parse("2023-01-30T16:00:00Z");

        Schedule schedule = policy.scheduleFor(Horizon.MONTH, created);

        assertThat(inSeoul(schedule.settlesAt())).isEqualTo(LocalDateTime.parse("2023-02-28T01:00"));
        assertThat(schedule.settlesAt()).isEqualTo(Instant.parse("2023-02-27T16:00:00Z"))
                .isNotEqualTo(LocalDateTime.parse("2023-01-30T16:00").plusMonths(1).toInstant(ZoneOffset.UTC));
    }

    @Test
    void a_creation_just_before_midnight_utc_is_already_the_next_day_in_seoul() {
        Instant created = Instant.parse("2024-01-30T15:59:59.500Z");

        Schedule schedule = policy.scheduleFor(Horizon.MONTH, created);

        assertThat(inSeoul(schedule.createdAt())).isEqualTo(LocalDateTime.parse("2024-01-31T00:59"));
        assertThat(inSeoul(schedule.settlesAt())).isEqualTo(LocalDateTime.parse("2024-02-29T00:59"));
    }

    @Test
    void answers_are_taken_strictly_before_closing() {
        Schedule schedule = policy.scheduleFor(Horizon.DAY, seoul("2024-03-04T09:00"));

        assertThat(schedule.isOpenAt(schedule.closesAt().minusNanos(1))).isTrue();
        assertThat(schedule.isOpenAt(schedule.closesAt())).isFalse();
        assertThat(schedule.isDueForClosing(schedule.closesAt().minusNanos(1))).isFalse();
        assertThat(schedule.isDueForClosing(schedule.closesAt())).isTrue();
        assertThat(schedule.isDueForSettlement(schedule.settlesAt().minusNanos(1))).isFalse();
        assertThat(schedule.isDueForSettlement(schedule.settlesAt())).isTrue();
    }

    @Test
    void a_schedule_out_of_order_is_refused() {
        Instant t = seoul("2024-03-04T09:00");

        assertThatThrownBy(() -> new Schedule(t, t.minusSeconds(1), t.plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule(t, t.plusSeconds(60), t.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_policy_must_time_every_horizon() {
        assertThatThrownBy(() -> new SchedulePolicy(java.util.Map.of(Horizon.DAY,
                new SchedulePolicy.Timing(java.time.Duration.ofHours(8), java.time.Period.ofDays(1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
