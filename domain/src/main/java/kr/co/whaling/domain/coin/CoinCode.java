package kr.co.whaling.domain.coin;

import java.util.Locale;
import java.util.regex.Pattern;
import kr.co.whaling.domain.shared.InvalidValueException;

/** A coin's ticker on the KRW market, upper case without the {@code KRW-} prefix (e.g. {@code BTC}). */
public record CoinCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{1,15}");

    public CoinCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("coin_code", "coin.code.invalid",
                    "coin code must be 1 to 15 upper-case letters or digits: " + value, value);
        }
    }

    /** Reads a code as a member typed it: trimmed, case-insensitive. */
    public static CoinCode parse(String text) {
        return new CoinCode(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
