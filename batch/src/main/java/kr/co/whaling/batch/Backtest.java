package kr.co.whaling.batch;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.VoteTerms;
import kr.co.whaling.domain.vote.GameRules;

/**
 * Base rates of one coin, direction and horizon over a period of daily closes, by the app's very rule
 * ({@link GameRules#baseRate}) with only the lookback changed to the period (by default the app's own).
 */
final class Backtest {

    /** The ranges of the table: every whole percent from 1 to this. */
    static final int GRID_MAX_PERCENT = 50;

    private final GameRules rules;

    Backtest(GameRules rules) {
        this.rules = rules;
    }

    /** The days whose closes count, both included: windows start on one of them and end by {@code lastDay}. */
    record Period(LocalDate firstDay, LocalDate lastDay) {

        Period {
            if (firstDay.isAfter(lastDay)) {
                throw new IllegalArgumentException("the period starts on " + firstDay + ", after its end " + lastDay);
            }
        }

        int days() {
            return Math.toIntExact(ChronoUnit.DAYS.between(firstDay, lastDay) + 1);
        }

        /** The day a question taking its base rate over this period would be asked. */
        LocalDate asOf() {
            return lastDay.plusDays(1);
        }
    }

    /**
     * The period of {@code --from}/{@code --to}: by default it ends yesterday (today has no close
     * yet) and starts as many days before as the app looks back.
     */
    Period period(Optional<LocalDate> from, Optional<LocalDate> to, LocalDate today) {
        LocalDate lastDay = to.orElse(today.minusDays(1));
        if (!lastDay.isBefore(today)) {
            throw new IllegalArgumentException("--to must be before today (" + today + "): a day's close is final"
                    + " only once the day is over");
        }
        LocalDate firstDay = from.orElse(lastDay.plusDays(1).minusDays(rules.baseRates().lookbackDays()));
        if (firstDay.isAfter(lastDay)) {
            throw new IllegalArgumentException("--from (" + firstDay + ") must not be after --to (" + lastDay + ")");
        }
        return new Period(firstDay, lastDay);
    }

    /** One line of the table: a range's windows, its base rate (none with too few windows), the guardrail's say. */
    record Row(int rangePercent, int windows, Optional<BaseRate> baseRate, boolean tooCertain) {
    }

    /** The base rate of one range. */
    Row row(CoinCode coin, Direction direction, int rangePercent, Horizon horizon, DailyCloses closes, Period period) {
        Range range = rules.ranges().check(direction, rangePercent);
        VoteTerms terms = new VoteTerms(coin, direction, range, horizon);
        Optional<BaseRate> baseRate = rulesOver(period).baseRate(terms, closes, period.asOf());
        BaseRatePolicy counting = new BaseRatePolicy(period.days(), 1, rules.baseRates().z());
        int windows = counting.baseRate(terms, closes, period.asOf(), rules.schedules()).map(BaseRate::windows)
                .orElse(0);
        return new Row(rangePercent, windows, baseRate, baseRate.map(rules.guardrail()::isTooCertain).orElse(false));
    }

    /** The ranges of the table: 1..{@value #GRID_MAX_PERCENT}, and the range asked when it lies beyond. */
    static List<Integer> grid(int askedPercent) {
        return IntStream.rangeClosed(1, Math.max(GRID_MAX_PERCENT, askedPercent))
                .filter(percent -> percent <= GRID_MAX_PERCENT || percent == askedPercent)
                .boxed().toList();
    }

    /** The app's rules with the lookback of the period: every other number stays the game's. */
    private GameRules rulesOver(Period period) {
        BaseRatePolicy standard = rules.baseRates();
        return new GameRules(rules.schedules(), rules.ranges(), rules.pricing(), rules.prices(), rules.settlement(),
                rules.whales(), rules.signup(), rules.leaderboard(),
                new BaseRatePolicy(period.days(), standard.minWindows(), standard.z()), rules.guardrail());
    }
}
