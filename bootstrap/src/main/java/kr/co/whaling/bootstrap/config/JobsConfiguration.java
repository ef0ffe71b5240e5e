package kr.co.whaling.bootstrap.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import kr.co.whaling.application.coin.port.in.RefreshCoinsUseCase;
import kr.co.whaling.application.coin.port.in.RefreshDailyClosesUseCase;
import kr.co.whaling.application.vote.port.in.CloseDueVotesUseCase;
import kr.co.whaling.application.vote.port.in.SettleDueVotesUseCase;
import kr.co.whaling.bootstrap.job.CoinRefreshJob;
import kr.co.whaling.bootstrap.job.DailyClosesJob;
import kr.co.whaling.bootstrap.job.LockKeepAlive;
import kr.co.whaling.bootstrap.job.LockWatch;
import kr.co.whaling.bootstrap.job.SkippedItemLog;
import kr.co.whaling.bootstrap.job.VoteLifecycleJob;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs, on instances with {@code whaling.jobs.enabled=true} (the default). ShedLock on
 * the shared database makes each job run once per period across every instance.
 *
 * <p>A job's lock is short ({@code whaling.jobs.lock-at-most-for}, 30 s) and kept alive while the
 * job runs: ShedLock's {@link KeepAliveLockProvider} extends it every half of that. A run as long as
 * it takes keeps its lock; an instance that dies mid-run (kill -9, lost machine) leaves a lock that
 * lapses within 30 s, and the next instance's next run picks the job up: settlement resumes within
 * {@code lock-at-most-for} plus one period of the crash. Each instance writes its own name into the
 * lock ({@code host/pid/random}) and {@link LockWatch} logs when a run finds the lock held or takes
 * over one left behind.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "whaling.jobs.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "${whaling.jobs.lock-at-most-for:PT30S}")
public class JobsConfiguration {

    @Bean
    LockKeepAlive lockKeepAlive() {
        return new LockKeepAlive();
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource, LockKeepAlive lockKeepAlive) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String instance = instanceName();
        JdbcTemplateLockProvider storage = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .usingDbTime()
                .withLockedByValue(instance)
                .build());
        return new LockWatch(new KeepAliveLockProvider(storage, lockKeepAlive.executor()), jdbc, instance);
    }

    @Bean
    SkippedItemLog skippedItemLog(MeterRegistry registry) {
        return new SkippedItemLog(registry);
    }

    @Bean
    CoinRefreshJob coinRefreshJob(RefreshCoinsUseCase refreshCoins, PriceSourceStatus status, SkippedItemLog skipped,
                                  Clock clock) {
        return new CoinRefreshJob(refreshCoins, status, skipped, clock);
    }

    @Bean
    DailyClosesJob dailyClosesJob(RefreshDailyClosesUseCase refreshDailyCloses, SkippedItemLog skipped) {
        return new DailyClosesJob(refreshDailyCloses, skipped);
    }

    @Bean
    VoteLifecycleJob voteLifecycleJob(CloseDueVotesUseCase closeDueVotes, SettleDueVotesUseCase settleDueVotes,
                                      SkippedItemLog skipped) {
        return new VoteLifecycleJob(closeDueVotes, settleDueVotes, skipped);
    }

    /**
     * This instance's name in the lock table: host, process id and a random part, since two
     * instances may share a host (and a restarted process is another instance).
     */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        // locked_by is VARCHAR(255).
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }
}
