package kr.co.whaling.application.coin;

/** The price source could not answer; every price-source adapter reports its failures as this. */
public class PriceSourceUnavailableException extends RuntimeException {

    public PriceSourceUnavailableException(String message) {
        super(message);
    }

    public PriceSourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
