package kr.co.whaling.domain.coin;

import kr.co.whaling.domain.shared.DomainException;

/** No fresh price can be had for a coin right now (source down, or the quote is too old). */
public class PriceUnavailableException extends DomainException {

    private final transient CoinCode code;

    public PriceUnavailableException(CoinCode code, String why) {
        super("price.unavailable", "no fresh price for " + code + ": " + why, code);
        this.code = code;
    }

    public CoinCode coinCode() {
        return code;
    }
}
