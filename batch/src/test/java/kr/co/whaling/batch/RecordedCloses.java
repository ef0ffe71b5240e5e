package kr.co.whaling.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.testdata.Prices;

/** A price source with a history written by the test, remembering what it was asked. */
final class RecordedCloses implements LoadDailyClosesPort {

    /** One question the tool asked the source. */
    record Asked(CoinCode code, LocalDate from, LocalDate to) {
    }

    private final CoinCode coin;
    private final Map<LocalDate, Price> closes = new TreeMap<>();
    final List<Asked> asked = new ArrayList<>();

    RecordedCloses(CoinCode coin) {
        this.coin = coin;
    }

    /** Closes from {@code first} on, one per day, cycling through {@code prices}. */
    RecordedCloses repeating(LocalDate first, int days, String... prices) {
        for (int day = 0; day < days; day++) {
            closes.put(first.plusDays(day), Prices.krw(prices[day % prices.length]));
        }
        return this;
    }

    @Override
    public DailyCloses loadDailyCloses(CoinCode code, LocalDate from, LocalDate to) {
        asked.add(new Asked(code, from, to));
        List<DailyClose> answer = new ArrayList<>();
        if (code.equals(coin)) {
            closes.forEach((day, price) -> {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    answer.add(new DailyClose(day, new Price(new BigDecimal(price.toString()))));
                }
            });
        }
        return DailyCloses.of(answer);
    }
}
