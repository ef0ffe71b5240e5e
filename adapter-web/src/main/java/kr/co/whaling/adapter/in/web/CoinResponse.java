package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A listed coin with its latest price ({@code price} and {@code price_at} null before the first quote). */
public record CoinResponse(
        @JsonProperty("code") String code,
        @JsonProperty("krname") String koreanName,
        @JsonProperty("image") String image,
        @JsonProperty("price") BigDecimal price,
        @JsonProperty("price_at") OffsetDateTime priceAt) {
}
