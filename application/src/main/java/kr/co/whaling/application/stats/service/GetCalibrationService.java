package kr.co.whaling.application.stats.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.co.whaling.application.stats.model.CalibrationStats;
import kr.co.whaling.application.stats.model.CalibrationSums;
import kr.co.whaling.application.stats.port.in.GetCalibrationUseCase;
import kr.co.whaling.application.stats.port.out.LoadCalibrationPort;
import kr.co.whaling.domain.accuracy.Calibration;
import kr.co.whaling.domain.accuracy.CalibrationBucket;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.terms.Horizon;
import org.springframework.transaction.annotation.Transactional;

/** Adds up the kept calibration sums overall, per coin and per horizon; the domain computes the figures. */
public class GetCalibrationService implements GetCalibrationUseCase {

    private final LoadCalibrationPort loadCalibrationPort;

    public GetCalibrationService(LoadCalibrationPort loadCalibrationPort) {
        this.loadCalibrationPort = loadCalibrationPort;
    }

    @Override
    @Transactional(readOnly = true)
    public CalibrationStats getCalibration() {
        List<CalibrationBucket> overall = new ArrayList<>();
        Map<CoinCode, List<CalibrationBucket>> byCoin = new HashMap<>();
        Map<Horizon, List<CalibrationBucket>> byHorizon = new EnumMap<>(Horizon.class);
        for (CalibrationSums sums : loadCalibrationPort.loadCalibrationSums()) {
            overall.add(sums.bucket());
            byCoin.computeIfAbsent(sums.coin(), coin -> new ArrayList<>()).add(sums.bucket());
            byHorizon.computeIfAbsent(sums.horizon(), horizon -> new ArrayList<>()).add(sums.bucket());
        }
        return new CalibrationStats(Calibration.of(overall), calibrations(byCoin), calibrations(byHorizon));
    }

    private static <K> Map<K, Calibration> calibrations(Map<K, List<CalibrationBucket>> sums) {
        Map<K, Calibration> result = new HashMap<>();
        sums.forEach((key, buckets) -> result.put(key, Calibration.of(buckets)));
        return result;
    }
}
