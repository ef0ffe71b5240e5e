package kr.co.whaling.application.vote.model;

import java.math.BigDecimal;
import java.util.Optional;
import kr.co.whaling.application.coin.model.CoinSummary;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.shared.DomainException;

/**
 * A question previewed before it is asked: what is known of it (coin, price, target, base rate) and
 * the first rule {@code POST /votes} would break, if any.
 */
public record VotePreview(Optional<CoinSummary> coin, Optional<Price> createdPrice, Optional<BigDecimal> targetPrice,
                          Optional<BaseRate> baseRate, Optional<DomainException> refusal) {

    /** A preview of a question refused before anything about it could be known. */
    public static VotePreview refused(Optional<CoinSummary> coin, DomainException refusal) {
        return new VotePreview(coin, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(refusal));
    }

    /** Whether creating the question would be accepted (a price permitting). */
    public boolean allowed() {
        return refusal.isEmpty();
    }
}
