package kr.co.whaling.application.stats.port.out;

import java.util.List;
import kr.co.whaling.application.stats.model.CalibrationSums;

/**
 * The calibration sums the settlement kept, one per coin, horizon and tenth that has a question: a
 * few rows per coin, never the questions themselves.
 */
public interface LoadCalibrationPort {

    List<CalibrationSums> loadCalibrationSums();
}
