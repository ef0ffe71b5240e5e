package kr.co.whaling.domain.terms;

/** How long a question runs: a day, a week or a month (schedules: {@link SchedulePolicy}). */
public enum Horizon {
    DAY, WEEK, MONTH
}
