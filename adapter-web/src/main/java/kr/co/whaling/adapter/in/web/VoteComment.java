package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import kr.co.whaling.domain.terms.Direction;

/** The API's {@code comment} values of a question: whether it asks about a rise or a fall. */
public enum VoteComment {
    @JsonProperty("up") UP,
    @JsonProperty("down") DOWN;

    /** The domain's direction of the same name. */
    public Direction direction() {
        return Direction.valueOf(name());
    }
}
