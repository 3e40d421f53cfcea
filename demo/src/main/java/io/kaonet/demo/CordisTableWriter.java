package io.kaonet.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kaonet.importers.text.CsvWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one CORDIS file row by row: CSV with the given separator through the importers' one CSV
 * writer ({@link CsvWriter}: RFC 4180, lines end with {@code \n}), or JSON as an
 * array of objects, one per line. A value is a string, null (empty), or a list of strings: an
 * organisation listed twice, which CSV joins with {@code ;} and JSON writes as an array.
 */
final class CordisTableWriter implements Closeable {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final List<String> columns;
    private final Writer out;
    private final CsvWriter csv;
    private final JsonGenerator json;

    /** A CSV file with the separator given, or a JSON file when it is {@code 0}. */
    CordisTableWriter(Path file, List<String> columns, char separator) throws IOException {
        this.columns = List.copyOf(columns);
        this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        if (separator == 0) {
            json = JSON.createGenerator(out);
            json.writeStartArray();
            csv = null;
        } else {
            json = null;
            csv = new CsvWriter(out, separator);
            csv.row(columns);
        }
    }

    /** Writes a row: one value per column, in column order. */
    void row(Object... values) throws IOException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
        }
        if (json != null) {
            json.writeRaw('\n');
            json.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                json.writeFieldName(columns.get(i));
                if (values[i] instanceof List<?> list) {
                    json.writeStartArray();
                    for (Object item : list) {
                        json.writeString((String) item);
                    }
                    json.writeEndArray();
                } else if (values[i] == null) {
                    json.writeNull();
                } else {
                    json.writeString((String) values[i]);
                }
            }
            json.writeEndObject();
            return;
        }
        for (Object value : values) {
            csv.field(value instanceof List<?> list ? String.join(";", list.stream().map(String.class::cast).toList())
                    : (String) value);
        }
        csv.end();
    }

    @Override
    public void close() throws IOException {
        if (json != null) {
            json.writeRaw('\n');
            json.writeEndArray();
            json.writeRaw('\n');
            json.close();
        }
        out.close();
    }
}
