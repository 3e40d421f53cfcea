package io.kaonet.api.errors;

/**
 * An id a client sent as an argument names nothing stored. It becomes a {@link ErrorCode#NOT_FOUND}
 * error whose extensions name the argument ({@code field}) and the id ({@code value}).
 */
public class NotFoundException extends RuntimeException {

    private final String field;
    private final String value;

    /**
     * @param field the argument or input field, e.g. {@code actorId}
     * @param value the id the client sent
     * @param what  what the id should name, e.g. {@code actor}
     */
    public NotFoundException(String field, String value, String what) {
        super("no " + what + " has the id '" + value + "' (" + field + ")");
        this.field = field;
        this.value = value;
    }

    /** The argument or input field. */
    public String field() {
        return field;
    }

    /** The id the client sent. */
    public String value() {
        return value;
    }
}
