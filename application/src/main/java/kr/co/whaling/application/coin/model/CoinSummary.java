package kr.co.whaling.application.coin.model;

import kr.co.whaling.domain.coin.CoinCode;

/** What a listing shows of a question's coin. */
public record CoinSummary(CoinCode code, String koreanName, String imageUrl) {
}
