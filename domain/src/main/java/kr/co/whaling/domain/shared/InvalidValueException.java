package kr.co.whaling.domain.shared;

/** A value object refused its argument; {@link #field()} names what was wrong. */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String code, String message, Object... arguments) {
        super(code, message, arguments);
        this.field = field;
    }

    /** The field of the request the value came from, in the API's terms (e.g. {@code range}). */
    public String field() {
        return field;
    }
}
