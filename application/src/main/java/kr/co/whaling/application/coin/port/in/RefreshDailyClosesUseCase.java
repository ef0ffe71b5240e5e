package kr.co.whaling.application.coin.port.in;

import kr.co.whaling.application.coin.model.DailyClosesReport;

/** Use case: bring every listed coin's stored daily closes up to yesterday (Asia/Seoul) from the price source. */
public interface RefreshDailyClosesUseCase {

    DailyClosesReport refreshDailyCloses();
}
