package kr.co.whaling.domain.member;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * A member's public name: 1 to 20 characters after trimming, made of letters of any script
 * (Korean included), digits and {@code _}; no invisible or blank-looking character (Hangul fillers,
 * the Braille blank, zero-width, format and control characters). Two nicknames are the same when
 * their {@link #uniqueKey()}, the NFKC case-folded form, is: {@code ＷＨＡＬＥ}, {@code Whale} and
 * {@code whale} are one nickname.
 */
public record Nickname(String value) {

    /** The longest nickname, in characters (code points). */
    public static final int MAX_LENGTH = 20;
    /**
     * The longest {@link #uniqueKey()}, in characters: folding expands a letter to at most 4
     * (U+FDF2 to {@code الله}; proven over every code point by NicknameTest), so no valid nickname
     * reaches it; the bound keeps the key's column honest.
     */
    public static final int MAX_KEY_LENGTH = 4 * MAX_LENGTH;

    /** The form of every new member's nickname, {@code user{kakaoId}}, compared by key. */
    private static final Pattern INITIAL_FORM = Pattern.compile("user\\d+");

    /** Letters of any script (with the combining marks some scripts write letters with), digits, {@code _}. */
    private static final Pattern ALLOWED = Pattern.compile("(?:\\p{L}\\p{M}{0,3}|\\p{Nd}|_)+");

    /**
     * Characters that show nothing although Unicode calls them letters or marks: the Hangul fillers
     * (U+115F, U+1160, U+3164, U+FFA0), the Braille blank (U+2800), the combining grapheme joiner
     * (U+034F), Khmer's invisible vowels (U+17B4, U+17B5), Mongolian free variation selectors
     * (U+180B..U+180D, U+180F) and the variation selectors (U+FE00..U+FE0F, U+E0100..U+E01EF). Format
     * characters (zero-width space and joiners, direction marks and overrides, the BOM, tags) and
     * control characters are refused by their general category.
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
        int length = value.codePointCount(0, value.length());
        if (length > MAX_LENGTH) {
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

    /**
     * Whether this nickname has the form new members start with ({@code user} and digits). Such
     * nicknames are reserved: taking another member's could block that member's signup.
     */
    public boolean hasInitialForm() {
        return INITIAL_FORM.matcher(uniqueKey()).matches();
    }

    /**
     * The form two nicknames are compared in: equal keys are the same nickname. NFKC (so full-width
     * and other compatibility forms count as their plain letters, and composed and decomposed accents
     * are one), then case-folded with the JDK's case mappings in the root locale (the JDK has no full
     * case folding): lower, upper, lower again, which brings {@code ẞ}, {@code ß}, {@code SS} and
     * {@code ss} to one form as full case folding does; then NFKC again, since case mapping can leave
     * a string unnormalized.
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
