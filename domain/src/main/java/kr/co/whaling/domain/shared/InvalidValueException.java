package kr.co.whaling.domain.shared;

/** A value object refused its argument; {@link #field()} names what was wrong. */
public class InvalidValueException extends DomainException {

    private final String field;
    private final transient Object[] arguments;

    public InvalidValueException(String field, String code, String message, Object... arguments) {
        super(code, message);
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** The field of the request the value came from, in the API's terms (e.g. {@code range}). */
    public String field() {
        return field;
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
