package io.kaonet.api.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.DemoProjection;
import io.kaonet.core.graph.CollaborationGraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Downloads over real HTTP from the running server with the demo network: files equal to the
 * GraphQL export of the same scope, the right media type and file name, refusals naming the
 * parameter; the whole network's files read by NetworkX and igraph with the store's counts and the
 * API's per-actor metrics; the report workbook read back with Apache POI, holding the API's numbers.
 */
class DownloadsIT extends ApiIntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    record Ref(String id) {
    }

    /** One file of the GraphQL export. */
    record ExportFile(String name, String content) {
    }

    @LocalServerPort
    int port;

    HttpResponse<byte[]> get(String pathAndQuery, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return get(pathAndQuery, null);
    }

    /** The content of each file of the GraphQL export of a scope. */
    Map<String, String> graphQlExport(String scope, String format, String metrics) {
        var files = graphQl.mutate().webTestClient(b -> b.codecs(c -> c.defaultCodecs().maxInMemorySize(64 << 20))).build()
                .document("{ network(scope: " + scope + ") { export(format: " + format + ", metrics: [" + metrics
                        + "]) { name content } } }")
                .execute().path("network.export").entityList(ExportFile.class).get();
        Map<String, String> out = new LinkedHashMap<>();
        for (ExportFile f : files) {
            out.put(f.name(), f.content());
        }
        return out;
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Nested
    class NetworkFiles {

        @Test
        void gexfOfTwoClustersAsOfADayEqualsTheGraphQlExportWithMediaTypeAndFileName() throws Exception {
            HttpResponse<byte[]> r = get("/downloads/network?format=gexf&metrics=DEGREE,BETWEENNESS&metrics=COMMUNITY"
                    + "&clusterIds=TAMA&clusterIds=HOKKAIDO&asOf=2010-12-31");

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/gexf+xml");
            assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment;").contains("filename=\"kaonet-HOKKAIDO-TAMA-2010-12-31.gexf\"");
            assertThat(text(r)).isEqualTo(graphQlExport("{clusterIds: [\"TAMA\", \"HOKKAIDO\"], asOf: \"2010-12-31\"}", "GEXF",
                    "DEGREE, BETWEENNESS, COMMUNITY").get("network.gexf"));
        }

        @Test
        void graphmlAndPajekOfAClusterEqualTheGraphQlExport() throws Exception {
            HttpResponse<byte[]> graphml = get("/downloads/network?format=GRAPHML&clusterIds=KINKI-BIO&metrics=CONSTRAINT");
            HttpResponse<byte[]> pajek = get("/downloads/network?format=PAJEK&clusterIds=KINKI-BIO");

            assertThat(graphml.headers().firstValue("Content-Type")).hasValue("application/graphml+xml");
            assertThat(text(graphml)).isEqualTo(graphQlExport("{clusterIds: [\"KINKI-BIO\"]}", "GRAPHML", "CONSTRAINT")
                    .get("network.graphml"));
            assertThat(pajek.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
            assertThat(pajek.headers().firstValue("Content-Disposition").orElseThrow()).contains("kaonet-KINKI-BIO.net");
            assertThat(text(pajek)).isEqualTo(graphQlExport("{clusterIds: [\"KINKI-BIO\"]}", "PAJEK", "").get("network.net"));
        }

        @Test
        void csvIsAZipOfBothTablesOrOneTableAlone() throws Exception {
            Map<String, String> expected = graphQlExport("{clusterIds: [\"SHIKOKU\"]}", "CSV", "CORE_NUMBER");
            HttpResponse<byte[]> zip = get("/downloads/network?format=CSV&clusterIds=SHIKOKU&metrics=CORE_NUMBER");
            HttpResponse<byte[]> nodes = get("/downloads/network?format=CSV&file=nodes.csv&clusterIds=SHIKOKU&metrics=CORE_NUMBER");

            assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
            assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow()).contains("kaonet-SHIKOKU-csv.zip");
            Map<String, String> entries = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            assertThat(entries).isEqualTo(expected);
            assertThat(nodes.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
            assertThat(nodes.headers().firstValue("Content-Disposition").orElseThrow()).contains("kaonet-SHIKOKU-nodes.csv");
            assertThat(text(nodes)).isEqualTo(expected.get("nodes.csv"));
        }

        @Test
        void badParametersAreRefusedNamingTheParameterAndValue() throws Exception {
            JsonNode format = JSON.readTree(get("/downloads/network?format=DOT").body());
            JsonNode unknown = JSON.readTree(get("/downloads/network?format=GEXF&cluster=TAMA").body());
            JsonNode date = JSON.readTree(get("/downloads/network?format=GEXF&asOf=2010-02-30").body());
            JsonNode metric = JSON.readTree(get("/downloads/network?format=GEXF&metrics=PAGERANK").body());
            JsonNode both = JSON.readTree(get("/downloads/network?format=GEXF&asOf=2010-01-01&from=2009-01-01").body());
            HttpResponse<byte[]> file = get("/downloads/network?format=GEXF&file=nodes.csv");

            assertThat(format.path("status").asInt()).isEqualTo(400);
            assertThat(format.path("parameter").asText()).isEqualTo("format");
            assertThat(format.path("value").asText()).isEqualTo("DOT");
            assertThat(unknown.path("parameter").asText()).isEqualTo("cluster");
            assertThat(unknown.path("detail").asText()).contains("clusterIds");
            assertThat(date.path("parameter").asText()).isEqualTo("asOf");
            assertThat(date.path("value").asText()).isEqualTo("2010-02-30");
            assertThat(metric.path("parameter").asText()).isEqualTo("metrics");
            assertThat(metric.path("detail").asText()).contains("BETWEENNESS");
            assertThat(both.path("status").asInt()).isEqualTo(400);
            assertThat(both.path("detail").asText()).contains("either asOf or a window");
            assertThat(file.statusCode()).isEqualTo(400);
            assertThat(text(file)).doesNotContain("at io.kaonet", "Exception");
        }

        @Test
        void readersAreThoseOfTheApiAValidTokenReadsAndABadOneIsRefused() throws Exception {
            assertThat(get("/downloads/network?format=PAJEK&clusterIds=BERLIN", token(Role.VIEWER)).statusCode()).isEqualTo(200);
            assertThat(get("/downloads/network?format=PAJEK&clusterIds=BERLIN").statusCode()).isEqualTo(200);
            assertThat(get("/downloads/network?format=PAJEK&clusterIds=BERLIN", "not-a-token").statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class ReadByNetworkxAndIgraph {

        static final Path SCRIPT = Path.of("..", "importers", "src", "test", "resources", "io", "kaonet", "importers", "export",
                "read_exports.py");
        static final Path PYTHON = Path.of(System.getProperty("kaonet.python", "/usr/bin/python3"));

        /** A broker's metrics; effectiveSize, like the file's value, reads a missing number as 0. */
        record Broker(Ref actor, double betweenness, Double constraint, double effectiveSize) {
        }

        record Community(int index, List<Ref> members) {
        }

        JsonNode readWithPython(Path folder) throws Exception {
            Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import networkx, igraph").redirectErrorStream(true).start();
            check.getInputStream().readAllBytes();
            if (check.waitFor() != 0) {
                if (Boolean.parseBoolean(System.getenv("KAONET_REQUIRE_PYTHON_READERS"))) {
                    throw new AssertionError(PYTHON + " has no networkx or igraph, and KAONET_REQUIRE_PYTHON_READERS is set");
                }
                Assumptions.abort(PYTHON + " has no networkx or igraph (Debian: python3-networkx python3-igraph)");
            }
            Process p = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), folder.toString())
                    .redirectError(folder.resolve("python.err").toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(folder.resolve("python.err"))).isZero();
            return JSON.readTree(out);
        }

        @Test
        void wholeNetworkFilesGiveTheStoresCountsDirectionsAndTheApisMetrics(@TempDir Path dir) throws Exception {
            String metrics = "&metrics=BETWEENNESS,CONSTRAINT,EFFECTIVE_SIZE,COMMUNITY,CORE_NUMBER,LOCAL_CLUSTERING";
            Files.write(dir.resolve("network.gexf"), get("/downloads/network?format=GEXF" + metrics).body());
            Files.write(dir.resolve("network.graphml"), get("/downloads/network?format=GRAPHML" + metrics).body());
            Files.write(dir.resolve("network.net"), get("/downloads/network?format=PAJEK").body());
            Files.write(dir.resolve("nodes.csv"), get("/downloads/network?format=CSV&file=nodes.csv" + metrics).body());
            Files.write(dir.resolve("edges.csv"), get("/downloads/network?format=CSV&file=edges.csv").body());
            JsonNode answers = readWithPython(dir);

            int actors = graphQl.document("{ network { summary { actors } } }").execute()
                    .path("network.summary.actors").entity(Integer.class).get();
            int ties = graphQl.document("{ network { summary { ties } } }").execute()
                    .path("network.summary.ties").entity(Integer.class).get();
            CollaborationGraph demo = DemoProjection.graph();
            int directed = 0;
            for (int e = 0; e < demo.edgeCount(); e++) {
                directed += demo.arcLowToHigh(e) != demo.arcHighToLow(e) ? 1 : 0;
            }
            assertThat(demo.nodeCount()).isEqualTo(actors);
            assertThat(demo.edgeCount()).isEqualTo(ties);
            assertThat(directed).as("the demo network mixes directed and undirected ties").isBetween(1, ties - 1);
            int arcs = directed + 2 * (ties - directed);
            for (String reader : List.of("networkx.gexf", "networkx.graphml", "igraph.graphml", "networkx.pajek", "igraph.pajek")) {
                JsonNode a = answers.get(reader);
                assertThat(a.has("error")).as(reader + ": " + a.path("error").asText()).isFalse();
                assertThat(a.get("directed").asBoolean()).as(reader).isTrue();
                assertThat(a.get("nodes").size()).as(reader).isEqualTo(actors);
                assertThat(a.get("edgeCount").asInt()).as(reader).isEqualTo(arcs);
            }
            JsonNode csv = answers.get("csv");
            assertThat(csv.get("nodes").size()).isEqualTo(actors);
            assertThat(csv.get("edgeCount").asInt()).isEqualTo(ties);

            List<Broker> brokers = graphQl.document("""
                            { network { brokers(first: 500) { edges { node { actor { id } betweenness constraint effectiveSize } } } } }""")
                    .execute().path("network.brokers.edges[*].node").entityList(Broker.class).get();
            assertThat(brokers).hasSize(500);
            for (String reader : List.of("networkx.gexf", "networkx.graphml", "igraph.graphml", "csv")) {
                JsonNode attributes = answers.get(reader).get("nodeAttributes");
                for (Broker b : brokers) {
                    JsonNode node = attributes.get(b.actor().id());
                    assertThat(node.get("betweenness").asDouble()).as(reader).isEqualTo(b.betweenness());
                    if (b.constraint() == null) {
                        assertThat(node.path("constraint").isNull() || node.path("constraint").isMissingNode()
                                || node.path("constraint").asText().isEmpty() || node.path("constraint").asText().equals("NaN"))
                                .as(reader).isTrue();
                    } else {
                        assertThat(node.get("constraint").asDouble()).as(reader).isEqualTo(b.constraint());
                        assertThat(node.get("effectiveSize").asDouble()).as(reader).isEqualTo(b.effectiveSize());
                    }
                }
            }
            Map<String, Integer> community = new HashMap<>();
            List<Community> communities = graphQl.document("""
                            { network { communities { communities(first: 500) { edges { node { index members { id } } } } } } }""")
                    .execute().path("network.communities.communities.edges[*].node").entityList(Community.class).get();
            for (Community c : communities) {
                for (Ref m : c.members()) {
                    community.put(m.id(), c.index());
                }
            }
            assertThat(community).hasSize(actors);
            JsonNode gexf = answers.get("networkx.gexf").get("nodeAttributes");
            community.forEach((id, index) -> assertThat(gexf.get(id).get("community").asDouble()).as(id).isEqualTo(index.doubleValue()));
        }
    }

    @Nested
    class ReportWorkbookFile {

        XSSFWorkbook workbook(String query) throws Exception {
            HttpResponse<byte[]> r = get("/downloads/report.xlsx?" + query);
            assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (InputStream in = new ByteArrayInputStream(r.body())) {
                return new XSSFWorkbook(in);
            }
        }

        /** The sheet's rows as maps from header to cell, numbers as Double. */
        List<Map<String, Object>> rows(Sheet sheet) {
            Row header = sheet.getRow(0);
            List<Map<String, Object>> rows = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (Cell h : header) {
                    Cell c = sheet.getRow(r).getCell(h.getColumnIndex());
                    row.put(h.getStringCellValue(), c == null ? null
                            : c.getCellType() == CellType.NUMERIC ? (Object) c.getNumericCellValue()
                            : c.getCellType() == CellType.BOOLEAN ? (Object) c.getBooleanCellValue() : c.getStringCellValue());
                }
                rows.add(row);
            }
            return rows;
        }

        /** The answer at {@code path}; numbers are read as the workbook holds them, doubles (a missing one as 0). */
        <T> T answer(String document, String path, Class<T> type) {
            return graphQl.document(document).execute().path(path).entity(type).get();
        }

        record Cohesion(double actors, double ties, double density, double meanDegree, double giantComponentShare,
                        double averageClustering, double isolates) {
        }

        record OverallRatios(double industryAcademiaGovernment) {
        }

        record CollaborationRatios(OverallRatios overall) {
        }

        record ScopeCohesion(Cohesion cohesion, CollaborationRatios collaborationRatios) {
        }

        record Period(String label) {
        }

        record PointCohesion(double density, double ties) {
        }

        record PointCollaboration(double industryIndustry) {
        }

        record KpiPoint(Period period, PointCohesion cohesion, PointCollaboration collaboration) {
        }

        record Indicator(String name, double value, Double index, boolean networkDerived) {
        }

        record Area(List<Indicator> indicators) {
        }

        record ClusterScore(Ref cluster, double overallIndex, String grade, List<Area> areas) {
        }

        record Written(double actors, double ties, double memberships, double changed) {
        }

        record ImportRun(String id, String startedAt, String format, List<String> files, String by, double records,
                         Integer dataVersion, Written written) {
        }

        record ImportEdge(ImportRun node) {
        }

        record ImportLog(int totalCount, List<ImportEdge> edges) {
        }

        record Density(double density) {
        }

        record ClusterCohesion(Ref cluster, Density cohesion) {
        }

        record Actors(double actors) {
        }

        record WholeNetwork(Actors cohesion, List<ClusterCohesion> cohesionByCluster) {
        }

        @Test
        void clusterReportHoldsTheApisCohesionKpiAndScorecardNumbersAsNumbers() throws Exception {
            try (XSSFWorkbook book = workbook("clusterIds=TAMA&period=2006-2010")) {
                assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("About");
                ScopeCohesion scoped = answer("""
                        { network(scope: {clusterIds: ["TAMA"], asOf: "2010-12-31"}) { cohesion { actors ties density meanDegree
                          giantComponentShare averageClustering isolates } collaborationRatios { overall { industryAcademiaGovernment } } } }""",
                        "network", ScopeCohesion.class);
                Cohesion cohesion = scoped.cohesion();
                Map<String, Object> scope = rows(book.getSheet("Cohesion")).get(0);
                assertThat(scope.get("Scope")).isEqualTo("selected scope");
                assertThat(scope.get("Actors (count)")).isEqualTo(cohesion.actors());
                assertThat(scope.get("Ties (count)")).isEqualTo(cohesion.ties());
                assertThat(scope.get("Density (0-1)")).isEqualTo(cohesion.density());
                assertThat(scope.get("Mean degree (ties per actor)")).isEqualTo(cohesion.meanDegree());
                assertThat(scope.get("Giant component share (0-1)")).isEqualTo(cohesion.giantComponentShare());
                assertThat(scope.get("Average clustering (0-1)")).isEqualTo(cohesion.averageClustering());
                assertThat(scope.get("Isolates (actors)")).isEqualTo(cohesion.isolates());
                assertThat(rows(book.getSheet("Collaboration")).get(0).get("Industry-academia-government share (0-1)"))
                        .isEqualTo(scoped.collaborationRatios().overall().industryAcademiaGovernment());

                List<KpiPoint> points = graphQl.document("""
                        { network(scope: {clusterIds: ["TAMA"]}) { kpiSeries { points { period { label } cohesion { density ties }
                          collaboration { industryIndustry } } } } }""")
                        .execute().path("network.kpiSeries.points").entityList(KpiPoint.class).get();
                List<Map<String, Object>> kpiRows = rows(book.getSheet("KPI series"));
                assertThat(kpiRows).hasSize(points.size()).hasSize(3);
                for (int i = 0; i < kpiRows.size(); i++) {
                    KpiPoint p = points.get(i);
                    assertThat(kpiRows.get(i).get("Period")).isEqualTo(p.period().label());
                    assertThat(kpiRows.get(i).get("Density (0-1)")).isEqualTo(p.cohesion().density());
                    assertThat(kpiRows.get(i).get("Ties (count)")).isEqualTo(p.cohesion().ties());
                    assertThat(kpiRows.get(i).get("Industry-industry share (0-1)"))
                            .isEqualTo(p.collaboration().industryIndustry());
                }

                List<ClusterScore> scorecard = graphQl.document("""
                        { network { scorecard(period: "2006-2010") { clusters { cluster { id } overallIndex grade
                          areas { indicators { name value index networkDerived } } } } } }""")
                        .execute().path("network.scorecard.clusters").entityList(ClusterScore.class).get();
                List<Map<String, Object>> grades = rows(book.getSheet("Scorecard"));
                assertThat(grades).hasSize(scorecard.size());
                List<Map<String, Object>> indicators = rows(book.getSheet("Indicators"));
                int i = 0;
                for (ClusterScore c : scorecard) {
                    Map<String, Object> row = grades.stream().filter(g -> g.get("Cluster").equals(c.cluster().id()))
                            .findFirst().orElseThrow();
                    assertThat(row.get("Overall index (average = 100)")).isEqualTo(c.overallIndex());
                    assertThat(row.get("Grade (A-D)")).isEqualTo(String.valueOf(c.grade()));
                    for (Area area : c.areas()) {
                        for (Indicator indicator : area.indicators()) {
                            Map<String, Object> line = indicators.get(i++);
                            assertThat(line.get("Cluster")).isEqualTo(c.cluster().id());
                            assertThat(line.get("Indicator")).isEqualTo(indicator.name());
                            assertThat(line.get("Value (in its unit)")).isEqualTo(indicator.value());
                            assertThat(line.get("Index (average = 100)")).isEqualTo(indicator.index());
                            assertThat(line.get("Origin")).isEqualTo(indicator.networkDerived()
                                    ? "computed from the network" : "imported");
                        }
                    }
                }
                assertThat(indicators).hasSize(i);
            }
        }

        @Test
        void theImportsSheetListsTheApisImportLogWithCountsAsNumbers() throws Exception {
            try (XSSFWorkbook book = workbook("clusterIds=TAMA&period=2006-2010")) {
                ImportLog log = answer("""
                        { imports(first: 500) { totalCount edges { node { id startedAt format files by records dataVersion
                          written { actors ties memberships changed } } } } }""", "imports", ImportLog.class);
                List<Map<String, Object>> rows = rows(book.getSheet("Imports"));
                assertThat(log.totalCount()).isPositive();
                assertThat(rows).hasSize(log.edges().size());
                for (int i = 0; i < rows.size(); i++) {
                    ImportRun run = log.edges().get(i).node();
                    Map<String, Object> row = rows.get(i);
                    assertThat(row.get("Run id")).isEqualTo(run.id());
                    assertThat(row.get("Started (UTC)")).isEqualTo(run.startedAt());
                    assertThat(row.get("Format")).isEqualTo(run.format());
                    assertThat(row.get("Files")).isEqualTo(String.join(", ", run.files()));
                    assertThat(row.get("Records in the input (count)")).isEqualTo(run.records());
                    if (run.written() != null) {
                        assertThat(row.get("Actors created or changed (count)")).isEqualTo(run.written().actors());
                        assertThat(row.get("Ties created or changed (count)")).isEqualTo(run.written().ties());
                        assertThat(row.get("Records created or changed (count)")).isEqualTo(run.written().changed());
                    }
                }
                assertThat(rows).anySatisfy(r -> assertThat((String) r.get("By")).startsWith("demo network (seed "));
            }
        }

        @Test
        void wholeNetworkReportDefaultsToTheLatestPeriodAndListsEveryCluster() throws Exception {
            List<String> periods = graphQl.document("{ indicatorPeriods }").execute().path("indicatorPeriods")
                    .entityList(String.class).get();
            String latest = periods.get(periods.size() - 1);
            HttpResponse<byte[]> r = get("/downloads/report.xlsx");
            assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("kaonet-report-network-" + latest + ".xlsx");
            try (XSSFWorkbook book = workbook("")) {
                WholeNetwork byCluster = answer("{ network(scope: {asOf: \"" + (latest.substring(latest.length() - 4)) + "-12-31\"}) "
                        + "{ cohesion { actors } cohesionByCluster { cluster { id } cohesion { density } } } }", "network", WholeNetwork.class);
                List<Map<String, Object>> rows = rows(book.getSheet("Cohesion"));
                assertThat(rows.get(0).get("Actors (count)")).isEqualTo(byCluster.cohesion().actors());
                assertThat(rows).hasSize(1 + byCluster.cohesionByCluster().size());
                for (int i = 0; i < byCluster.cohesionByCluster().size(); i++) {
                    ClusterCohesion c = byCluster.cohesionByCluster().get(i);
                    assertThat(rows.get(i + 1).get("Scope")).isEqualTo(c.cluster().id());
                    assertThat(rows.get(i + 1).get("Density (0-1)")).isEqualTo(c.cohesion().density());
                }
            }
        }

        @Test
        void aReportWithDatesInItsScopeIsRefused() throws Exception {
            HttpResponse<byte[]> r = get("/downloads/report.xlsx?asOf=2005-01-01&period=2006-2010");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("parameter").asText()).isEqualTo("asOf");
        }
    }
}
