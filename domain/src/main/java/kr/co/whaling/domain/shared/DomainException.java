package kr.co.whaling.domain.shared;

/** Base of every broken game rule: carries the refusal's data and a stable {@link #code()} to translate. */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    protected DomainException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** A stable key naming the broken rule, e.g. {@code vote.closed}. */
    public String code() {
        return code;
    }

    /** Values to fill into the translated message, in order. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
