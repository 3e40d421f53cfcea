package io.kaonet.api.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.CsvRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator workspace's tables as files, over real HTTP: each workbook read back with Apache
 * POI holds the API's rows for the same filters, numbers stored as numbers and dates as dates, units
 * in the headers, in English or Japanese; the CSV holds the same; bad parameters and bad tokens are
 * refused naming what is wrong.
 */
class WorkspaceDownloadsIT extends ApiIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLUSTER = "HAMAMATSU";

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> get(String pathAndQuery, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Sheet firstSheet(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> r = get(pathAndQuery, token(Role.VIEWER));
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (InputStream in = new ByteArrayInputStream(r.body()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("About");
            return book.getSheetAt(0);
        }
    }

    /** Every row below the header, each cell as Double, Boolean, LocalDate (date-formatted numbers), String or null. */
    private static List<List<Object>> rows(Sheet sheet) {
        int width = sheet.getRow(0).getLastCellNum();
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC
                        ? DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate() : (Object) cell.getNumericCellValue()
                        : cell.getCellType() == CellType.BOOLEAN ? (Object) cell.getBooleanCellValue() : cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> header(Sheet sheet) {
        List<String> titles = new ArrayList<>();
        sheet.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
        return titles;
    }

    private JsonNode answer(String document, Map<String, Object> variables) {
        var request = graphQl.document(document);
        for (var e : variables.entrySet()) {
            request = request.variable(e.getKey(), e.getValue());
        }
        return JSON.valueToTree(request.execute().path("").entity(Map.class).get());
    }

    @Test
    void isolatedFirmsWorkbookAndCsvHoldTheApisFirmsWithNumbersAsNumbers() throws Exception {
        JsonNode api = answer("""
                query($scope: Scope) { network(scope: $scope) { isolatedFirms(first: 500, reasons: [NO_TIES, SINGLE_TIE]) {
                  totalCount edges { node { actor { id name } reasons partners componentSize } } } } }""",
                Map.of("scope", Map.of("clusterIds", List.of(CLUSTER))));
        JsonNode edges = api.at("/network/isolatedFirms/edges");
        assertThat(edges.size()).isPositive().isEqualTo(api.at("/network/isolatedFirms/totalCount").asInt());

        Sheet sheet = firstSheet("/downloads/isolated-firms.xlsx?clusterIds=" + CLUSTER + "&reasons=NO_TIES&reasons=SINGLE_TIE");
        assertThat(sheet.getSheetName()).isEqualTo("Isolated firms");
        assertThat(header(sheet)).containsExactly("Firm", "Id", "Clusters (ids)", "Reasons", "Partners (count)",
                "Group size (actors reachable, itself included)", "Suggested partners");
        List<List<Object>> rows = rows(sheet);
        assertThat(rows).hasSize(edges.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode firm = edges.get(i).path("node");
            List<Object> row = rows.get(i);
            assertThat(row.get(0)).isEqualTo(firm.at("/actor/name").asText());
            assertThat(row.get(1)).isEqualTo(firm.at("/actor/id").asText());
            assertThat(row.get(4)).as("partners, a number").isEqualTo(firm.path("partners").asDouble());
            assertThat(row.get(5)).as("group size, a number").isEqualTo(firm.path("componentSize").asDouble());
            String reasons = (String) row.get(3);
            firm.path("reasons").forEach(r -> assertThat(reasons).contains(
                    r.asText().equals("NO_TIES") ? "no partner" : r.asText().equals("SINGLE_TIE") ? "only one partner" : ""));
        }

        HttpResponse<byte[]> csv = get("/downloads/isolated-firms.csv?clusterIds=" + CLUSTER + "&reasons=NO_TIES,SINGLE_TIE", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("isolated-firms-" + CLUSTER + ".csv"));
        List<List<String>> lines = CsvRows.of(csv.body());
        assertThat(lines.get(0)).isEqualTo(header(sheet));
        assertThat(lines).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(lines.get(i + 1).get(1)).isEqualTo(rows.get(i).get(1));
            assertThat(Double.parseDouble(lines.get(i + 1).get(4))).isEqualTo(rows.get(i).get(4));
        }

        Sheet japanese = firstSheet("/downloads/isolated-firms.xlsx?clusterIds=" + CLUSTER + "&reasons=NO_TIES&lang=ja");
        assertThat(japanese.getSheetName()).isEqualTo("孤立企業");
        assertThat(header(japanese).get(4)).isEqualTo("連携先数（者）");
        assertThat(rows(japanese)).isNotEmpty().allSatisfy(r -> assertThat((String) r.get(3)).contains("連携先なし").doesNotContain("no partner"));
    }

    @Test
    void introductionLogAndResultsHoldTheApisAnswerForTheSameFilters() throws Exception {
        Map<String, Object> filters = Map.of("c", CLUSTER, "f", "2006-01-01", "t", "2010-12-31");
        JsonNode api = answer("""
                query($c: ID, $f: Date, $t: Date) {
                  introductions(clusterId: $c, from: $f, to: $t, first: 500) { totalCount
                    edges { node { date source { id } target { id } daysToOutcome coordinator { id } } } }
                  coordinatorIntroductions(clusterId: $c, from: $f, to: $t) { coordinator { id } introductions collaborations
                    open collaborationShare medianDaysToCollaboration } }""", filters);
        String query = "?clusterId=" + CLUSTER + "&from=2006-01-01&to=2010-12-31";

        JsonNode log = api.at("/introductions/edges");
        assertThat(log.size()).isPositive().isEqualTo(api.at("/introductions/totalCount").asInt());
        Sheet sheet = firstSheet("/downloads/introductions.xlsx" + query);
        assertThat(header(sheet)).contains("Date", "Days to outcome (days)");
        List<List<Object>> rows = rows(sheet);
        assertThat(rows).hasSize(log.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode entry = log.get(i).path("node");
            assertThat(rows.get(i).get(0)).as("a date cell").isEqualTo(LocalDate.parse(entry.path("date").asText()));
            assertThat(rows.get(i).get(4)).isEqualTo(entry.at("/source/id").asText());
            assertThat(rows.get(i).get(6)).isEqualTo(entry.at("/target/id").asText());
            assertThat(rows.get(i).get(11)).isEqualTo(entry.path("daysToOutcome").isNumber() ? entry.path("daysToOutcome").asDouble() : null);
            assertThat(rows.get(i).get(2)).isEqualTo(entry.at("/coordinator/id").isTextual() ? entry.at("/coordinator/id").asText() : null);
        }

        JsonNode results = api.path("coordinatorIntroductions");
        Sheet resultSheet = firstSheet("/downloads/coordinator-results.xlsx" + query);
        assertThat(header(resultSheet)).containsExactly("Coordinator", "Coordinator id", "Introductions (count)",
                "Collaborations (count)", "No collaboration (count)", "Open (count)", "Collaboration share (0-1)",
                "Median days to collaboration (days)");
        List<List<Object>> resultRows = rows(resultSheet);
        assertThat(resultRows).hasSize(results.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            assertThat(resultRows.get(i).get(1)).isEqualTo(r.at("/coordinator/id").asText());
            assertThat(resultRows.get(i).get(2)).isEqualTo(r.path("introductions").asDouble());
            assertThat(resultRows.get(i).get(3)).isEqualTo(r.path("collaborations").asDouble());
            assertThat(resultRows.get(i).get(5)).isEqualTo(r.path("open").asDouble());
            assertThat(resultRows.get(i).get(6)).isEqualTo(r.path("collaborationShare").isNumber() ? r.path("collaborationShare").asDouble() : null);
            assertThat(resultRows.get(i).get(7)).isEqualTo(r.path("medianDaysToCollaboration").isNumber()
                    ? r.path("medianDaysToCollaboration").asDouble() : null);
        }
        HttpResponse<byte[]> csv = get("/downloads/coordinator-results.csv" + query + "&lang=ja", null);
        assertThat(CsvRows.of(csv.body())).hasSize(results.size() + 1).first().asList().contains("紹介件数（件）");
    }

    @Test
    void badParametersAndBadTokensAreRefusedNamingWhatIsWrong() throws Exception {
        assertRefused(get("/downloads/isolated-firms.pdf", null), 400, "format", "pdf");
        assertRefused(get("/downloads/isolated-firms.xlsx?reasons=LONELY", null), 400, "reasons", "LONELY");
        assertRefused(get("/downloads/isolated-firms.csv?clusterId=TAMA", null), 400, "clusterId", "TAMA");
        assertRefused(get("/downloads/introductions.csv?from=2010-13-01", null), 400, "from", "2010-13-01");
        assertRefused(get("/downloads/coordinator-results.csv?lang=fr", null), 400, "lang", "fr");
        assertThat(get("/downloads/introductions.xlsx", "not-a-token").statusCode()).isEqualTo(401);
    }

    private static void assertRefused(HttpResponse<byte[]> response, int status, String parameter, String value) throws IOException {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("parameter").asText()).as(body).isEqualTo(parameter);
        assertThat(problem.path("value").asText()).as(body).contains(value);
    }
}
