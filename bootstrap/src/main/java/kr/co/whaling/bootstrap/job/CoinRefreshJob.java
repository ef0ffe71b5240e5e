package kr.co.whaling.bootstrap.job;

import java.time.Clock;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.model.RefreshReport;
import kr.co.whaling.application.coin.port.in.RefreshCoinsUseCase;
import kr.co.whaling.bootstrap.config.PriceSourceStatus;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Job: refresh the coin catalog and latest prices once per period across the fleet, skipping bad entries. */
public class CoinRefreshJob {

    private static final Logger log = LoggerFactory.getLogger(CoinRefreshJob.class);

    private final RefreshCoinsUseCase refreshCoins;
    private final PriceSourceStatus status;
    private final SkippedItemLog skipped;
    private final Clock clock;

    public CoinRefreshJob(RefreshCoinsUseCase refreshCoins, PriceSourceStatus status, SkippedItemLog skipped,
                          Clock clock) {
        this.refreshCoins = refreshCoins;
        this.status = status;
        this.skipped = skipped;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${whaling.jobs.prices-period:PT1M}", initialDelayString = "${whaling.jobs.prices-initial-delay:PT5S}")
    @SchedulerLock(name = "refresh-coins")
    public void refreshCoins() {
        // An outage is logged once when it begins and once when it ends, not every period.
        try {
            RefreshReport report = refreshCoins.refreshCoins();
            skipped.report(report.skipped());
            if (status.recordUp(clock.instant())) {
                log.info("price source available again");
            }
        } catch (PriceSourceUnavailableException e) {
            if (status.recordDown(clock.instant(), e.getMessage())) {
                log.warn("price source unavailable, will retry every period: {}", e.getMessage());
            } else {
                log.debug("price source still unavailable: {}", e.getMessage());
            }
        }
    }
}
