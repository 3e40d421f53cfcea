package io.kaonet.importers.text;

import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.Problems;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A streaming reader of RFC 4180 CSV that reports every problem with file, line and field into a
 * {@link Problems} collector instead of failing on the first one.
 *
 * <p>What it reads: fields separated by the {@linkplain CsvFormat#separator() separator}; a field
 * enclosed in {@code "} may hold separators, line breaks and doubled quotes ({@code ""} for one
 * {@code "}). Lines end in LF, CRLF or a lone CR; a line break inside a quoted field is read as LF.
 * The input must be UTF-8 (a byte-order mark at the start is skipped). Blank lines, and records
 * whose fields are all empty (as spreadsheets write them), are skipped.
 *
 * <p>What it reports, each as an {@link ImportProblem} naming the file, the line and, where there
 * is one, the field:
 * <ul>
 *   <li>refusing the whole file (no record is returned after it): bytes that are not UTF-8, a
 *       control character other than tab, CR and LF (binary content), a quote left open at the end
 *       of the file, a record longer than {@link CsvFormat#maxRecordChars()}, an empty file
 *       (found by {@link #header(CsvColumns)}), a header without a required column;</li>
 *   <li>skipping one record: a quote inside an unquoted field, text after a closing quote, and,
 *       once a header is read, a number of fields different from the header's;</li>
 *   <li>about the header, the records still read: an unknown column (unless allowed) and a
 *       repeated one.</li>
 * </ul>
 * Records carry the line they start on (the header is line 1). Encoding and binary problems name
 * the line the offending byte is on.
 *
 * <p>Usage: open, optionally call {@link #header(CsvColumns)} once, then iterate with
 * {@link #read()}, {@link #iterator()} or {@link #stream()}; close. Reading stops early, returning
 * no more records, once the file is refused or the collector is {@linkplain Problems#full() full}.
 *
 * <p>Complexity: O(n) time in the input's size; memory O(buffer + longest record), independent of
 * the number of records. Not thread-safe.
 *
 * <p>Reference: Y. Shafranovich, <i>Common Format and MIME Type for Comma-Separated Values (CSV)
 * Files</i>, RFC 4180, 2005.
 */
public final class CsvReader implements Closeable, Iterable<CsvRecord> {

    private static final int END = Utf8Chars.END;
    /** The file was refused; the problem is already reported. */
    private static final int FAIL = -3;
    private static final int NONE = -4;
    private static final char QUOTE = '"';
    private static final char BOM = '\uFEFF';

    private final String file;
    private final Utf8Chars source;
    private final CsvFormat format;
    private final Problems problems;

    private final StringBuilder field = new StringBuilder();
    private final List<String> fields = new ArrayList<>();
    private long line = 1;
    private long recordLine;
    private int recordChars;
    private boolean recordBad;
    private int pushback = NONE;
    private boolean started;
    private boolean ended;
    private boolean refused;
    private boolean headerUnusable;
    private boolean headerRead;
    private boolean recordsRead;
    private boolean iterated;
    private CsvHeader header;

    /**
     * Reads CSV from a stream; {@link #close()} closes it.
     *
     * @param file     the file's name as the user knows it, used in problem reports
     * @param in       the bytes
     * @param format   separator and limits
     * @param problems where problems are reported
     * @throws NullPointerException if an argument is null
     */
    public CsvReader(String file, InputStream in, CsvFormat format, Problems problems) {
        this(file, in, format, problems, Utf8Chars.DEFAULT_BUFFER_SIZE);
    }

    CsvReader(String file, InputStream in, CsvFormat format, Problems problems, int bufferSize) {
        if (file == null || in == null || format == null || problems == null) {
            throw new NullPointerException("file, in, format and problems must not be null");
        }
        this.file = file;
        this.source = new Utf8Chars(in, bufferSize);
        this.format = format;
        this.problems = problems;
    }

    /**
     * Opens a file; problems name it by its file name, not its full path.
     *
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static CsvReader open(Path path, CsvFormat format, Problems problems) {
        try {
            return new CsvReader(String.valueOf(path.getFileName()), Files.newInputStream(path), format, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name used in problem reports. */
    public String file() {
        return file;
    }

    /** Whether the file was refused as a whole (see the class comment); its problem is reported. */
    public boolean refused() {
        return refused;
    }

    /** The header, once {@link #header(CsvColumns)} has read one. */
    public Optional<CsvHeader> currentHeader() {
        return Optional.ofNullable(header);
    }

    /**
     * Reads the first non-blank record as the header and checks it against the expected columns:
     * a missing required column, an unknown column (unless allowed) and a repeated column are
     * reported at the header's line with the column as field. Column names are trimmed.
     *
     * @return the header, or empty when the file has none usable (empty, refused, or a required
     *         column is missing); then {@link #read()} returns no record
     * @throws IllegalStateException if called twice or after records were read
     * @throws UncheckedIOException  on an I/O error of the stream
     */
    public Optional<CsvHeader> header(CsvColumns columns) {
        if (headerRead || recordsRead) {
            throw new IllegalStateException("the header must be read once, before any record");
        }
        headerRead = true;
        String[] names = nextNonBlank(false);
        if (recordBad) {
            headerUnusable = true;
            return Optional.empty();
        }
        if (names == null) {
            if (!refused && !problems.full()) {
                problems.add(ImportProblem.ofFile(file, "is empty: it has no header line"));
                refused = true;
            }
            headerUnusable = true;
            return Optional.empty();
        }
        long at = recordLine;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            names[i] = name;
            Integer first = seen.putIfAbsent(name, i);
            if (name.isEmpty()) {
                problems.add(file, at, "column " + (i + 1), null, "has no name");
            } else if (first != null) {
                problems.add(file, at, name, null,
                        "column appears twice (columns " + (first + 1) + " and " + (i + 1) + ")");
            } else if (!columns.unknownAllowed() && !columns.expects(name)) {
                problems.add(file, at, name, null, unknownColumnMessage(name, columns));
            }
        }
        for (String required : columns.required()) {
            if (!seen.containsKey(required)) {
                problems.add(file, at, required, null, "required column is missing");
                headerUnusable = true;
            }
        }
        header = new CsvHeader(at, List.of(names));
        return headerUnusable ? Optional.empty() : Optional.of(header);
    }

    /**
     * The next well-formed, non-blank record, or null at the end of the file, when the file was
     * refused, when the header is unusable, or when the problem collector is full.
     *
     * @throws UncheckedIOException on an I/O error of the stream
     */
    public CsvRecord read() {
        recordsRead = true;
        if (headerUnusable) {
            return null;
        }
        while (!problems.full()) {
            String[] values = nextNonBlank(true);
            if (values == null) {
                return null;
            }
            if (header != null && values.length != header.size()) {
                reportFieldCount(values);
                continue;
            }
            return new CsvRecord(recordLine, values, header);
        }
        return null;
    }

    /**
     * The records from here on, read as the iteration proceeds.
     *
     * @throws IllegalStateException if called a second time
     */
    @Override
    public Iterator<CsvRecord> iterator() {
        if (iterated) {
            throw new IllegalStateException("a CSV reader can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            private CsvRecord next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = read();
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public CsvRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CsvRecord r = next;
                next = null;
                return r;
            }
        };
    }

    /** The records from here on as a sequential stream, read lazily. */
    public Stream<CsvRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Closes the underlying stream. */
    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next record with a non-empty field; a broken one is skipped, or ends the search when not {@code skipBroken}. */
    private String[] nextNonBlank(boolean skipBroken) {
        try {
            while (!problems.full()) {
                String[] values = parseRecord();
                if (values == null || recordBad && !skipBroken) {
                    return null;
                }
                if (!recordBad && !allEmpty(values)) {
                    return values;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one record into fields; null at the end or when the file is refused. */
    private String[] parseRecord() throws IOException {
        if (refused || ended) {
            return null;
        }
        fields.clear();
        recordChars = 0;
        recordBad = false;
        recordLine = line;
        int c = next();
        if (c == END) {
            ended = true;
            return null;
        }
        while (c != FAIL) {
            field.setLength(0);
            String broken = null;
            if (c == QUOTE) {
                long quoteLine = line;
                while (true) {
                    c = next();
                    if (c == FAIL) {
                        return null;
                    }
                    if (c == END) {
                        refuse(recordLine, fieldName(fields.size()), field.toString(),
                                "quote opened on line " + quoteLine + " is never closed");
                        return null;
                    }
                    if (c == QUOTE) {
                        c = next();
                        if (c != QUOTE) {
                            break;
                        }
                    }
                    if (!append(c)) {
                        return null;
                    }
                }
                if (!endsField(c)) {
                    broken = "has text after its closing quote (a quoted field must end at the quote; double a quote inside it)";
                    field.insert(0, QUOTE).append(QUOTE);
                }
            }
            while (!endsField(c)) {
                if (c == QUOTE && broken == null) {
                    broken = "has a quote inside an unquoted field (enclose the field in quotes and double the quote)";
                }
                if (!append(c)) {
                    return null;
                }
                c = next();
            }
            if (c == FAIL) {
                return null;
            }
            if (broken != null && !recordBad) {
                recordBad = true;
                problems.add(file, recordLine, fieldName(fields.size()), field.toString(), broken);
            }
            fields.add(field.toString());
            if (c == format.separator()) {
                if (++recordChars > format.maxRecordChars()) {
                    refuseLongRecord();
                    return null;
                }
                c = next();
                continue;
            }
            if (c == END) {
                ended = true;
            }
            return fields.toArray(new String[0]);
        }
        return null;
    }

    private boolean endsField(int c) {
        return c == format.separator() || c == '\n' || c == END || c == FAIL;
    }

    private boolean append(int c) {
        if (++recordChars > format.maxRecordChars()) {
            refuseLongRecord();
            return false;
        }
        field.append((char) c);
        return true;
    }

    private void refuseLongRecord() {
        refuse(recordLine, fieldName(fields.size()), field.toString(),
                "record is longer than " + format.maxRecordChars() + " characters (is a quote left open?)");
    }

    /** The next char with CR and CRLF read as LF, {@link #END}, or {@link #FAIL}. */
    private int next() throws IOException {
        int c;
        if (pushback != NONE) {
            c = pushback;
            pushback = NONE;
        } else {
            c = checked();
        }
        if (c == '\r') {
            int d = checked();
            if (d != '\n') {
                pushback = d;
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private int checked() throws IOException {
        if (refused) {
            return FAIL;
        }
        int c = source.read();
        if (!started) {
            started = true;
            if (c == BOM) {
                c = source.read();
            }
        }
        if (c == Utf8Chars.MALFORMED) {
            refuse(line, fieldName(fields.size()), source.malformedBytes(), source.utf16()
                    ? "is a UTF-16 byte-order mark: the file is UTF-16, save it as UTF-8"
                    : "is not valid UTF-8 (save the file as UTF-8)");
            return FAIL;
        }
        if (c >= 0 && c != '\t' && c != '\n' && c != '\r' && (c < 0x20 || c == 0x7F)) {
            refuse(line, fieldName(fields.size()), String.format("U+%04X", c),
                    "is a control character: the file looks binary, not CSV text");
            return FAIL;
        }
        return c;
    }

    private void refuse(long at, String fieldName, String value, String message) {
        refused = true;
        problems.add(file, at, fieldName, value, message);
    }

    private String fieldName(int index) {
        return header != null ? header.name(index) : "column " + (index + 1);
    }

    private void reportFieldCount(String[] values) {
        String message = "row has " + values.length + (values.length == 1 ? " field" : " fields")
                + ", the header has " + header.size();
        if (values.length < header.size()) {
            problems.add(file, recordLine, header.name(values.length), null, message);
        } else {
            problems.add(file, recordLine, header.name(header.size()), values[header.size()], message);
        }
    }

    private static boolean allEmpty(String[] values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private String unknownColumnMessage(String name, CsvColumns columns) {
        for (String expected : columns.all()) {
            if (expected.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return "is not a column of " + file + " (did you mean '" + expected + "'?)";
            }
        }
        return "is not a column of " + file + " (expected: " + String.join(", ", columns.all()) + ")";
    }
}
