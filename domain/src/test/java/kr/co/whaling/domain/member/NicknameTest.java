package kr.co.whaling.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import kr.co.whaling.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NicknameTest {

    private static final String MATH_BOLD_A = "\uD835\uDC00";

    @ParameterizedTest(name = "\"{0}\" is a nickname")
    @ValueSource(strings = {
            "a", "고래", "고래밥_123", "Whale_King", "user12345", "_", "7", "日本語", "Ünïcödé",
            "नमस्ते", "ภาษาไทย", "e\u0301te\u0301",
            "가나다라마바사아자차카타파하가나다라마바",
            "abcdefghij0123456789"
    })
    void letters_of_any_script_digits_and_underscore_up_to_20_characters_make_a_nickname(String value) {
        assertThat(new Nickname(value).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
    @CsvSource({
            "'  whale  ', whale",
            "' 고래밥', 고래밥",
            "'\t\tkrill\t', krill"
    })
    void a_nickname_is_trimmed(String given, String kept) {
        assertThat(new Nickname(given).value()).isEqualTo(kept);
    }

    @Test
    void twenty_characters_are_counted_after_trimming() {
        String twenty = "a".repeat(20);

        assertThat(new Nickname("   " + twenty + "   ").value()).isEqualTo(twenty);
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        assertThat(new Nickname(MATH_BOLD_A.repeat(20)).value()).hasSize(40);
        assertThatThrownBy(() -> new Nickname(MATH_BOLD_A.repeat(21)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("nickname.too-long"));
    }

    static Stream<Arguments> refusedNicknames() {
        return Stream.of(
                Arguments.of("empty", "", "nickname.required"),
                Arguments.of("blank", "    ", "nickname.required"),
                Arguments.of("21 characters", "a".repeat(21), "nickname.too-long"),
                Arguments.of("21 Korean letters", "가".repeat(21), "nickname.too-long"),
                Arguments.of("a space inside", "whale king", "nickname.characters"),
                Arguments.of("a combining mark with no letter", "\u0301abc", "nickname.characters"),
                Arguments.of("a pile of combining marks", "a\u0301\u0302\u0303\u0304", "nickname.characters"),
                Arguments.of("a Korean word with a space", "고래 밥", "nickname.characters"),
                Arguments.of("an ideographic space inside", "고래\u3000밥", "nickname.characters"),
                Arguments.of("punctuation", "hello!", "nickname.characters"),
                Arguments.of("a hyphen", "whale-king", "nickname.characters"),
                Arguments.of("a dot", "whale.king", "nickname.characters"),
                Arguments.of("an at sign", "@whale", "nickname.characters"),
                Arguments.of("an emoji", "🐳", "nickname.characters"),
                Arguments.of("an emoji inside", "whale🐳king", "nickname.characters"),
                Arguments.of("a tab inside", "whale\tking", "nickname.characters"),
                Arguments.of("a newline inside", "whale\nking", "nickname.characters"),
                Arguments.of("a NUL character", "whale\u0000", "nickname.characters"),
                Arguments.of("a bell character", "\u0007whale", "nickname.characters"),
                Arguments.of("a zero-width space", "whale\u200Bking", "nickname.characters"),
                Arguments.of("a right-to-left override", "whale\u202Eking", "nickname.characters"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refusedNicknames")
    void other_nicknames_are_refused_with_the_broken_rule(String what, String value, String code) {
        assertThatThrownBy(() -> new Nickname(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("nickname");
                    assertThat(e.code()).isEqualTo(code);
                });
    }

    @Test
    void a_missing_nickname_is_refused() {
        assertThatThrownBy(() -> new Nickname(null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("nickname.required"));
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" are the same nickname")
    @CsvSource({"Whale, wHALE", "WHALE_1, whale_1", "고래, 고래", "ÜBER, über"})
    void nicknames_differing_only_in_case_are_the_same_nickname(String one, String other) {
        assertThat(new Nickname(one).uniqueKey()).isEqualTo(new Nickname(other).uniqueKey());
    }

    @Test
    void different_nicknames_have_different_keys() {
        assertThat(new Nickname("whale").uniqueKey()).isNotEqualTo(new Nickname("whale_").uniqueKey());
    }

    @ParameterizedTest(name = "Kakao user {0} starts as {1}")
    @CsvSource({"12345, user12345", "1, user1", "3141592653, user3141592653"})
    void a_new_member_is_named_user_and_the_kakao_id(long kakaoId, String nickname) {
        assertThat(Nickname.initialFor(new KakaoId(kakaoId))).isEqualTo(new Nickname(nickname));
    }
}
