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
    private final OutageLog outage = new OutageLog(log, "price source");

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
        try {
            RefreshReport report = refreshCoins.refreshCoins();
            skipped.report(report.skipped());
            status.recordUp(clock.instant());
            outage.succeeded();
        } catch (PriceSourceUnavailableException e) {
            status.recordDown(clock.instant(), e.getMessage());
            outage.failed(e);
        }
    }
}
