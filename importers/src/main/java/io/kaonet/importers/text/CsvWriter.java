package io.kaonet.importers.text;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV as {@link CsvReader} reads it (RFC 4180): fields separated by the separator, lines ended
 * by {@code \n}; a field holding the separator, a quote, a line break or white space at either end
 * is enclosed in quotes and its quotes are doubled; a null value is an empty field. Every CSV file
 * Kaonet writes (the exports, the Kaonet CSV files of a batch, the demo's CORDIS files) goes through
 * it, so that whatever a value holds, reading the file gives it back.
 *
 * <p>Values are written verbatim: a value starting with {@code =}, {@code +}, {@code -} or
 * {@code @} is not altered (the files are data for importers and analysis tools, and altering a
 * value would break the round trip; spreadsheets open them as text only through their import
 * dialogue).
 *
 * <p>Why our own: twenty lines that mirror our reader's rules exactly (the separator, what is quoted,
 * the line end), where a CSV library would bring a dependency and its own quoting defaults to keep
 * in step with the reader. Not thread-safe; the writer is neither flushed nor closed by this class
 * until {@link #flush()}.
 */
public final class CsvWriter implements Flushable {

    private final Writer out;
    private final char separator;
    private boolean lineStarted;

    /**
     * A writer of comma-separated values.
     *
     * @throws NullPointerException if {@code out} is null
     */
    public CsvWriter(Writer out) {
        this(out, ',');
    }

    /**
     * A writer of values separated by {@code separator} (CORDIS writes {@code ;}).
     *
     * @throws NullPointerException     if {@code out} is null
     * @throws IllegalArgumentException if the separator is a quote or a line break
     */
    public CsvWriter(Writer out, char separator) {
        this.out = Objects.requireNonNull(out, "out");
        if (separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("separator must not be a quote or a line break, was " + (int) separator);
        }
        this.separator = separator;
    }

    /**
     * Writes one field of the current line: its {@code toString()}, or nothing for null.
     *
     * @throws UncheckedIOException if the writer fails
     */
    public CsvWriter field(Object value) {
        try {
            if (lineStarted) {
                out.write(separator);
            }
            lineStarted = true;
            if (value != null) {
                String s = value.toString();
                if (needsQuotes(s)) {
                    out.write('"');
                    out.write(s.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes the values as one line. @throws UncheckedIOException if the writer fails */
    public CsvWriter row(Object... values) {
        for (Object v : values) {
            field(v);
        }
        return end();
    }

    /** Writes the values as one line. @throws UncheckedIOException if the writer fails */
    public CsvWriter row(List<?> values) {
        values.forEach(this::field);
        return end();
    }

    /** Ends the current line. @throws UncheckedIOException if the writer fails */
    public CsvWriter end() {
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lineStarted = false;
        return this;
    }

    /** Flushes the underlying writer. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private boolean needsQuotes(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == separator || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
    }
}
