package kr.co.whaling.application.stats.port.out;

import java.util.List;
import kr.co.whaling.application.stats.model.CalibrationSums;

/** The calibration sums settlement kept per coin, horizon and tenth: a few rows, never the questions. */
public interface LoadCalibrationPort {

    List<CalibrationSums> loadCalibrationSums();
}
