package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code POST /votes}: the new question's id. */
public record CreateVoteResponse(@JsonProperty("vote_id") long voteId) {
}
