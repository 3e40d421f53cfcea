package io.kaonet.api.paging;

import io.kaonet.api.errors.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors: a kind tag and a key, base64url-encoded, so that clients do not build them and a
 * cursor of one list is refused by another.
 */
public final class Cursors {

    /** The largest page a client may ask for. */
    public static final int MAX_PAGE_SIZE = 500;

    private Cursors() {
    }

    /** Encodes a key of a list kind. */
    public static String encode(String kind, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor of a list kind, or returns null for a null cursor.
     *
     * @throws InvalidArgumentException (argument {@code after}) when the cursor is malformed or belongs to another list
     */
    public static String decode(String kind, String cursor) {
        if (cursor == null) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("after", cursor, "cursor '" + cursor + "' is not a cursor of this list");
        }
        if (!text.startsWith(kind + ":")) {
            throw new InvalidArgumentException("after", cursor, "cursor '" + cursor + "' is not a cursor of this list");
        }
        return text.substring(kind.length() + 1);
    }

    /**
     * Checks a requested page size. Its default is the schema's ({@code first: Int = 20}); an explicit
     * null was refused where the arguments were bound.
     *
     * @throws InvalidArgumentException (argument {@code first}) when it is below 1 or above {@link #MAX_PAGE_SIZE}
     */
    public static int pageSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("first", size,
                    "first must be within [1, " + MAX_PAGE_SIZE + "], was " + size);
        }
        return size;
    }
}
