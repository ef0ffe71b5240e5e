package kr.co.whaling.bootstrap.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import javax.sql.DataSource;
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
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs, unless {@code whaling.jobs.enabled=false}; ShedLock on the shared database runs each
 * once per period across instances. Locks are short ({@code lock-at-most-for}) and kept alive while a job
 * runs, so a run may take as long as it needs while the lock of an instance that dies mid-run lapses soon.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "whaling.jobs.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "${whaling.jobs.lock-at-most-for:PT30S}",
        defaultLockAtLeastFor = "${whaling.jobs.lock-at-least-for:PT5S}")
@Import({LockKeepAlive.class, SkippedItemLog.class, CoinRefreshJob.class, DailyClosesJob.class, VoteLifecycleJob.class})
public class JobsConfiguration {

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

    /** Host, process id and a random part: two instances may share a host, a restarted process is another. */
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
