package kr.co.whaling.application.stats.model;

import java.util.Map;
import kr.co.whaling.domain.accuracy.Calibration;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.terms.Horizon;

/** The crowd's calibration overall, per coin and per horizon (only those with a settled question). */
public record CalibrationStats(Calibration overall, Map<CoinCode, Calibration> byCoin,
                               Map<Horizon, Calibration> byHorizon) {

    public CalibrationStats {
        byCoin = Map.copyOf(byCoin);
        byHorizon = Map.copyOf(byHorizon);
    }
}
