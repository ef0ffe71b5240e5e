package kr.co.whaling.application.coin.port.in;

import kr.co.whaling.application.coin.model.RefreshReport;

/** Use case: bring the coin catalog (listed markets, warnings) and latest prices up to date from the price source. */
public interface RefreshCoinsUseCase {

    RefreshReport refreshCoins();
}
