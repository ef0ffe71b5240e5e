package kr.co.whaling.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import kr.co.whaling.application.coin.port.in.RefreshCoinsUseCase;
import kr.co.whaling.application.coin.port.in.RefreshDailyClosesUseCase;
import kr.co.whaling.application.vote.port.in.CloseDueVotesUseCase;
import kr.co.whaling.application.vote.port.in.SettleDueVotesUseCase;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.spring.ExtendedLockConfigurationExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

class JobsConfigurationTest {

    private final ApplicationContextRunner jobs = new ApplicationContextRunner()
            .withUserConfiguration(JobsConfiguration.class)
            .withBean(DataSource.class, () -> mock(DataSource.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(PriceSourceStatus.class)
            .withBean(RefreshCoinsUseCase.class, () -> mock(RefreshCoinsUseCase.class))
            .withBean(RefreshDailyClosesUseCase.class, () -> mock(RefreshDailyClosesUseCase.class))
            .withBean(CloseDueVotesUseCase.class, () -> mock(CloseDueVotesUseCase.class))
            .withBean(SettleDueVotesUseCase.class, () -> mock(SettleDueVotesUseCase.class));

    @ParameterizedTest
    @CsvSource({"CoinRefreshJob, refreshCoins, refresh-coins", "DailyClosesJob, refreshDailyCloses, refresh-daily-closes",
            "VoteLifecycleJob, run, vote-lifecycle"})
    void every_job_locks_for_the_configured_durations(String job, String method, String lock) {
        jobs.withPropertyValues("whaling.jobs.lock-at-least-for=PT7S", "whaling.jobs.lock-at-most-for=PT45S")
                .run(context -> assertThat(lockOf(context, job, method))
                        .returns(lock, LockConfiguration::getName)
                        .returns(Duration.ofSeconds(7), LockConfiguration::getLockAtLeastFor)
                        .returns(Duration.ofSeconds(45), LockConfiguration::getLockAtMostFor));
    }

    @ParameterizedTest
    @CsvSource({"CoinRefreshJob, refreshCoins", "DailyClosesJob, refreshDailyCloses", "VoteLifecycleJob, run"})
    void by_default_a_job_locks_for_at_least_5_and_at_most_30_seconds(String job, String method) {
        jobs.run(context -> assertThat(lockOf(context, job, method))
                .returns(Duration.ofSeconds(5), LockConfiguration::getLockAtLeastFor)
                .returns(Duration.ofSeconds(30), LockConfiguration::getLockAtMostFor));
    }

    /** What ShedLock takes for a run of {@code job.method()}, as the scheduler would call it. */
    private static LockConfiguration lockOf(ApplicationContext context, String job, String method) throws Exception {
        Class<?> type = Class.forName("kr.co.whaling.bootstrap.job." + job);
        return context.getBean(ExtendedLockConfigurationExtractor.class)
                .getLockConfiguration(context.getBean(type), type.getMethod(method), new Object[0]).orElseThrow();
    }
}
