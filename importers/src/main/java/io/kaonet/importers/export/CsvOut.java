package io.kaonet.importers.export;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 output: a field with a comma, a quote or a line break is quoted, and quotes doubled. The one
 * CSV writer of Kaonet (the exports here, the api module's table downloads).
 */
public final class CsvOut {

    private final Writer w;
    private boolean lineStarted;

    /** Writes to {@code w}, which the caller flushes and closes. */
    public CsvOut(Writer w) {
        this.w = w;
    }

    /** Adds a field to the current line: {@code value.toString()}, or nothing for null. */
    public CsvOut field(Object value) throws IOException {
        if (lineStarted) {
            w.write(',');
        }
        lineStarted = true;
        if (value != null) {
            String s = value.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                    || !s.equals(s.strip())) {
                w.write('"');
                w.write(s.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(s);
            }
        }
        return this;
    }

    /** Writes the fields and ends the line. */
    public CsvOut row(Object... values) throws IOException {
        for (Object v : values) {
            field(v);
        }
        return end();
    }

    /** Ends the current line. */
    public CsvOut end() throws IOException {
        w.write('\n');
        lineStarted = false;
        return this;
    }
}
