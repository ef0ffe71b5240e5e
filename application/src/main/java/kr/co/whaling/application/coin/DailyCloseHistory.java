package kr.co.whaling.application.coin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
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
 * A coin's history of daily closes as base rates need it, kept in the database and brought up to date
 * from the price source. The rules of which days are fetched and when stored days are fresh enough
 * live here, for the daily job and for question creation and preview alike. It sits in the feature's
 * package, not in {@code service}, because it is no use case: services of several features share it.
 *
 * <p>Days are Asia/Seoul dates; "today" has no close yet, so the history reaches up to yesterday.
 * Stored history is <em>fresh</em> when its latest day is yesterday or later: then nothing asks the
 * price source. The latest stored day is always fetched again, since its close may have been taken
 * before its candle ended (Upbit's daily candle of a day runs until 09:00 the next morning).
 */
public class DailyCloseHistory {

    /**
     * Days beyond the policy's lookback fetched for a coin with no stored history (365 + 35 = 400):
     * a little slack, so that a longer lookback or a backtest finds the days already there.
     */
    static final int FIRST_FETCH_MARGIN_DAYS = 35;

    private final LoadDailyClosesPort source;
    private final StoreDailyClosesPort store;
    private final BaseRatePolicy policy;

    public DailyCloseHistory(LoadDailyClosesPort source, StoreDailyClosesPort store, BaseRatePolicy policy) {
        this.source = Objects.requireNonNull(source, "source");
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The coin's closes of the policy's lookback before {@code today} ({@code today − lookbackDays} to
     * yesterday), read from the database. Fresh stored history is returned without asking the price
     * source; otherwise the missing days are fetched once and stored first. When that fetch fails, the
     * stored closes are returned (stale but real), unless there are none in the lookback.
     *
     * @throws PriceUnavailableException when the fetch failed and nothing of the lookback is stored: a
     *     failed call never passes for a coin without history
     */
    public DailyCloses closesFor(CoinCode code, LocalDate today) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(today, "today");
        LocalDate yesterday = today.minusDays(1);
        LocalDate lookbackStart = today.minusDays(policy.lookbackDays());
        Optional<LocalDate> latest = store.latestStoredDay(code);
        if (latest.isPresent() && !latest.get().isBefore(yesterday)) {
            return store.loadStoredDailyCloses(code, lookbackStart, yesterday);
        }
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
        return store.loadStoredDailyCloses(code, lookbackStart, yesterday);
    }

    /**
     * The base rate of a question with these terms asked at {@code now}: taken over the coin's closes
     * before the question's Seoul day ({@link #closesFor}); empty with too little history.
     *
     * @throws PriceUnavailableException as {@link #closesFor} does
     */
    public Optional<BaseRate> baseRateOf(VoteTerms terms, Instant now, GameRules rules) {
        LocalDate today = LocalDate.ofInstant(now, GameClock.ZONE);
        return rules.baseRate(terms, closesFor(terms.coin(), today), today);
    }

    /**
     * Fetches the coin's days from its latest stored day (or, with none stored or only long ago, from
     * {@code lookbackDays + 35} days back) up to yesterday, and stores them.
     *
     * @return the number of closes stored
     * @throws PriceSourceUnavailableException when the price source fails (nothing is stored then)
     */
    public int refresh(CoinCode code, LocalDate today) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(today, "today");
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
