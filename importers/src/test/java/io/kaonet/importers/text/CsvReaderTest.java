package io.kaonet.importers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.Problems;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    private static final CsvColumns PEOPLE = CsvColumns.of(List.of("id", "name"), List.of("city"));

    /** What one reading produced: the records returned and the problems reported. */
    record Outcome(List<CsvRecord> records, List<ImportProblem> problems, boolean refused) {
        List<List<String>> fields() {
            return records.stream().map(CsvRecord::fields).toList();
        }

        List<Long> lines() {
            return records.stream().map(CsvRecord::line).toList();
        }

        ImportProblem onlyProblem() {
            assertThat(problems).hasSize(1);
            return problems.get(0);
        }
    }

    static Outcome read(byte[] bytes, CsvFormat format, CsvColumns columns, int bufferSize) {
        Problems problems = new Problems();
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader("f.csv", new ByteArrayInputStream(bytes), format, problems, bufferSize)) {
            if (columns != null) {
                reader.header(columns);
            }
            reader.forEach(records::add);
            return new Outcome(records, problems.listed(), reader.refused());
        }
    }

    static Outcome raw(String text) {
        return read(utf8(text), CsvFormat.RFC_4180, null, Utf8Chars.DEFAULT_BUFFER_SIZE);
    }

    static Outcome withHeader(String text) {
        return read(utf8(text), CsvFormat.RFC_4180, PEOPLE, Utf8Chars.DEFAULT_BUFFER_SIZE);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    @Nested
    class Syntax {

        @Test
        void quotedFieldsHoldSeparatorsDoubledQuotesAndLineBreaks() {
            Outcome o = raw("a,b\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n");

            assertThat(o.problems()).isEmpty();
            assertThat(o.fields()).containsExactly(
                    List.of("a", "b"), List.of("x,1", "say \"hi\""), List.of("two\nlines", "z"));
            assertThat(o.lines()).containsExactly(1L, 2L, 3L);
        }

        @Test
        void recordsCarryTheLineTheyStartOnAfterMultiLineFields() {
            Outcome o = raw("h\n\"one\ntwo\nthree\"\nnext\n\n\nlast");

            assertThat(o.fields()).containsExactly(List.of("h"), List.of("one\ntwo\nthree"), List.of("next"), List.of("last"));
            assertThat(o.lines()).containsExactly(1L, 2L, 5L, 8L);
        }

        @Test
        void crlfAndLoneCrEndLinesAndBecomeLfInsideQuotes() {
            Outcome o = raw("a,b\r\nc,\"d\r\ne\"\rf,g\r\n");

            assertThat(o.fields()).containsExactly(List.of("a", "b"), List.of("c", "d\ne"), List.of("f", "g"));
            assertThat(o.lines()).containsExactly(1L, 2L, 4L);
        }

        @Test
        void semicolonSeparatorLeavesCommasInsideFields() {
            Outcome o = read(utf8("id;title\n1;a,b\n"), CsvFormat.SEMICOLON, null, 64);

            assertThat(o.problems()).isEmpty();
            assertThat(o.fields()).containsExactly(List.of("id", "title"), List.of("1", "a,b"));
        }

        @Test
        void semicolonSeparatedQuotedFieldsAreRead() {
            Outcome o = read(utf8("id;title\n1;\"a;b, c\"\n"), CsvFormat.SEMICOLON, null, 64);

            assertThat(o.problems()).isEmpty();
            assertThat(o.fields()).containsExactly(List.of("id", "title"), List.of("1", "a;b, c"));
        }

        @Test
        void byteOrderMarkIsSkipped() {
            Outcome o = withHeader("\uFEFFid,name\n1,Ann\n");

            assertThat(o.problems()).isEmpty();
            assertThat(o.records()).singleElement().satisfies(r -> assertThat(r.get("id")).isEqualTo("1"));
        }

        @Test
        void blankLinesAndRecordsOfEmptyFieldsAreSkipped() {
            Outcome o = withHeader("id,name,city\n\n1,Ann,\n,,\n\"\",,\r\n2,Bob,Kobe\n\n");

            assertThat(o.problems()).isEmpty();
            assertThat(o.fields()).containsExactly(List.of("1", "Ann", ""), List.of("2", "Bob", "Kobe"));
            assertThat(o.lines()).containsExactly(3L, 6L);
        }

        @Test
        void lastLineNeedsNoLineBreakAndATrailingSeparatorMakesAnEmptyField() {
            assertThat(raw("a,\nb").fields()).containsExactly(List.of("a", ""), List.of("b"));
            assertThat(raw("\"q\"").fields()).containsExactly(List.of("q"));
        }

        @Test
        void tabAndNonAsciiTextAreKept() {
            Outcome o = raw("浜松,\"Kobe\tBio\",😀\n");

            assertThat(o.problems()).isEmpty();
            assertThat(o.fields()).containsExactly(List.of("浜松", "Kobe\tBio", "😀"));
        }

        @Test
        void resultsDoNotDependOnWhereBufferBoundariesFall() {
            String text = "\uFEFFid,name,city\r\n1,\"Hachioji \"\"Precision\"\"\r\nWorks\",八王子\r\n"
                    + "2,😀😀,\"a,b\"\r\r3,x,y\n\"4\",\"\",\"\"\"\"\r\n";
            Outcome expected = read(utf8(text), CsvFormat.RFC_4180, PEOPLE, Utf8Chars.DEFAULT_BUFFER_SIZE);

            assertThat(expected.problems()).isEmpty();
            assertThat(expected.lines()).containsExactly(2L, 4L, 6L, 7L);
            for (int size = Utf8Chars.MIN_BUFFER_SIZE; size <= 40; size++) {
                Outcome o = read(utf8(text), CsvFormat.RFC_4180, PEOPLE, size);
                assertThat(o.fields()).as("buffer size %d", size).isEqualTo(expected.fields());
                assertThat(o.lines()).as("buffer size %d", size).isEqualTo(expected.lines());
                assertThat(o.problems()).as("buffer size %d", size).isEmpty();
            }
        }

        @Test
        void readsAStreamLongerThanItsBuffersWithoutHoldingIt() {
            int rows = 200_000;
            InputStream generated = new InputStream() {
                private byte[] chunk = utf8("id,name\n");
                private int at;
                private int row;

                @Override
                public int read() {
                    if (at == chunk.length) {
                        if (row == rows) {
                            return -1;
                        }
                        row++;
                        chunk = utf8(row + ",\"name " + row + "\"\n");
                        at = 0;
                    }
                    return chunk[at++];
                }
            };
            Problems problems = new Problems();
            try (CsvReader reader = new CsvReader("big.csv", generated, CsvFormat.RFC_4180, problems)) {
                reader.header(PEOPLE);
                long[] seen = {0, 0};
                reader.forEach(r -> {
                    seen[0]++;
                    seen[1] = r.line();
                    assertThat(r.get("name")).isEqualTo("name " + r.get("id"));
                });
                assertThat(seen[0]).isEqualTo(rows);
                assertThat(seen[1]).isEqualTo(rows + 1);
            }
            assertThat(problems.any()).isFalse();
        }

        @Test
        void opensFilesAndNamesThemWithoutTheirFolder(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("people.csv");
            Files.writeString(file, "id,name\n1,\"Ann\n");
            Problems problems = new Problems();
            try (CsvReader reader = CsvReader.open(file, CsvFormat.RFC_4180, problems)) {
                reader.header(PEOPLE);
                assertThat(reader.stream().count()).isZero();
            }
            assertThat(problems.listed()).extracting(ImportProblem::file, ImportProblem::line)
                    .containsExactly(tuple("people.csv", 2L));
        }
    }

    @Nested
    class BrokenQuotes {

        @Test
        void quoteLeftOpenAtTheEndRefusesTheFileAtTheLineItOpened() {
            Outcome o = withHeader("id,name\n1,ok\n2,\"open\n3,x\n");

            assertThat(o.fields()).containsExactly(List.of("1", "ok"));
            assertThat(o.refused()).isTrue();
            assertThat(o.onlyProblem()).isEqualTo(new ImportProblem("f.csv", 3, "name", "open\n3,x\n",
                    "quote opened on line 3 is never closed"));
        }

        @Test
        void quoteInsideAnUnquotedFieldSkipsTheRecordOnly() {
            Outcome o = withHeader("id,name\n1,5\" disk\n2,ok\n");

            assertThat(o.fields()).containsExactly(List.of("2", "ok"));
            assertThat(o.refused()).isFalse();
            ImportProblem p = o.onlyProblem();
            assertThat(p).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field, ImportProblem::value)
                    .containsExactly("f.csv", 2L, "name", "5\" disk");
            assertThat(p.message()).contains("quote inside an unquoted field");
        }

        @Test
        void textAfterAClosingQuoteSkipsTheRecord() {
            Outcome o = withHeader("id,name\n1,\"abc\"def\n2,ok\n");

            assertThat(o.fields()).containsExactly(List.of("2", "ok"));
            assertThat(o.onlyProblem()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::value)
                    .containsExactly(2L, "name", "\"abc\"def");
        }

        @Test
        void aRecordLongerThanTheLimitRefusesTheFile() {
            String text = "id,name\n1,\"never closed\n" + "2,a\n".repeat(100);
            Outcome o = read(utf8(text), CsvFormat.RFC_4180.withMaxRecordChars(50), PEOPLE, 16);

            assertThat(o.refused()).isTrue();
            assertThat(o.onlyProblem()).extracting(ImportProblem::line, ImportProblem::field)
                    .containsExactly(2L, "name");
            assertThat(o.onlyProblem().message()).contains("longer than 50 characters");
        }
    }

    @Nested
    class Encoding {

        @Test
        void latin1ByteIsReportedWithItsLineAndField() {
            byte[] bytes = concat(utf8("id,name\n1,ok\n2,caf"), new byte[] {(byte) 0xE9}, utf8("\n3,x\n"));
            Outcome o = read(bytes, CsvFormat.RFC_4180, PEOPLE, 64);

            assertThat(o.fields()).containsExactly(List.of("1", "ok"));
            assertThat(o.refused()).isTrue();
            assertThat(o.onlyProblem()).isEqualTo(new ImportProblem("f.csv", 3, "name", "0xE9",
                    "is not valid UTF-8 (save the file as UTF-8)"));
        }

        @ParameterizedTest(name = "bytes {0}")
        @ValueSource(strings = {"C0AF", "EDA080", "F4908080", "FF", "E381"})
        void overlongSurrogateOutOfRangeAndTruncatedSequencesAreRefused(String hex) {
            byte[] bad = new byte[hex.length() / 2];
            for (int i = 0; i < bad.length; i++) {
                bad[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            Outcome o = read(concat(utf8("id,name\n1,"), bad), CsvFormat.RFC_4180, PEOPLE, 64);

            assertThat(o.records()).isEmpty();
            assertThat(o.onlyProblem()).extracting(ImportProblem::line, ImportProblem::field)
                    .containsExactly(2L, "name");
            assertThat(o.onlyProblem().value()).startsWith("0x" + hex.substring(0, 2));
        }

        @Test
        void utf16FileIsNamedAsSuch() {
            byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "id,name\n".getBytes(StandardCharsets.UTF_16LE));
            Outcome o = read(bytes, CsvFormat.RFC_4180, PEOPLE, 64);

            assertThat(o.onlyProblem()).extracting(ImportProblem::line, ImportProblem::value)
                    .containsExactly(1L, "0xFF");
            assertThat(o.onlyProblem().message()).contains("UTF-16");
        }

        @Test
        void nulByteRefusesTheFileAsBinary() {
            Outcome o = withHeader("id,name\n1,a\u0000b\n2,c\n");

            assertThat(o.records()).isEmpty();
            assertThat(o.refused()).isTrue();
            assertThat(o.onlyProblem()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field,
                    ImportProblem::value).containsExactly("f.csv", 2L, "name", "U+0000");
            assertThat(o.onlyProblem().message()).contains("binary");
        }

        @Test
        void zipSignatureIsRefusedAsBinaryOnTheHeaderLine() {
            Outcome o = read(new byte[] {'P', 'K', 3, 4, 20, 0}, CsvFormat.RFC_4180, PEOPLE, 64);

            assertThat(o.onlyProblem()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::value)
                    .containsExactly(1L, "column 1", "U+0003");
        }

        @ParameterizedTest(name = "content \"{0}\"")
        @ValueSource(strings = {"", "\uFEFF", "\n\n", "\r\n", ",,\n"})
        void fileWithoutAHeaderIsRefusedAsEmpty(String content) {
            Outcome o = withHeader(content);

            assertThat(o.refused()).isTrue();
            assertThat(o.onlyProblem()).isEqualTo(ImportProblem.ofFile("f.csv", "is empty: it has no header line"));
        }
    }

    @Nested
    class Header {

        @Test
        void columnsComeInAnyOrderAndAreFoundByName() {
            Outcome o = withHeader("city, name ,id\nKobe,Ann,1\n");

            assertThat(o.problems()).isEmpty();
            CsvRecord r = o.records().get(0);
            assertThat(r.get("id")).isEqualTo("1");
            assertThat(r.get("name")).isEqualTo("Ann");
            assertThat(r.get("city")).isEqualTo("Kobe");
            assertThat(r.header().names()).containsExactly("city", "name", "id");
        }

        @Test
        void absentOptionalColumnReadsAsNull() {
            assertThat(withHeader("id,name\n1,Ann\n").records().get(0).get("city")).isNull();
        }

        @Test
        void missingRequiredColumnIsReportedAndNoRowIsRead() {
            Outcome o = withHeader("id,city\n1,Kobe\n");

            assertThat(o.records()).isEmpty();
            assertThat(o.onlyProblem()).isEqualTo(new ImportProblem("f.csv", 1, "name", null, "required column is missing"));
        }

        @Test
        void unknownColumnIsReportedWithTheExpectedOnesAndRowsAreStillRead() {
            Outcome o = withHeader("id,name,town\n1,Ann,Kobe\n");

            assertThat(o.records()).hasSize(1);
            assertThat(o.onlyProblem()).isEqualTo(new ImportProblem("f.csv", 1, "town", null,
                    "is not a column of f.csv (expected: id, name, city)"));
        }

        @Test
        void columnInTheWrongCaseGetsASuggestion() {
            assertThat(withHeader("ID,name\n").problems()).extracting(ImportProblem::field, ImportProblem::message)
                    .containsExactly(tuple("ID", "is not a column of f.csv (did you mean 'id'?)"),
                            tuple("id", "required column is missing"));
        }

        @Test
        void repeatedColumnNamesBothPositions() {
            Outcome o = withHeader("id,name,id\n1,Ann,2\n");

            assertThat(o.onlyProblem()).isEqualTo(new ImportProblem("f.csv", 1, "id", null,
                    "column appears twice (columns 1 and 3)"));
            assertThat(o.records().get(0).get("id")).isEqualTo("1");
        }

        @Test
        void unnamedColumnIsReported() {
            assertThat(withHeader("id,name,\n1,Ann,\n").onlyProblem())
                    .isEqualTo(new ImportProblem("f.csv", 1, "column 3", null, "has no name"));
        }

        @Test
        void unknownColumnsCanBeAllowed() {
            Outcome o = read(utf8("id,name,extra\n1,Ann,x\n"), CsvFormat.RFC_4180, PEOPLE.withUnknownAllowed(), 64);

            assertThat(o.problems()).isEmpty();
            assertThat(o.records().get(0).get("extra")).isEqualTo("x");
        }

        @Test
        void brokenHeaderLineIsNotReplacedByTheNextLine() {
            Outcome o = withHeader("id,na\"me\n1,Ann\n");

            assertThat(o.records()).isEmpty();
            assertThat(o.onlyProblem()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::value)
                    .containsExactly(1L, "column 2", "na\"me");
        }

        @Test
        void rowWithTooFewFieldsNamesTheFirstMissingColumn() {
            Outcome o = withHeader("id,name,city\n1,Ann\n2,Bob,Kobe\n");

            assertThat(o.fields()).containsExactly(List.of("2", "Bob", "Kobe"));
            assertThat(o.onlyProblem()).isEqualTo(new ImportProblem("f.csv", 2, "city", null,
                    "row has 2 fields, the header has 3"));
        }

        @Test
        void rowWithTooManyFieldsNamesTheFirstExtraValue() {
            Outcome o = withHeader("id,name\n1,Ann,Kobe\n");

            assertThat(o.records()).isEmpty();
            assertThat(o.onlyProblem()).isEqualTo(new ImportProblem("f.csv", 2, "column 3", "Kobe",
                    "row has 3 fields, the header has 2"));
        }

        @Test
        void headerMustBeReadBeforeRecords() {
            Problems problems = new Problems();
            try (CsvReader reader = new CsvReader("f.csv", new ByteArrayInputStream(utf8("a\nb\n")), CsvFormat.RFC_4180, problems)) {
                reader.read();
                assertThatThrownBy(() -> reader.header(PEOPLE)).isInstanceOf(IllegalStateException.class);
            }
        }
    }

    @Test
    void readingStopsOnceMoreProblemsWereFoundThanCanBeListed() {
        StringBuilder text = new StringBuilder("id,name\n");
        IntStream.range(0, 500).forEach(i -> text.append(i).append(",x\"y\n"));
        Outcome o = withHeader(text.toString());

        assertThat(o.problems()).hasSize(ImportException.MAX_PROBLEMS);
        assertThat(o.problems().get(99).line()).isEqualTo(101L);
        Problems p = new Problems();
        o.problems().forEach(p::add);
        p.add(o.problems().get(0));
        assertThatThrownBy(p::throwIfAny).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.truncated()).isTrue();
            assertThat(e.problems()).hasSize(ImportException.MAX_PROBLEMS);
        });
    }

    @Test
    void readerIsIteratedOnlyOnce() {
        try (CsvReader reader = new CsvReader("f.csv", new ByteArrayInputStream(utf8("a\n")), CsvFormat.RFC_4180, new Problems())) {
            reader.iterator();
            assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest(name = "separator U+{0}")
    @ValueSource(chars = {'"', '\n', '\r', '\u0000'})
    void formatRefusesSeparatorsThatCannotSeparate(char separator) {
        assertThatThrownBy(() -> CsvFormat.RFC_4180.withSeparator(separator)).isInstanceOf(IllegalArgumentException.class);
    }
}
