package kr.co.whaling.adapter.out.upbit;

/** One entry of {@code GET /v1/market/all?is_details=true}, in both the current and the older shape. */
record MarketResponse(String market, String koreanName, String englishName, String marketWarning,
                      MarketEvent marketEvent) {

    /** The current shape: {@code "market_event": {"warning": true, "caution": {...}}}. */
    record MarketEvent(Boolean warning) {
    }

    /** Warned in either shape: the current {@code market_event.warning} or the older {@code "CAUTION"}. */
    boolean warned() {
        boolean eventWarning = marketEvent != null && Boolean.TRUE.equals(marketEvent.warning());
        return eventWarning || "CAUTION".equalsIgnoreCase(marketWarning);
    }
}
