package io.kaonet.api.errors;

/**
 * An argument a client sent is malformed or out of range. It becomes a {@link ErrorCode#BAD_ARGUMENT}
 * error whose extensions name the argument ({@code field}) and the offending value ({@code value}).
 */
public class InvalidArgumentException extends IllegalArgumentException {

    private final String field;
    private final transient Object value;

    /**
     * @param field   the argument or input field, e.g. {@code first}
     * @param value   what the client sent; may be null
     * @param message what is wrong, naming the value and the rule
     */
    public InvalidArgumentException(String field, Object value, String message) {
        super(message);
        this.field = field;
        this.value = value;
    }

    /** The argument or input field. */
    public String field() {
        return field;
    }

    /** What the client sent; may be null. */
    public Object value() {
        return value;
    }
}
