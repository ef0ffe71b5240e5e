package kr.co.whaling.bootstrap.config;

import java.time.Clock;
import javax.sql.DataSource;
import kr.co.whaling.application.port.in.CloseDueVotesUseCase;
import kr.co.whaling.application.port.in.RefreshCoinsUseCase;
import kr.co.whaling.application.port.in.SettleDueVotesUseCase;
import kr.co.whaling.bootstrap.job.CoinRefreshJob;
import kr.co.whaling.bootstrap.job.VoteLifecycleJob;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs, on instances with {@code whaling.jobs.enabled=true} (the default). ShedLock on
 * the shared database makes each job run once per period across every instance.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "whaling.jobs.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class JobsConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    CoinRefreshJob coinRefreshJob(RefreshCoinsUseCase refreshCoins, PriceSourceStatus status, Clock clock) {
        return new CoinRefreshJob(refreshCoins, status, clock);
    }

    @Bean
    VoteLifecycleJob voteLifecycleJob(CloseDueVotesUseCase closeDueVotes, SettleDueVotesUseCase settleDueVotes) {
        return new VoteLifecycleJob(closeDueVotes, settleDueVotes);
    }
}
