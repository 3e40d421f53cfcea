package io.kaonet.importers.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One well-formed record of a CSV file: its fields as read (not trimmed; empty fields are
 * {@code ""}) and the line it starts on.
 *
 * <p>Records read after {@link CsvReader#header(CsvColumns)} carry the header, so that fields can
 * be looked up by column name, and always have exactly as many fields as the header.
 */
public final class CsvRecord {

    private final long line;
    private final String[] fields;
    private final CsvHeader header;

    CsvRecord(long line, String[] fields, CsvHeader header) {
        this.line = line;
        this.fields = fields;
        this.header = header;
    }

    /** The 1-based line the record starts on (a quoted field may carry it over several lines). */
    public long line() {
        return line;
    }

    /** The number of fields. */
    public int size() {
        return fields.length;
    }

    /**
     * The field at a 0-based position.
     *
     * @throws IndexOutOfBoundsException if there is no such field
     */
    public String get(int index) {
        return fields[index];
    }

    /**
     * The field of the named column, or null when the header has no such column.
     *
     * @throws IllegalStateException if the record was read without a header
     */
    public String get(String column) {
        if (header == null) {
            throw new IllegalStateException("record on line " + line + " was read without a header");
        }
        int i = header.index(column);
        return i < 0 ? null : fields[i];
    }

    /** The header this record was read under, or null when read without one. */
    public CsvHeader header() {
        return header;
    }

    /** The fields in order, unmodifiable. */
    public List<String> fields() {
        return Collections.unmodifiableList(Arrays.asList(fields));
    }

    @Override
    public String toString() {
        return "line " + line + ": " + Arrays.toString(fields);
    }
}
