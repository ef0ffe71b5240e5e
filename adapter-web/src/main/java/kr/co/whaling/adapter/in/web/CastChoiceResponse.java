package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code POST /votes/{id}/choice}: the question and the recorded choice (1 yes, 2 no). */
public record CastChoiceResponse(@JsonProperty("vote_id") long voteId, @JsonProperty("choice") int choice) {
}
