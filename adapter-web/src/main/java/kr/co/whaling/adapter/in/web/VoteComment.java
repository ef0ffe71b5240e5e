package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import kr.co.whaling.domain.terms.Direction;

/** The API's {@code comment} values of a question: whether it asks about a rise or a fall. */
public enum VoteComment {
    @JsonProperty("up") UP(Direction.UP),
    @JsonProperty("down") DOWN(Direction.DOWN);

    private final Direction direction;

    VoteComment(Direction direction) {
        this.direction = direction;
    }

    public Direction direction() {
        return direction;
    }
}
