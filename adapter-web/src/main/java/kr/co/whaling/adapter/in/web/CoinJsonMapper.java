package kr.co.whaling.adapter.in.web;

import java.util.List;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.PriceQuote;
import org.springframework.stereotype.Component;

/** Maps coins with their latest quote to their JSON. */
@Component
class CoinJsonMapper {

    CoinResponse toResponse(Coin coin) {
        return new CoinResponse(
                coin.code().value(),
                coin.koreanName(),
                coin.imageUrl(),
                coin.latestQuote().map(quote -> ApiValues.decimal(quote.price().value())).orElse(null),
                coin.latestQuote().map(PriceQuote::at).map(ApiValues::seoul).orElse(null));
    }

    List<CoinResponse> toResponses(List<Coin> coins) {
        return coins.stream().map(this::toResponse).toList();
    }
}
