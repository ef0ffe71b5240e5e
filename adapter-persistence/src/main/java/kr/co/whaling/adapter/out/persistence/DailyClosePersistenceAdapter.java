package kr.co.whaling.adapter.out.persistence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.application.coin.port.out.StoreDailyClosesPort;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.coin.Price;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Persistence adapter for the coins' daily closes: one query per read, one batched upsert per write. */
@Component
@RequiredArgsConstructor
public class DailyClosePersistenceAdapter implements StoreDailyClosesPort {

    // VALUES(column) is the form MariaDB, MySQL and H2 (MySQL mode) all take; MySQL 8.0.20+ prefers a
    // row alias, which MariaDB and H2 do not know, and still runs this one.
    private static final String UPSERT = "INSERT INTO daily_closes (coin_code, trade_day, close_price)"
            + " VALUES (:code, :day, :close) ON DUPLICATE KEY UPDATE close_price = VALUES(close_price)";

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public DailyCloses loadStoredDailyCloses(CoinCode code, LocalDate from, LocalDate to) {
        Objects.requireNonNull(code, "code");
        return DailyCloses.of(jdbc.query("SELECT trade_day, close_price FROM daily_closes"
                        + " WHERE coin_code = :code AND trade_day BETWEEN :from AND :to ORDER BY trade_day",
                new MapSqlParameterSource("code", code.value()).addValue("from", from).addValue("to", to),
                (row, index) -> new DailyClose(row.getObject("trade_day", LocalDate.class),
                        new Price(row.getBigDecimal("close_price")))));
    }

    @Override
    public Optional<LocalDate> latestStoredDay(CoinCode code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(trade_day) FROM daily_closes WHERE coin_code = :code",
                new MapSqlParameterSource("code", code.value()), LocalDate.class));
    }

    /** One batch: a day not stored yet is added, a stored one gets the new close. */
    @Override
    @Transactional
    public void storeDailyCloses(CoinCode code, DailyCloses closes) {
        Objects.requireNonNull(code, "code");
        if (closes.closes().isEmpty()) {
            return;
        }
        MapSqlParameterSource[] batch = closes.closes().stream()
                .map(close -> new MapSqlParameterSource("code", code.value())
                        .addValue("day", close.date())
                        .addValue("close", close.close().value()))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate(UPSERT, batch);
    }
}
