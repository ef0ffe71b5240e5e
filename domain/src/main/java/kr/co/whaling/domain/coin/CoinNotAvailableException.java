package kr.co.whaling.domain.coin;

import java.util.Locale;
import kr.co.whaling.domain.shared.InvalidValueException;

/** A question was asked about a coin that is unknown, under warning, or no longer listed. */
public class CoinNotAvailableException extends InvalidValueException {

    /** Why the coin takes no question. */
    public enum Reason { UNKNOWN, WARNING, DELISTED }

    private final Reason reason;

    public CoinNotAvailableException(CoinCode code, Reason reason) {
        super("coin_code", "coin." + reason.name().toLowerCase(Locale.ROOT),
                "coin " + code + " takes no new question: " + reason, code);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
