package kr.co.whaling.domain.member;

import java.util.Locale;
import java.util.regex.Pattern;
import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * A member's public name: 1 to 20 characters after trimming, made of letters of any script
 * (Korean included), digits and {@code _}. Uniqueness is case-insensitive: compare
 * {@link #uniqueKey()}.
 */
public record Nickname(String value) {

    /** The longest nickname, in characters (code points). */
    public static final int MAX_LENGTH = 20;

    /** Letters of any script (with the combining marks some scripts write letters with), digits, {@code _}. */
    /** The form of every new member's nickname, {@code user{kakaoId}}, compared case-insensitively. */
    private static final Pattern INITIAL_FORM = Pattern.compile("user\\d+");

    private static final Pattern ALLOWED = Pattern.compile("(?:\\p{L}\\p{M}{0,3}|\\p{Nd}|_)+");

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
        if (!ALLOWED.matcher(value).matches()) {
            throw invalid("nickname.characters",
                    "a nickname has only letters, digits and _", value);
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

    /** The form two nicknames are compared in: equal keys are the same nickname. */
    public String uniqueKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    private static InvalidValueException invalid(String code, String message, String value) {
        return new InvalidValueException("nickname", code, message + ": " + value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
