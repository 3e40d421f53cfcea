package io.kaonet.importers.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.csv.KaonetCsvImporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class KaonetWorkbookImporterTest {

    private static final String ACTORS = """
            id,name,kind,industry,region,city,country,sme,technologies,offers,seeks
            tama-co-001,"Hachioji Precision Works, Ltd.",COMPANY,precision machinery,Tokyo,Hachioji,JP,true,micro machining|laser,prototyping,sensor design
            tama-uni-01,町田ツール株式会社,UNIVERSITY,,Tokyo,Hachioji,JP,,MEMS,MEMS research,
            tama-fin-01,Tama Shinkin Bank,FINANCIER,banking,Tokyo,Tachikawa,JP,,,loans,
            """;
    private static final String TIES = """
            source,target,kind,since,weight
            tama-uni-01,tama-co-001,JOINT_RESEARCH,2003-04-01,2
            tama-fin-01,tama-co-001,FINANCING,2004-10-01,1.5
            """;

    private final KaonetWorkbookImporter importer = new KaonetWorkbookImporter();

    @Test
    void aWorkbookGivesTheRecordsOfTheSameCsvFiles() throws IOException {
        byte[] book = workbook(sheet("actors", ACTORS, -1), sheet("ties.csv", TIES, 3));
        NetworkBatch fromWorkbook = importer.read("members.xlsx", book, KnownIds.NONE);
        NetworkBatch fromCsv = new KaonetCsvImporter().read(Map.<String, InputStream>of(
                "actors.csv", stream(ACTORS), "ties.csv", stream(TIES)), KnownIds.NONE);
        assertThat(fromWorkbook.actors()).isEqualTo(fromCsv.actors());
        assertThat(fromWorkbook.ties()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source")
                .isEqualTo(fromCsv.ties());
        assertThat(fromWorkbook.ties().get(0).since()).isEqualTo(LocalDate.of(2003, 4, 1));
    }

    @Test
    void problemsNameSheetRowColumnAndValue() throws IOException {
        String actors = ACTORS.replace("FINANCIER", "BANKER");
        // an empty row before the bad one: the row number is the spreadsheet's, not the CSV line's
        byte[] book = workbook(sheet("actors", actors, -1, 3));
        ImportException refused = catchThrowableOfType(ImportException.class,
                () -> importer.read("members.xlsx", book, KnownIds.NONE));
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("members.xlsx › actors");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.field()).isEqualTo("kind (column C)");
            assertThat(p.value()).isEqualTo("BANKER");
        });
    }

    @Test
    void unknownSheetsAndNonWorkbooksAreRefused() throws IOException {
        byte[] book = workbook(sheet("actors", ACTORS, -1), sheet("Sheet2", "a,b\n1,2\n", -1));
        assertThat(catchThrowableOfType(ImportException.class, () -> importer.read("m.xlsx", book, KnownIds.NONE))
                .problems()).extracting(ImportProblem::file).containsExactly("m.xlsx › Sheet2");
        assertThat(catchThrowableOfType(ImportException.class,
                () -> importer.read("m.xlsx", "id,name\n".getBytes(StandardCharsets.UTF_8), KnownIds.NONE)).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("not an Excel workbook"));
    }

    @Test
    void columnLettersFollowExcel() {
        assertThat(List.of(0, 25, 26, 27, 701, 702).stream().map(KaonetWorkbookImporter::columnLetters))
                .containsExactly("A", "Z", "AA", "AB", "ZZ", "AAA");
    }

    /** A sheet from CSV text; the column dateColumn holds real date cells; rows after skipRowAfter are moved down one. */
    private record SheetSpec(String name, String csv, int dateColumn, int skipRowAfter) {
    }

    private static SheetSpec sheet(String name, String csv, int dateColumn) {
        return new SheetSpec(name, csv, dateColumn, Integer.MAX_VALUE);
    }

    private static SheetSpec sheet(String name, String csv, int dateColumn, int skipRowAfter) {
        return new SheetSpec(name, csv, dateColumn, skipRowAfter);
    }

    private static byte[] workbook(SheetSpec... sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook book = new Workbook(out, "KaonetTest", "1.0");
        for (SheetSpec spec : sheets) {
            Worksheet ws = book.newWorksheet(spec.name());
            List<String> lines = spec.csv().lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                int row = r >= spec.skipRowAfter() ? r + 1 : r;
                List<String> cells = splitCsv(lines.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && c == spec.dateColumn()) {
                        ws.value(row, c, LocalDate.parse(v));
                        ws.style(row, c).format("yyyy/mm/dd").set();
                    } else if (r > 0 && v.matches("\\d+(\\.\\d+)?")) {
                        ws.value(row, c, Double.parseDouble(v));
                    } else {
                        ws.value(row, c, v);
                    }
                }
            }
        }
        book.finish();
        return out.toByteArray();
    }

    /** Splits a CSV line of this test's data (quotes only around values with commas). */
    private static List<String> splitCsv(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
