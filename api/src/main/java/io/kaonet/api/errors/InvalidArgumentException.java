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

    /**
     * Refuses an explicit {@code null} for an argument the schema gives a default. The default lives in
     * the schema only: a client that omits the argument gets it, a client that sends {@code null} is
     * told to omit it rather than receiving a second default written in Java.
     *
     * @param name  the argument, e.g. {@code orderBy}
     * @param value what was bound
     * @return the value, never null
     * @throws InvalidArgumentException when the value is null
     */
    public static <T> T requireGiven(String name, T value) {
        if (value == null) {
            throw new InvalidArgumentException(name, null, name + " must not be null (omit it for the default)");
        }
        return value;
    }
}
