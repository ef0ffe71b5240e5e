package kr.co.whaling.application.coin.service;

import static kr.co.whaling.application.Fixtures.BTC;
import static kr.co.whaling.application.Fixtures.ETH;
import static kr.co.whaling.application.Fixtures.listedCoin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import kr.co.whaling.application.coin.port.in.ListCoinsQuery;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.domain.coin.Coin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ListCoinsServiceTest {

    @Mock
    private LoadCoinPort loadCoinPort;

    private ListCoinsService service;

    @BeforeEach
    void setUp() {
        service = new ListCoinsService(loadCoinPort);
    }

    @Test
    void the_coins_matching_the_search_text_are_listed() {
        List<Coin> found = List.of(listedCoin(BTC));
        when(loadCoinPort.searchListedCoins("비트")).thenReturn(found);

        assertThat(service.listCoins(new ListCoinsQuery(Optional.of(" 비트 ")))).isEqualTo(found);
    }

    @Test
    void without_a_search_text_every_listed_coin_is_listed() {
        List<Coin> all = List.of(listedCoin(BTC), listedCoin(ETH));
        when(loadCoinPort.searchListedCoins("")).thenReturn(all);

        assertThat(service.listCoins(new ListCoinsQuery(Optional.empty()))).isEqualTo(all);
    }
}
