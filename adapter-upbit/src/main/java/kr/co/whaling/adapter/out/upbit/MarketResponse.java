package kr.co.whaling.adapter.out.upbit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of {@code GET /v1/market/all?is_details=true}, in both the current and the older shape. */
record MarketResponse(
        @JsonProperty("market") String market,
        @JsonProperty("korean_name") String koreanName,
        @JsonProperty("english_name") String englishName,
        @JsonProperty("market_warning") String marketWarning,
        @JsonProperty("market_event") MarketEvent marketEvent) {

    /** The current shape of the warning: {@code "market_event": {"warning": true, "caution": {...}}}. */
    record MarketEvent(@JsonProperty("warning") Boolean warning) {
    }

    /** Warned in either shape: the current {@code market_event.warning} or the older {@code "CAUTION"}. */
    boolean warned() {
        boolean eventWarning = marketEvent != null && Boolean.TRUE.equals(marketEvent.warning());
        return eventWarning || "CAUTION".equalsIgnoreCase(marketWarning);
    }
}
