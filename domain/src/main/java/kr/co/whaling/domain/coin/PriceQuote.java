package kr.co.whaling.domain.coin;

import java.time.Instant;
import java.util.Objects;

/** The last trade price of a coin and the instant the exchange reported it. */
public record PriceQuote(CoinCode code, Price price, Instant at) {

    public PriceQuote {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(at, "at");
    }
}
