package kr.co.whaling.domain.coin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.co.whaling.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CoinCodeTest {

    @ParameterizedTest(name = "{0} is a coin code")
    @ValueSource(strings = {"BTC", "ETH", "1INCH", "X", "SHIB", "ABCDEFGHIJKLMNO"})
    void upper_case_letters_and_digits_up_to_15_make_a_coin_code(String value) {
        assertThat(new CoinCode(value).value()).isEqualTo(value);
        assertThat(new CoinCode(value)).hasToString(value);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"btc", "KRW-BTC", "BT C", " BTC", "ABCDEFGHIJKLMNOP", "비트", "BTC!"})
    void anything_else_is_refused_as_coin_code(String value) {
        assertThatThrownBy(() -> new CoinCode(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("coin_code");
                    assertThat(e.code()).isEqualTo("coin.code.invalid");
                });
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource({"btc, BTC", "' Eth ', ETH", "1inch, 1INCH", "XRP, XRP"})
    void a_typed_code_is_read_trimmed_and_case_insensitively(String typed, String code) {
        assertThat(CoinCode.parse(typed)).isEqualTo(new CoinCode(code));
    }

    @Test
    void parsing_nothing_is_refused() {
        assertThatThrownBy(() -> CoinCode.parse(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CoinCode.parse("   ")).isInstanceOf(InvalidValueException.class);
    }
}
