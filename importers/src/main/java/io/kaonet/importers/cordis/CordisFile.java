package io.kaonet.importers.cordis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.Problems;
import io.kaonet.importers.text.CsvColumns;
import io.kaonet.importers.text.CsvFormat;
import io.kaonet.importers.text.CsvReader;
import io.kaonet.importers.text.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Reads the records of one CORDIS file, CSV (separator {@code ,} or {@code ;}, found from the
 * header line) or JSON (an array of objects), and hands each well-formed one to a consumer. Syntax
 * problems go to the collector; {@link #refused()} says whether the file was refused as a whole.
 */
final class CordisFile {

    /** How many bytes of the header line are looked at to choose the separator. */
    static final int SNIFF_BYTES = 1 << 16;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String name;
    private final boolean json;
    private final List<String> required;
    private final Problems problems;
    private boolean refused;

    CordisFile(String name, List<String> required, Problems problems) {
        this.name = name;
        this.json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        this.required = List.copyOf(required);
        this.problems = problems;
    }

    /** Whether the file could not be read as a whole (its problem is reported). */
    boolean refused() {
        return refused;
    }

    /** Reads every record; closes the stream. */
    void read(InputStream in, Consumer<SourceRow> rows) {
        try (InputStream source = in) {
            if (json) {
                readJson(source, rows);
            } else {
                readCsv(source, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readCsv(InputStream in, Consumer<SourceRow> rows) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
        char separator = sniffSeparator(buffered);
        try (CsvReader reader = new CsvReader(name, buffered, CsvFormat.RFC_4180.withSeparator(separator), problems)) {
            if (reader.header(new CsvColumns(required, List.of(), true)).isEmpty()) {
                refused = true;
                return;
            }
            for (CsvRecord record : reader) {
                rows.accept(new CsvRow(name, record));
            }
            refused = reader.refused();
        }
    }

    /**
     * The separator of the header line: {@code ;} when it holds more semicolons than commas outside
     * quotes, otherwise {@code ,}. The stream is reset to its start.
     */
    static char sniffSeparator(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < SNIFF_BYTES; i++) {
            int b = in.read();
            if (b < 0 || (b == '\n' || b == '\r') && !quoted) {
                break;
            }
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == ';') {
                semicolons++;
            }
        }
        in.reset();
        return semicolons > commas ? ';' : ',';
    }

    private void readJson(InputStream in, Consumer<SourceRow> rows) throws IOException {
        InputStreamReader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        JsonParser parser = JSON.createParser(text);
        long line = 1;
        String field = null;
        try (parser) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                refuse(0, null, null, "is empty: expected a JSON array of objects");
                return;
            }
            if (token != JsonToken.START_ARRAY) {
                refuse(parser.currentTokenLocation().getLineNr(), null, parser.getText(),
                        "is not a JSON array of objects (CORDIS JSON is [ {…}, {…} ])");
                return;
            }
            Map<String, String> missing = new HashMap<>();
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && !problems.full()) {
                line = parser.currentTokenLocation().getLineNr();
                field = null;
                if (token != JsonToken.START_OBJECT) {
                    refuse(line, null, parser.getText(), "is not a JSON object (each record must be {…})");
                    return;
                }
                Map<String, String> values = new HashMap<>();
                while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                    values.put(field, value(parser, parser.nextToken(), field, line));
                }
                field = null;
                boolean complete = true;
                for (String column : required) {
                    if (!values.containsKey(column) && missing.putIfAbsent(column, column) == null) {
                        problems.add(name, line, column, null, "required field is missing");
                    }
                    complete &= values.containsKey(column);
                }
                if (complete) {
                    rows.accept(new JsonRow(name, line, values));
                }
            }
            if (token == JsonToken.END_ARRAY && parser.nextToken() != null) {
                refuse(parser.currentTokenLocation().getLineNr(), null, parser.getText(),
                        "follows the end of the JSON array");
            }
        } catch (CharacterCodingException e) {
            refuse(parser.currentLocation().getLineNr(), field, null, "is not valid UTF-8 (save the file as UTF-8)");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            refuse(at == null ? line : at.getLineNr(), field, null, "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A scalar as text, an array as its items joined by {@code ;} (as CORDIS CSV joins repeated values). */
    private String value(JsonParser parser, JsonToken token, String field, long line) throws IOException {
        if (token == JsonToken.START_ARRAY) {
            StringJoiner items = new StringJoiner(";");
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                    problems.add(name, line, field, null, "holds a nested structure; expected a value or a list of values");
                    parser.skipChildren();
                } else if (token != JsonToken.VALUE_NULL) {
                    items.add(parser.getText());
                }
            }
            return items.toString();
        }
        if (token == JsonToken.START_OBJECT) {
            problems.add(name, line, field, null, "holds an object; expected a value or a list of values");
            parser.skipChildren();
            return "";
        }
        return token == JsonToken.VALUE_NULL ? "" : parser.getText();
    }

    private void refuse(long line, String field, String value, String message) {
        refused = true;
        problems.add(new ImportProblem(name, line, field, value, message));
    }

    private record CsvRow(String file, CsvRecord record) implements SourceRow {
        @Override
        public long line() {
            return record.line();
        }

        @Override
        public String get(String column) {
            return record.get(column);
        }
    }

    private record JsonRow(String file, long line, Map<String, String> values) implements SourceRow {
        @Override
        public String get(String column) {
            return values.get(column);
        }
    }
}
