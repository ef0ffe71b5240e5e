package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import kr.co.whaling.domain.terms.Horizon;

/** The API's {@code duration} values of a question: how long it runs. */
public enum VoteDuration {
    @JsonProperty("day") DAY(Horizon.DAY),
    @JsonProperty("week") WEEK(Horizon.WEEK),
    @JsonProperty("month") MONTH(Horizon.MONTH);

    private final Horizon horizon;

    VoteDuration(Horizon horizon) {
        this.horizon = horizon;
    }

    public Horizon horizon() {
        return horizon;
    }
}
