package kr.co.whaling.application.stats.port.in;

import kr.co.whaling.application.stats.model.CalibrationStats;

/** Use case: how well the crowd's YES share matched what came true, next to the base rates'. */
public interface GetCalibrationUseCase {

    CalibrationStats getCalibration();
}
