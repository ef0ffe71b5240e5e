package kr.co.whaling.application.coin.port.out;

import java.util.List;
import java.util.Optional;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;

/** Reads the coin catalog. */
public interface LoadCoinPort {

    Optional<Coin> loadCoin(CoinCode code);

    /** Listed coins whose code or Korean name contains the text (case-insensitive; all for ""), by code. */
    List<Coin> searchListedCoins(String text);
}
