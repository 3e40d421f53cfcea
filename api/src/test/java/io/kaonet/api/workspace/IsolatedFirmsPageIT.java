package io.kaonet.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.BrowserPageTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The isolated firms page in Chromium: it lists exactly the API's isolated firms of a cluster, filters
 * them, and downloads what it shows as CSV and as an Excel workbook with the same rows.
 */
class IsolatedFirmsPageIT extends BrowserPageTest {

    private static final String CLUSTER = "HAMAMATSU";

    @Test
    void listsTheApisFirmsAndDownloadsThemAsCsvAndExcel() throws IOException {
        open("/workspace/isolated.html?cluster=" + CLUSTER);
        waitFor("the table", "return window.kaonetIsolated.error || window.kaonetIsolated.rows !== null");
        assertThat(js("return window.kaonetIsolated.error")).isNull();
        List<String> api = graphQl.document("""
                query($scope: Scope) { network(scope: $scope) {
                  isolatedFirms(first: 500, reasons: [NO_TIES, SINGLE_TIE, OUTSIDE_MAIN_COMPONENT]) {
                    edges { node { actor { id } } } } } }""")
                .variable("scope", Map.of("clusterIds", List.of(CLUSTER))).execute()
                .path("network.isolatedFirms.edges[*].node.actor.id").entityList(String.class).get();
        assertThat(api).isNotEmpty();
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) js("return window.kaonetIsolated.table.getData().map((r) => r.id)");
        assertThat(shown).containsExactlyElementsOf(api);
        assertThat(browser().findElement(By.id("summary")).getText()).startsWith(api.size() + " isolated firms");
        assertEverythingCameFromThisServer();
        logFirstPaint("the isolated firms page");
        guideScreenshot("coordinator-isolated.png");

        forgetDownload("isolated-firms-" + CLUSTER + ".csv");
        browser().findElement(By.cssSelector("#downloads [data-download=csv]")).click();
        List<List<String>> csv = csv(downloaded("isolated-firms-" + CLUSTER + ".csv"));
        assertThat(csv.get(0)).containsExactly("Firm", "Id", "Clusters", "Reasons", "Partners", "Group size", "Suggested partners");
        assertThat(csv.subList(1, csv.size()).stream().map(r -> r.get(1)).toList()).containsExactlyElementsOf(api);

        forgetDownload("isolated-firms-" + CLUSTER + ".xlsx");
        browser().findElement(By.cssSelector("#downloads [data-download=xlsx]")).click();
        List<List<String>> xlsx = xlsx(downloaded("isolated-firms-" + CLUSTER + ".xlsx"));
        assertThat(xlsx).isEqualTo(csv);

        // The filter box keeps the rows whose text holds the words.
        String firstName = csv.get(1).get(0);
        browser().findElement(By.id("filter")).sendKeys(firstName);
        waitFor("the filtered rows", "return window.kaonetIsolated.table.getDataCount('active') < " + api.size()
                + " || " + (api.size() == 1));
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js("return window.kaonetIsolated.table.getData('active').map((r) => r.name)");
        assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).contains(firstName));
    }

    /** Rows of the page's CSV (UTF-8 with a byte-order mark, fields quoted by Tabulator). */
    static List<List<String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Rows of the first sheet of a workbook, every cell as text (numbers without decimals when whole). */
    static List<List<String>> xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook book = new ReadableWorkbook(in)) {
            List<List<String>> rows = new ArrayList<>();
            int width = -1;
            for (Row r : book.getFirstSheet().read()) {
                width = Math.max(width, r.getCellCount());
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    var cell = c < r.getCellCount() ? r.getCell(c) : null;
                    cells.add(cell == null || cell.getValue() == null ? "" : cell.getValue() instanceof java.math.BigDecimal n
                            ? n.stripTrailingZeros().toPlainString() : cell.getValue().toString());
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
