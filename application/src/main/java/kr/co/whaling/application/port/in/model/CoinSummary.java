package kr.co.whaling.application.port.in.model;

import kr.co.whaling.domain.coin.CoinCode;

/** What a listing shows of a question's coin. */
public record CoinSummary(CoinCode code, String koreanName, String imageUrl) {
}
