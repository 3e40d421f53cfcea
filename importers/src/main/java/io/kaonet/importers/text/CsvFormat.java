package io.kaonet.importers.text;

/**
 * How a CSV file is written: its field separator, and how long one record may grow before the
 * reader gives up on it.
 *
 * <p>The quote character is always {@code "} (RFC 4180); only the separator varies between the
 * formats Kaonet reads ({@code ,} for Kaonet CSV and neo4j-admin CSV, {@code ;} for CORDIS).
 *
 * @param separator      the field separator; not a quote, a line break or a control character
 * @param maxRecordChars the most characters one record may hold (fields and separators), which
 *                       bounds the reader's memory when a quote is left open in a huge file
 */
public record CsvFormat(char separator, int maxRecordChars) {

    /** Default field separator, as in RFC 4180. */
    public static final char DEFAULT_SEPARATOR = ',';

    /** Default record size limit: one million characters, far above any real record. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;

    /** RFC 4180: comma-separated, the default record size limit. */
    public static final CsvFormat RFC_4180 = new CsvFormat(DEFAULT_SEPARATOR, DEFAULT_MAX_RECORD_CHARS);

    /** Semicolon-separated, as CORDIS and many European spreadsheets write it. */
    public static final CsvFormat SEMICOLON = new CsvFormat(';', DEFAULT_MAX_RECORD_CHARS);

    /**
     * @throws IllegalArgumentException if the separator is a quote, a line break or another control
     *                                  character (a tab is allowed), or the record limit is not positive
     */
    public CsvFormat {
        if (separator == '"' || separator == '\n' || separator == '\r'
                || (Character.isISOControl(separator) && separator != '\t')) {
            throw new IllegalArgumentException("separator must not be a quote, a line break or a control character, was U+"
                    + String.format("%04X", (int) separator));
        }
        if (maxRecordChars < 1) {
            throw new IllegalArgumentException("maxRecordChars must be positive, was " + maxRecordChars);
        }
    }

    /** This format with another separator. */
    public CsvFormat withSeparator(char newSeparator) {
        return new CsvFormat(newSeparator, maxRecordChars);
    }

    /** This format with another record size limit. */
    public CsvFormat withMaxRecordChars(int newMaxRecordChars) {
        return new CsvFormat(separator, newMaxRecordChars);
    }
}
