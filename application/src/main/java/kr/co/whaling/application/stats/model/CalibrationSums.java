package kr.co.whaling.application.stats.model;

import java.util.Objects;
import kr.co.whaling.domain.accuracy.CalibrationBucket;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.terms.Horizon;

/** The calibration sums kept for one coin and horizon in one tenth of the crowd's YES share. */
public record CalibrationSums(CoinCode coin, Horizon horizon, CalibrationBucket bucket) {

    public CalibrationSums {
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(bucket, "bucket");
    }
}
