package kr.co.whaling.domain.member;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * A member's public name: 1 to 20 characters after trimming, letters of any script, digits and {@code _};
 * no invisible or blank-looking character. Two nicknames are the same when their {@link #uniqueKey()},
 * the NFKC case-folded form, is: {@code ＷＨＡＬＥ}, {@code Whale} and {@code whale} are one nickname.
 */
public record Nickname(String value) {

    /** The longest nickname, in code points. */
    public static final int MAX_LENGTH = 20;
    /**
     * The longest {@link #uniqueKey()}: folding expands a letter to at most 4 (U+FDF2 to {@code الله};
     * proven over every code point by NicknameTest), so no valid nickname reaches it.
     */
    public static final int MAX_KEY_LENGTH = 4 * MAX_LENGTH;

    private static final Pattern INITIAL_FORM = Pattern.compile("user\\d+");

    /** Letters of any script (with the combining marks some scripts write letters with), digits, _. */
    private static final Pattern ALLOWED = Pattern.compile("(?:\\p{L}\\p{M}{0,3}|\\p{Nd}|_)+");

    /**
     * Letters and marks that show nothing: Hangul fillers, the Braille blank, the combining grapheme
     * joiner, Khmer's invisible vowels, Mongolian free variation selectors (variation selectors are
     * ranges, format and control characters a category: see {@link #isInvisible}).
     */
    private static final Set<Integer> BLANK_LOOKING = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F,
            0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180F);

    public Nickname {
        if (value == null) {
            throw invalid("nickname.required", "a nickname is required", null);
        }
        value = value.strip();
        if (value.isEmpty()) {
            throw invalid("nickname.required", "a nickname is required", value);
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw invalid("nickname.too-long", "a nickname has at most " + MAX_LENGTH + " characters", value);
        }
        if (value.codePoints().anyMatch(Nickname::isInvisible)) {
            throw invalid("nickname.invisible", "a nickname has no invisible or blank-looking characters", value);
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw invalid("nickname.characters", "a nickname has only letters, digits and _", value);
        }
        String key = fold(value);
        // Folding may turn a letter into several characters, some of them not letters (U+FDFA into words).
        if (!ALLOWED.matcher(key).matches() || key.codePointCount(0, key.length()) > MAX_KEY_LENGTH) {
            throw invalid("nickname.characters", "a nickname has only letters, digits and _", value);
        }
    }

    /** The nickname every new member starts with. */
    public static Nickname initialFor(KakaoId kakaoId) {
        String candidate = "user" + kakaoId.value();
        return new Nickname(candidate.length() > MAX_LENGTH ? candidate.substring(0, MAX_LENGTH) : candidate);
    }

    /** Whether it has the reserved form of new members' nicknames: taking another's could block their signup. */
    public boolean hasInitialForm() {
        return INITIAL_FORM.matcher(uniqueKey()).matches();
    }

    /**
     * The form nicknames are compared in: NFKC (full-width letters count as plain ones), then lower,
     * upper, lower again in the root locale, which folds {@code ẞ}, {@code ß}, {@code SS} and {@code ss}
     * to one form as the full case folding the JDK lacks does; then NFKC again, which case mapping can undo.
     */
    public String uniqueKey() {
        return fold(value);
    }

    private static String fold(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String folded = compatible.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL || BLANK_LOOKING.contains(codePoint)
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }

    private static InvalidValueException invalid(String code, String message, String value) {
        return new InvalidValueException("nickname", code, message + ": " + value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
