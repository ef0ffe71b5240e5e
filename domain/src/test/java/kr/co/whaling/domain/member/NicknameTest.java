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
                Arguments.of("a tab inside", "whale\tking", "nickname.invisible"),
                Arguments.of("a newline inside", "whale\nking", "nickname.invisible"),
                Arguments.of("a NUL character", "whale\u0000", "nickname.invisible"),
                Arguments.of("a bell character", "\u0007whale", "nickname.invisible"),
                Arguments.of("a zero-width space", "whale\u200Bking", "nickname.invisible"),
                Arguments.of("a right-to-left override", "whale\u202Eking", "nickname.invisible"),
                Arguments.of("a Hangul filler alone (looks blank)", "\u3164", "nickname.invisible"),
                Arguments.of("Hangul fillers only", "\u3164\u3164\u3164", "nickname.invisible"),
                Arguments.of("a Hangul filler after a name", "고래\u3164", "nickname.invisible"),
                Arguments.of("a Hangul choseong filler", "\u115F", "nickname.invisible"),
                Arguments.of("a Hangul jungseong filler", "\u1160whale", "nickname.invisible"),
                Arguments.of("a half-width Hangul filler", "\uFFA0", "nickname.invisible"),
                Arguments.of("a Braille blank", "\u2800", "nickname.invisible"),
                Arguments.of("a zero-width non-joiner", "wha\u200Cle", "nickname.invisible"),
                Arguments.of("a zero-width joiner", "wha\u200Dle", "nickname.invisible"),
                Arguments.of("a word joiner", "wha\u2060le", "nickname.invisible"),
                Arguments.of("a byte order mark", "\uFEFFwhale", "nickname.invisible"),
                Arguments.of("a soft hyphen", "wha\u00ADle", "nickname.invisible"),
                Arguments.of("a left-to-right mark", "whale\u200E", "nickname.invisible"),
                Arguments.of("a combining grapheme joiner", "wha\u034Fle", "nickname.invisible"),
                Arguments.of("a variation selector", "whale\uFE0F", "nickname.invisible"),
                Arguments.of("a supplementary variation selector", "whale\uDB40\uDD00", "nickname.invisible"),
                Arguments.of("a tag character", "whale\uDB40\uDC41", "nickname.invisible"),
                Arguments.of("a Mongolian free variation selector", "whale\u180B", "nickname.invisible"),
                Arguments.of("a Khmer invisible vowel", "\u17B4", "nickname.invisible"),
                Arguments.of("a DEL character", "whale\u007F", "nickname.invisible"),
                Arguments.of("a C1 control character", "whale\u0085x", "nickname.invisible"),
                Arguments.of("a no-break space inside", "whale\u00A0king", "nickname.characters"),
                Arguments.of("a letter that folds into words with spaces", "\uFDFA", "nickname.characters"));
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
    @CsvSource({"Whale, wHALE", "WHALE_1, whale_1", "고래, 고래", "ÜBER, über",
            "ＷＨＡＬＥ, whale", "ＷＨＡＬＥ, Whale", "ｗｈａｌｅ, WHALE", "고래１２３, 고래123", "ｕｓｅｒ_１, USER_1",
            "straße, STRASSE", "STRAẞE, strasse", "ὈΔΥΣΣΕΎΣ, ὀδυσσεύς", "ΣΊΣΥΦΟΣ, σίσυφος", "ﬃ, FFI",
            "\u212Aelvin, kelvin", "\uD835\uDC00\uD835\uDC01, ab", "ǅ, DŽ", "ﾎﾞ, ボ"})
    void nicknames_differing_only_in_case_or_compatibility_form_are_the_same_nickname(String one, String other) {
        assertThat(new Nickname(one).uniqueKey()).isEqualTo(new Nickname(other).uniqueKey());
    }

    @Test
    void composed_and_decomposed_accents_are_the_same_nickname() {
        assertThat(new Nickname("caf\u00E9").uniqueKey()).isEqualTo(new Nickname("cafe\u0301").uniqueKey())
                .isEqualTo(new Nickname("CAFE\u0301").uniqueKey()).isEqualTo("caf\u00E9");
        assertThat(new Nickname("\uAC00").uniqueKey()).isEqualTo(new Nickname("\u1100\u1161").uniqueKey());
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" are different nicknames")
    @CsvSource({"whale, whale_", "café, cafe", "고래, 고래밥", "whale1, whale2", "ｗｈａｌｅ, whales"})
    void different_nicknames_have_different_keys(String one, String other) {
        assertThat(new Nickname(one).uniqueKey()).isNotEqualTo(new Nickname(other).uniqueKey());
    }

    @Test
    void the_key_of_any_single_allowed_character_has_at_most_four_characters_so_every_key_fits_its_bound() {
        int longest = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            Nickname nickname;
            try {
                nickname = new Nickname(new String(Character.toChars(codePoint)));
            } catch (InvalidValueException refused) {
                continue;
            }
            String key = nickname.uniqueKey();
            longest = Math.max(longest, key.codePointCount(0, key.length()));
        }
        assertThat(longest).isEqualTo(4);
        assertThat(Nickname.MAX_KEY_LENGTH).isEqualTo(longest * Nickname.MAX_LENGTH);
    }

    @Test
    void a_key_is_a_nickname_of_its_own_with_the_same_key() {
        for (String value : new String[] {"ＷＨＡＬＥ", "straße", "ﬃ", "ΣΊΣΥΦΟΣ", "고래_１", "ǅemal"}) {
            String key = new Nickname(value).uniqueKey();
            assertThat(new Nickname(key).uniqueKey()).as(value).isEqualTo(key);
        }
    }

    @ParameterizedTest(name = "\"{0}\" has the reserved form")
    @ValueSource(strings = {"user123", "USER123", "ｕｓｅｒ１２３", "User\uD835\uDFCF"})
    void the_reserved_form_is_recognised_in_any_case_and_width(String value) {
        assertThat(new Nickname(value).hasInitialForm()).isTrue();
    }

    @ParameterizedTest(name = "Kakao user {0} starts as {1}")
    @CsvSource({"12345, user12345", "1, user1", "3141592653, user3141592653"})
    void a_new_member_is_named_user_and_the_kakao_id(long kakaoId, String nickname) {
        assertThat(Nickname.initialFor(new KakaoId(kakaoId))).isEqualTo(new Nickname(nickname));
    }
}
