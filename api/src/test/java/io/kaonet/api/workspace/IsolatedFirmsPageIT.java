package io.kaonet.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.BrowserPageTest;
import io.kaonet.api.support.CsvRows;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The isolated firms page in Chromium: it lists exactly the API's isolated firms of a cluster, filters
 * them, and its links download the server's CSV and Excel files of the same firms.
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

        // The server's files of the same firms (the page's cluster and reasons).
        forgetDownload("isolated-firms-" + CLUSTER + ".csv");
        browser().findElement(By.cssSelector("#downloads [data-download=csv]")).click();
        List<List<String>> csv = csv(downloaded("isolated-firms-" + CLUSTER + ".csv"));
        assertThat(csv.get(0)).containsExactly("Firm", "Id", "Clusters (ids)", "Reasons", "Partners (count)",
                "Group size (actors reachable, itself included)", "Suggested partners");
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

    /** Rows of a downloaded CSV file (UTF-8 with a byte-order mark). */
    static List<List<String>> csv(Path file) throws IOException {
        return CsvRows.of(Files.readAllBytes(file));
    }

    /** Rows of the first sheet of a workbook read with Apache POI, every cell as text (numbers as CSV writes them). */
    static List<List<String>> xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            List<List<String>> rows = new ArrayList<>();
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = r.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
