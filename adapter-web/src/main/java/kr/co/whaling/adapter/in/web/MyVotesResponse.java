package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Answer of the caller's own listings: counts per state and one page of questions. */
public record MyVotesResponse(
        @JsonProperty("ongoing_count") long ongoingCount,
        @JsonProperty("finished_count") long finishedCount,
        @JsonProperty("votes") List<VoteResponse> votes) {
}
