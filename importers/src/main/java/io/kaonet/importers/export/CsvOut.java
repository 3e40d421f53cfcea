package io.kaonet.importers.export;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 output: a field with a comma, a quote or a line break is quoted, and quotes doubled. */
final class CsvOut {

    private final Writer w;
    private boolean lineStarted;

    CsvOut(Writer w) {
        this.w = w;
    }

    CsvOut field(Object value) throws IOException {
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

    CsvOut row(Object... values) throws IOException {
        for (Object v : values) {
            field(v);
        }
        return end();
    }

    CsvOut end() throws IOException {
        w.write('\n');
        lineStarted = false;
        return this;
    }
}
