package kr.co.whaling.domain.coin;

import java.util.Objects;
import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * A KRW market as the price source lists it, with its warning (delisting risk) flag. Names are at most
 * {@value #MAX_NAME_LENGTH} characters (Upbit's are a few dozen): a longer one is refused, never cut.
 */
public record Market(CoinCode code, String koreanName, String englishName, String imageUrl, boolean warning) {

    /** Characters of a name at most (UTF-16 units, so that every store counts them alike). */
    public static final int MAX_NAME_LENGTH = 100;

    public Market {
        Objects.requireNonNull(code, "code");
        checkName("korean_name", koreanName);
        checkName("english_name", englishName);
    }

    private static void checkName(String field, String name) {
        Objects.requireNonNull(name, field);
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException(field, "market.name.invalid", "a market's " + field + " must be at most "
                    + MAX_NAME_LENGTH + " characters, not " + name.length(), name.length());
        }
    }
}
