package kr.co.whaling.application.port.out;

import java.util.List;
import kr.co.whaling.domain.coin.Market;

/** Price source, part 1 of 3: the KRW markets the exchange lists now. */
public interface LoadMarketsPort {

    /**
     * Every KRW market listed now, with its names, image and warning flag.
     *
     * @throws PriceSourceUnavailableException when the source cannot answer
     */
    List<Market> loadMarkets();
}
