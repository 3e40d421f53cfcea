package io.kaonet.importers;

/**
 * One thing wrong with an input file, precise enough to fix it: the file, the line, the field and
 * the offending value.
 *
 * @param file    the file's name as the user gave it (not an absolute path of the server)
 * @param line    1-based line the record starts on (the header is line 1), or 0 for the whole file
 * @param field   the column or attribute, or null for the whole line or file
 * @param value   the offending value as read (shortened to 200 characters), or null
 * @param message what is wrong, e.g. "is not a date (expected yyyy-MM-dd)"
 */
public record ImportProblem(String file, long line, String field, String value, String message) {

    private static final int MAX_VALUE_LENGTH = 200;

    public ImportProblem {
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH) + "…";
        }
    }

    /** A problem with a file as a whole (empty, binary, not UTF-8). */
    public static ImportProblem ofFile(String file, String message) {
        return new ImportProblem(file, 0, null, null, message);
    }

    /** Renders as {@code ties.csv line 14, field 'since': '2003-13-01' is not a date}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(" line ").append(line);
        }
        if (field != null) {
            s.append(", field '").append(field).append('\'');
        }
        s.append(": ");
        if (value != null) {
            s.append('\'').append(value).append("' ");
        }
        return s.append(message).toString();
    }
}
