package kr.co.whaling.domain.coin;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One coin's daily closes, oldest first, at most one per date; a missing day (no trade, a hole) has none. */
public final class DailyCloses {

    private final List<DailyClose> closes;
    private final Map<LocalDate, Price> byDate;

    private DailyCloses(List<DailyClose> closes) {
        Map<LocalDate, Price> index = new HashMap<>();
        for (DailyClose close : closes) {
            if (index.put(close.date(), close.close()) != null) {
                // Two closes for one day would make every window over it ambiguous.
                throw new IllegalArgumentException("two closes on " + close.date());
            }
        }
        this.closes = closes;
        this.byDate = index;
    }

    /** The series of the given closes, in any order; refuses two closes on one date. */
    public static DailyCloses of(Collection<DailyClose> closes) {
        return new DailyCloses(closes.stream().sorted(Comparator.comparing(DailyClose::date)).toList());
    }

    public Optional<Price> closeOn(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    public List<DailyClose> closes() {
        return closes;
    }
}
