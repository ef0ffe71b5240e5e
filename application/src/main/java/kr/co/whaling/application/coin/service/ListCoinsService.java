package kr.co.whaling.application.coin.service;

import java.util.List;
import kr.co.whaling.application.coin.port.in.ListCoinsQuery;
import kr.co.whaling.application.coin.port.in.ListCoinsUseCase;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.domain.coin.Coin;
import org.springframework.transaction.annotation.Transactional;

/** Lists the listed coins with their latest prices, optionally filtered by a search text. */
public class ListCoinsService implements ListCoinsUseCase {

    private final LoadCoinPort loadCoinPort;

    public ListCoinsService(LoadCoinPort loadCoinPort) {
        this.loadCoinPort = loadCoinPort;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Coin> listCoins(ListCoinsQuery query) {
        return loadCoinPort.searchListedCoins(query.text().orElse(""));
    }
}
