package io.kaonet.importers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link CsvWriter} writes, {@link CsvReader} reads back unchanged, whatever the value holds. */
class CsvWriterTest {

    private static final List<String> HOSTILE = List.of("plain", "Co., Ltd.", "say \"hi\"", "\"", "\"\"", ",",
            "two\nlines", "ends in a line break\n", "\ttab", " leading space", "trailing space ", "=SUM(A1:A9)",
            "+81 3 1234", "-1", "@cmd", "a;b", "町田ツール株式会社", "𠮷野家", "");

    @ParameterizedTest
    @ValueSource(chars = {',', ';'})
    void hostileValuesRoundTripThroughTheReader(char separator) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out, separator);
        csv.row("id", "value");
        for (int i = 0; i < HOSTILE.size(); i++) {
            csv.row("r" + i, HOSTILE.get(i));
        }
        csv.row("null", null);

        CsvFormat format = new CsvFormat(separator, CsvFormat.DEFAULT_MAX_RECORD_CHARS);
        CsvReaderTest.Outcome read = CsvReaderTest.read(out.toString().getBytes(StandardCharsets.UTF_8), format,
                CsvColumns.of(List.of("id", "value"), List.of()), Utf8Chars.DEFAULT_BUFFER_SIZE);

        assertThat(read.problems()).isEmpty();
        List<String> values = read.records().stream().map(r -> r.get("value")).toList();
        List<String> expected = new java.util.ArrayList<>(HOSTILE);
        expected.add("");
        assertThat(values).isEqualTo(expected);
    }

    @Test
    void aCarriageReturnInsideAValueIsReadAsTheLineFeedTheReaderMakesOfEveryLineBreak() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row("cr\rhere", "crlf\r\nhere");
        assertThat(CsvReaderTest.raw(out.toString()).fields()).containsExactly(List.of("cr\nhere", "crlf\nhere"));
    }

    @Test
    void onlyValuesThatNeedItAreQuotedAndFormulaLikeValuesAreKeptVerbatim() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(Arrays.asList("plain text", "a,b", "say \"hi\"", null, 2.5, "=1+2", " x"));
        assertThat(out).hasToString("plain text,\"a,b\",\"say \"\"hi\"\"\",,2.5,=1+2,\" x\"\n");
        StringWriter semicolons = new StringWriter();
        new CsvWriter(semicolons, ';').row("a,b", "a;b");
        assertThat(semicolons).hasToString("a,b;\"a;b\"\n");
    }

    @Test
    void aQuoteOrLineBreakCannotSeparate() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CsvWriter(new StringWriter(), '"'));
        assertThatIllegalArgumentException().isThrownBy(() -> new CsvWriter(new StringWriter(), '\n'));
    }
}
