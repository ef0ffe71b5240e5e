package kr.co.whaling.domain.coin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import kr.co.whaling.domain.shared.InvalidValueException;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTest {

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource({
            "1.2300,       1.23",
            "100.0,        100",
            "1E+3,         1000",
            "0.00000123,   0.00000123",
            "0.0000012300, 0.00000123",
            "95000000,     95000000",
            "1E-8,         0.00000001"
    })
    void a_price_is_exact_and_drops_trailing_zeros(String given, String kept) {
        Price price = Prices.krw(given);

        assertThat(price.toString()).isEqualTo(kept);
        assertThat(price.value()).isEqualByComparingTo(new BigDecimal(given));
        assertThat(price.value().scale()).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"0", "0.000", "-1", "-0.00000001"})
    void a_price_that_is_not_positive_is_refused(String given) {
        assertThatThrownBy(() -> Prices.krw(given))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("price");
                    assertThat(e.code()).isEqualTo("price.invalid");
                });
    }

    @ParameterizedTest(name = "{0} is kept exactly")
    @ValueSource(strings = {
            "99999999999999999999.999999999999999999",
            "0.000000000000000001",
            "1000000000000.12345678",
            "0.1230000000000000000000000"
    })
    void a_price_within_20_integer_digits_and_18_decimals_is_kept_exactly(String given) {
        assertThat(Prices.krw(given).value()).isEqualByComparingTo(new BigDecimal(given));
    }

    @ParameterizedTest(name = "{0} is refused, not rounded")
    @ValueSource(strings = {
            "100000000000000000000",
            "1E+20",
            "0.0000000000000000001",
            "0.0000000000000000000000001",
            "1.1234567890123456789"
    })
    void a_price_beyond_what_is_kept_exactly_is_refused_rather_than_rounded(String given) {
        assertThatThrownBy(() -> Prices.krw(given))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("price");
                    assertThat(e.code()).isEqualTo("price.invalid");
                    assertThat(e.getMessage()).contains("at most 20 integer digits and 18 decimals");
                });
    }

    @Test
    void a_missing_price_is_refused() {
        assertThatThrownBy(() -> new Price(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void prices_of_the_same_value_are_equal_whatever_their_written_scale() {
        assertThat(Prices.krw("1.10")).isEqualTo(Prices.krw("1.1")).hasSameHashCodeAs(Prices.krw("1.1000"));
        assertThat(Prices.krw("1E+2")).isEqualTo(Prices.krw("100.00"));
    }

    @Test
    void prices_compare_by_value() {
        assertThat(Prices.krw("0.99")).isLessThan(Prices.krw("1"));
        assertThat(Prices.krw("1.0").compareTo(Prices.krw("1"))).isZero();
    }
}
