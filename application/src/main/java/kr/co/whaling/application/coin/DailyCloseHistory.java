package kr.co.whaling.application.coin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;
import kr.co.whaling.application.coin.port.out.StoreDailyClosesPort;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.shared.GameClock;
import kr.co.whaling.domain.terms.VoteTerms;
import kr.co.whaling.domain.vote.GameRules;

/**
 * A coin's daily closes (Asia/Seoul days up to yesterday), stored and brought up to date from the price
 * source; shared by the daily job, creation and preview, so it is no use case. Stored history is fresh
 * when it reaches yesterday. The latest stored day is always fetched again: its close may predate the
 * end of its candle (Upbit's daily candle runs until 09:00 the next morning).
 */
public class DailyCloseHistory {

    /** Extra days fetched for a coin with no history, so a longer lookback or a backtest finds them there. */
    static final int FIRST_FETCH_MARGIN_DAYS = 35;

    private final LoadDailyClosesPort source;
    private final StoreDailyClosesPort store;
    private final BaseRatePolicy policy;

    public DailyCloseHistory(LoadDailyClosesPort source, StoreDailyClosesPort store, BaseRatePolicy policy) {
        this.source = source;
        this.store = store;
        this.policy = policy;
    }

    /**
     * The stored closes of the policy's lookback before {@code today}, fetching the missing days first
     * unless the history is fresh. When that fetch fails, the stored closes (stale but real) are returned.
     *
     * @throws PriceUnavailableException when the fetch failed and nothing of the lookback is stored: a
     *     failed call never passes for a coin without history
     */
    public DailyCloses closesFor(CoinCode code, LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        LocalDate lookbackStart = today.minusDays(policy.lookbackDays());
        Optional<LocalDate> latest = store.latestStoredDay(code);
        if (latest.isEmpty() || latest.get().isBefore(yesterday)) {
            try {
                fetchAndStore(code, today, latest);
            } catch (PriceSourceUnavailableException e) {
                DailyCloses stored = store.loadStoredDailyCloses(code, lookbackStart, yesterday);
                if (stored.closes().isEmpty()) {
                    throw new PriceUnavailableException(code, "no daily closes stored and the price source failed: "
                            + e.getMessage());
                }
                return stored;
            }
        }
        return store.loadStoredDailyCloses(code, lookbackStart, yesterday);
    }

    /** The base rate of a question asked at {@code now}, over the closes before its day; empty with too few closes. */
    public Optional<BaseRate> baseRateOf(VoteTerms terms, Instant now, GameRules rules) {
        LocalDate today = LocalDate.ofInstant(now, GameClock.ZONE);
        return rules.baseRate(terms, closesFor(terms.coin(), today), today);
    }

    /**
     * Fetches and stores the days from the latest stored one (or the whole lookback plus margin) to yesterday.
     *
     * @return the number of closes stored
     * @throws PriceSourceUnavailableException when the price source fails (nothing is stored then)
     */
    public int refresh(CoinCode code, LocalDate today) {
        return fetchAndStore(code, today, store.latestStoredDay(code));
    }

    private int fetchAndStore(CoinCode code, LocalDate today, Optional<LocalDate> latestStored) {
        LocalDate yesterday = today.minusDays(1);
        LocalDate earliest = today.minusDays(policy.lookbackDays() + FIRST_FETCH_MARGIN_DAYS);
        LocalDate from = latestStored.filter(day -> day.isAfter(earliest)).orElse(earliest);
        if (from.isAfter(yesterday)) {
            return 0;
        }
        DailyCloses fetched = source.loadDailyCloses(code, from, yesterday);
        store.storeDailyCloses(code, fetched);
        return fetched.closes().size();
    }
}
