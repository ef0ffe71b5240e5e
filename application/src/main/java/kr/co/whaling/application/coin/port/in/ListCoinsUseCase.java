package kr.co.whaling.application.coin.port.in;

import java.util.List;
import kr.co.whaling.domain.coin.Coin;

/** Use case: the listed coins with their latest prices, optionally filtered by part of the code or Korean name. */
public interface ListCoinsUseCase {

    List<Coin> listCoins(ListCoinsQuery query);
}
