package kr.co.whaling.application.coin;

/**
 * The price source could not answer (unreachable, timing out, refusing, or answering nonsense).
 * Every price-source adapter reports its failures as this, never as its client's own exceptions.
 */
public class PriceSourceUnavailableException extends RuntimeException {

    public PriceSourceUnavailableException(String message) {
        super(message);
    }

    public PriceSourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
