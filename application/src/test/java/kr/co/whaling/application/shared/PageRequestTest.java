package kr.co.whaling.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.co.whaling.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @ParameterizedTest(name = "page {0} of {1}")
    @CsvSource({"0, 1", "0, 100", "7, 100", "0, 500", "0, 10000"})
    void pages_of_up_to_100_and_first_items_of_up_to_10000_are_accepted(int page, int size) {
        assertThat(new PageRequest(page, size).offset()).isEqualTo((long) page * size);
    }

    @ParameterizedTest(name = "page {0} of {1}")
    @CsvSource({"-1, 20", "0, 0", "1, 101", "3, 500", "0, 10001"})
    void negative_pages_empty_pages_and_oversized_pages_are_refused(int page, int size) {
        assertThatThrownBy(() -> new PageRequest(page, size)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void first_items_is_page_zero_of_that_many() {
        assertThat(PageRequest.firstItems(500)).isEqualTo(new PageRequest(0, 500));
        assertThatThrownBy(() -> PageRequest.firstItems(PageRequest.MAX_UNPAGED + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "page {0} of size {1} starts at item {2}")
    @CsvSource({"0, 20, 0", "3, 20, 60", "10000, 100, 1000000", "1000000, 1, 1000000"})
    void a_page_up_to_a_million_items_deep_is_served(int page, int size, long offset) {
        assertThat(new PageRequest(page, size).offset()).isEqualTo(offset);
    }

    @ParameterizedTest(name = "page {0} of size {1} is refused")
    @CsvSource({"10001, 100, 10000", "1000000000, 20, 50000", "2147483647, 100, 10000", "1000001, 1, 1000000"})
    void a_deeper_page_is_refused_as_a_bad_page_field_naming_the_last_page(int page, int size, long lastPage) {
        assertThatThrownBy(() -> new PageRequest(page, size))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("page");
                    assertThat(refused.code()).isEqualTo("page.too-deep");
                    assertThat(refused.arguments()).containsExactly(lastPage);
                });
    }
}
