package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import kr.co.whaling.domain.terms.Horizon;

/** The API's {@code duration} values of a question: how long it runs. */
public enum VoteDuration {
    @JsonProperty("day") DAY,
    @JsonProperty("week") WEEK,
    @JsonProperty("month") MONTH;

    /** The domain's horizon of the same name. */
    public Horizon horizon() {
        return Horizon.valueOf(name());
    }
}
