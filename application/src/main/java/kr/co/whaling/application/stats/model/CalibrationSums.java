package kr.co.whaling.application.stats.model;

import kr.co.whaling.domain.accuracy.CalibrationBucket;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.terms.Horizon;

/** The calibration sums kept for one coin and horizon in one tenth of the crowd's YES share. */
public record CalibrationSums(CoinCode coin, Horizon horizon, CalibrationBucket bucket) {
}
