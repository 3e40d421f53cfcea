package io.kaonet.importers.field;

import io.kaonet.importers.text.CsvRecord;
import java.util.Objects;

/**
 * One record of an input file as a {@link FieldReader} reads it: its fields by name as text, and
 * where it is. A CSV row, a CORDIS JSON object, a GraphML node's data and a neo4j-admin row are
 * all read through this.
 */
public interface FieldSource {

    /** The file (or workbook sheet) the record is in, for problem reports. */
    String file();

    /** The 1-based line (or row) the record starts on. */
    long line();

    /** The field's text as given (not trimmed), or null when the record has no such field. */
    String get(String field);

    /** A record of a CSV file read with a header, as a field source. */
    static FieldSource of(String file, CsvRecord record) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(record, "record");
        return new FieldSource() {
            @Override
            public String file() {
                return file;
            }

            @Override
            public long line() {
                return record.line();
            }

            @Override
            public String get(String field) {
                return record.get(field);
            }
        };
    }
}
