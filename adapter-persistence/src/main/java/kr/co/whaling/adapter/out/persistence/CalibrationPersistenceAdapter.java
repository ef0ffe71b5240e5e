package kr.co.whaling.adapter.out.persistence;

import java.util.List;
import kr.co.whaling.application.stats.model.CalibrationSums;
import kr.co.whaling.application.stats.port.out.LoadCalibrationPort;
import kr.co.whaling.domain.accuracy.CalibrationBucket;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.terms.Horizon;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Persistence adapter reading the calibration sums the settlement keeps in {@code calibration_buckets}
 * ({@link SettlementPersistenceAdapter}): at most ten rows per coin and horizon, never a question.
 */
@Component
public class CalibrationPersistenceAdapter implements LoadCalibrationPort {

    private final NamedParameterJdbcTemplate jdbc;

    CalibrationPersistenceAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalibrationSums> loadCalibrationSums() {
        return jdbc.getJdbcTemplate().query("SELECT coin_code, horizon, tenth, questions, resolved_yes,"
                        + " crowd_squared_errors, with_base_rate, base_rate_squared_errors FROM calibration_buckets",
                (rs, index) -> new CalibrationSums(new CoinCode(rs.getString("coin_code")),
                        Horizon.valueOf(rs.getString("horizon")),
                        new CalibrationBucket(rs.getInt("tenth"), rs.getLong("questions"), rs.getLong("resolved_yes"),
                                rs.getDouble("crowd_squared_errors"), rs.getLong("with_base_rate"),
                                rs.getDouble("base_rate_squared_errors"))));
    }
}
