package kr.co.whaling.domain.coin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.co.whaling.domain.shared.InvalidValueException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoinTest {

    @ParameterizedTest(name = "listed={0}, warning={1}: takes new questions={2}")
    @CsvSource({
            "true,  false, true",
            "true,  true,  false",
            "false, false, false",
            "false, true,  false"
    })
    void only_a_listed_coin_without_warning_takes_new_questions(boolean listed, boolean warning, boolean accepts) {
        Coin coin = Coin.restore(new CoinCode("BTC"), "비트코인", "Bitcoin", null, warning, listed, null);

        assertThat(coin.acceptsNewVotes()).isEqualTo(accepts);
    }

    @Test
    void a_market_name_of_up_to_100_characters_is_kept_and_a_longer_one_refused() {
        CoinCode code = new CoinCode("BTC");
        String longest = "가".repeat(Market.MAX_NAME_LENGTH);

        assertThat(new Market(code, longest, "Bitcoin", null, false).koreanName()).isEqualTo(longest);
        assertThatThrownBy(() -> new Market(code, "비트코인", "B".repeat(101), null, false))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("english_name"));
        assertThatThrownBy(() -> new Market(code, longest + "!", "Bitcoin", null, false))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("korean_name"));
    }
}
