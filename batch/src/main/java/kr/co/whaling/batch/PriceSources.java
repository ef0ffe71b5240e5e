package kr.co.whaling.batch;

import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;

/**
 * Maps a {@link PriceSource} ({@code backtest --source}) to the adapter that loads its daily closes.
 * The one place the tools meet the price-source adapters: {@link AdapterPriceSources} in the jar,
 * an in-memory history in the tests.
 */
@FunctionalInterface
public interface PriceSources {

    /**
     * The daily closes of the source.
     *
     * @throws CannotRunException when this build cannot read that kind of source
     */
    LoadDailyClosesPort dailyCloses(PriceSource source);
}
