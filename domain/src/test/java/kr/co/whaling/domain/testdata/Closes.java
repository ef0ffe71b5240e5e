package kr.co.whaling.domain.testdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;

/** Test data: a coin's daily closes, written as a first day, a number of days and a price per day. */
public final class Closes {

    private Closes() {
    }

    /** One close of a day, e.g. {@code close("2024-01-31", "100")}. */
    public static DailyClose close(String date, String price) {
        return new DailyClose(LocalDate.parse(date), Prices.krw(price));
    }

    /** The same close on each of {@code days} days from {@code first}. */
    public static DailyCloses flat(String first, int days, String price) {
        return daily(first, days, day -> price);
    }

    /** A close on each of {@code days} days from {@code first}: day {@code i} (0-based) closes at {@code price(i)}. */
    public static DailyCloses daily(String first, int days, IntFunction<String> price) {
        return dailyWithout(first, days, price, Set.of());
    }

    /** As {@link #daily}, with no close on the {@code missing} dates (gaps in the history). */
    public static DailyCloses dailyWithout(String first, int days, IntFunction<String> price, Set<LocalDate> missing) {
        LocalDate start = LocalDate.parse(first);
        List<DailyClose> closes = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            LocalDate date = start.plusDays(i);
            if (!missing.contains(date)) {
                closes.add(new DailyClose(date, Prices.krw(price.apply(i))));
            }
        }
        return DailyCloses.of(closes);
    }
}
