package kr.co.whaling.application.coin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kr.co.whaling.application.coin.port.out.StoreDailyClosesPort;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.coin.Price;

/** The daily-closes store in memory, as the port describes it: per coin and day, a stored day replaced. */
public final class StoredDailyCloses implements StoreDailyClosesPort {

    private final Map<CoinCode, TreeMap<LocalDate, Price>> byCoin = new HashMap<>();
    private int stores;

    /** Puts closes in place as if a past refresh had stored them (not counted as a store). */
    public void given(CoinCode code, List<DailyClose> closes) {
        closes.forEach(close -> days(code).put(close.date(), close.close()));
    }

    /** How many times {@link #storeDailyCloses} was called. */
    public int stores() {
        return stores;
    }

    @Override
    public DailyCloses loadStoredDailyCloses(CoinCode code, LocalDate from, LocalDate to) {
        return DailyCloses.of(days(code).subMap(from, true, to, true).entrySet().stream()
                .map(entry -> new DailyClose(entry.getKey(), entry.getValue())).toList());
    }

    @Override
    public Optional<LocalDate> latestStoredDay(CoinCode code) {
        TreeMap<LocalDate, Price> days = days(code);
        return days.isEmpty() ? Optional.empty() : Optional.of(days.lastKey());
    }

    @Override
    public void storeDailyCloses(CoinCode code, DailyCloses closes) {
        stores++;
        given(code, closes.closes());
    }

    private TreeMap<LocalDate, Price> days(CoinCode code) {
        return byCoin.computeIfAbsent(code, ignored -> new TreeMap<>());
    }
}
