package kr.co.whaling.batch;

import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;

/**
 * Maps a {@link PriceSource} to the adapter that loads its daily closes: the one place the tools meet the
 * price-source adapters ({@link AdapterPriceSources} in the jar, an in-memory history in the tests).
 */
@FunctionalInterface
public interface PriceSources {

    LoadDailyClosesPort dailyCloses(PriceSource source);
}
