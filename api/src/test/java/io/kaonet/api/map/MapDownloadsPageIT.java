package io.kaonet.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.support.BrowserPageTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The map's download block in Chromium: after choosing a cluster and a year on the map, its links
 * give the files of exactly that scope and date, with the format's media type and file name, and
 * the actors and ties the API's {@code graph} of the same scope has; the GEXF link is clicked and
 * saved by the browser; the Excel link gives the report workbook of the scope.
 */
class MapDownloadsPageIT extends BrowserPageTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCOPE = "{clusterIds: [\"TAMA\"], asOf: \"2005-12-31\"}";

    JsonNode api(String document) {
        return JSON.valueToTree(graphQl.document(document).execute().path("").entity(Map.class).get());
    }

    HttpResponse<byte[]> fetch(String href) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    String href(String format) {
        return browser().findElement(By.cssSelector("#download-links a[data-format='" + format + "']")).getAttribute("href");
    }

    /** A tie as the unordered pair of its ends' ids. */
    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** The node ids and the tie pairs of a GEXF or GraphML file. */
    static List<Set<String>> xmlGraph(byte[] bytes) throws Exception {
        Document doc = xml(bytes);
        Set<String> nodes = new TreeSet<>();
        NodeList ns = doc.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < ns.getLength(); i++) {
            nodes.add(((Element) ns.item(i)).getAttribute("id"));
        }
        Set<String> ties = new HashSet<>();
        NodeList es = doc.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < es.getLength(); i++) {
            Element e = (Element) es.item(i);
            ties.add(pair(e.getAttribute("source"), e.getAttribute("target")));
        }
        return List.of(nodes, ties);
    }

    /** The node ids (labels) and the tie pairs of a Pajek file. */
    static List<Set<String>> pajekGraph(String text) {
        List<String> labels = new ArrayList<>();
        Set<String> ties = new HashSet<>();
        boolean inVertices = false;
        for (String line : text.split("\r\n")) {
            if (line.startsWith("*Vertices")) {
                inVertices = true;
            } else if (line.startsWith("*")) {
                inVertices = false;
            } else if (inVertices) {
                labels.add(line.substring(line.indexOf('"') + 1, line.lastIndexOf('"')));
            } else if (!line.isBlank()) {
                String[] p = line.split(" ");
                ties.add(pair(labels.get(Integer.parseInt(p[0]) - 1), labels.get(Integer.parseInt(p[1]) - 1)));
            }
        }
        return List.of(new TreeSet<>(labels), ties);
    }

    /** The node ids and the tie pairs of the CSV zip (nodes.csv and edges.csv; the demo's ids hold no comma or quote). */
    static List<Set<String>> csvGraph(byte[] zip) throws Exception {
        Map<String, List<String[]>> tables = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                List<String[]> rows = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                    if (!line.isBlank()) {
                        rows.add(line.split(",", -1));
                    }
                }
                tables.put(e.getName(), rows);
            }
        }
        assertThat(tables).containsOnlyKeys("nodes.csv", "edges.csv");
        Set<String> nodes = new TreeSet<>();
        tables.get("nodes.csv").stream().skip(1).forEach(r -> nodes.add(r[0]));
        List<String> header = List.of(tables.get("edges.csv").get(0));
        int s = header.indexOf("source");
        int t = header.indexOf("target");
        Set<String> ties = new HashSet<>();
        tables.get("edges.csv").stream().skip(1).forEach(r -> ties.add(pair(r[s], r[t])));
        return List.of(nodes, ties);
    }

    static void assertFile(HttpResponse<byte[]> r, String type, String fileName) {
        assertThat(r.statusCode()).as(fileName).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).as(fileName + " type").hasValue(type);
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).as(fileName + " name")
                .startsWith("attachment;").contains("filename=\"" + fileName + "\"");
    }

    @Test
    void theDownloadLinksGiveTheFilesOfTheClusterAndYearTheMapShows() throws Exception {
        open("/map/");
        waitFor("the first drawing", "return window.kaonetMap.error || (window.kaonetMap.draws >= 1"
                + " && document.querySelector('#cluster-filter input[value=\"TAMA\"]'))");
        assertThat(js("return window.kaonetMap.error")).isNull();
        assertThat(href("GEXF")).as("the whole network at first").endsWith("/downloads/network?format=GEXF&metrics="
                + "DEGREE%2CBETWEENNESS%2CCONSTRAINT%2CEFFECTIVE_SIZE%2CCOMMUNITY%2CCORE_NUMBER%2CLOCAL_CLUSTERING");

        browser().findElement(By.cssSelector("#cluster-filter input[value='TAMA']")).click();
        js("""
                const year = document.getElementById('year');
                year.value = '2005';
                year.dispatchEvent(new Event('input'));
                year.dispatchEvent(new Event('change'));""");
        waitFor("the links of TAMA as of 2005", "return document.getElementById('download-links').dataset.scope"
                + " === JSON.stringify({ clusterIds: ['TAMA'], asOf: '2005-12-31' })");

        JsonNode graph = api("{ network(scope: " + SCOPE + ") { graph { nodes { id } ties { sourceId targetId } } } }")
                .at("/network/graph");
        Set<String> actors = new TreeSet<>();
        graph.path("nodes").forEach(n -> actors.add(n.path("id").asText()));
        Set<String> ties = new HashSet<>();
        graph.path("ties").forEach(t -> ties.add(pair(t.path("sourceId").asText(), t.path("targetId").asText())));
        assertThat(actors).isNotEmpty();
        assertThat(ties).isNotEmpty();
        String base = "kaonet-TAMA-2005-12-31";

        HttpResponse<byte[]> gexf = fetch(href("GEXF"));
        assertFile(gexf, "application/gexf+xml", base + ".gexf");
        assertThat(xmlGraph(gexf.body())).containsExactly(actors, ties);
        HttpResponse<byte[]> graphml = fetch(href("GRAPHML"));
        assertFile(graphml, "application/graphml+xml", base + ".graphml");
        assertThat(xmlGraph(graphml.body())).containsExactly(actors, ties);
        HttpResponse<byte[]> pajek = fetch(href("PAJEK"));
        assertFile(pajek, "text/plain;charset=UTF-8", base + ".net");
        assertThat(pajekGraph(new String(pajek.body(), StandardCharsets.UTF_8))).containsExactly(actors, ties);
        HttpResponse<byte[]> csv = fetch(href("CSV"));
        assertFile(csv, "application/zip", base + "-csv.zip");
        assertThat(csvGraph(csv.body())).containsExactly(actors, ties);

        // The browser saves what the link gives: the same file.
        forgetDownload(base + ".gexf");
        browser().findElement(By.cssSelector("#download-links a[data-format='GEXF']")).click();
        assertThat(Files.readAllBytes(downloaded(base + ".gexf"))).isEqualTo(gexf.body());

        // The workbook covers the scope without its date (its dates come from the scorecard period).
        JsonNode periods = api("{ indicatorPeriods }").path("indicatorPeriods");
        String period = periods.get(periods.size() - 1).asText();
        String asOf = api("{ network { scorecard(period: \"" + period + "\") { asOf } } }").at("/network/scorecard/asOf").asText();
        HttpResponse<byte[]> xlsx = fetch(href("XLSX"));
        assertFile(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "kaonet-report-TAMA-" + period + ".xlsx");
        int expectedActors = api("{ network(scope: {clusterIds: [\"TAMA\"], asOf: \"" + asOf + "\"}) { cohesion { actors } } }")
                .at("/network/cohesion/actors").asInt();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet cohesion = book.getSheet("Cohesion");
            Row header = cohesion.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Actors (count)");
            assertThat(cohesion.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(expectedActors);
            assertThat(book.getSheet("About").getRow(1).getCell(1).getStringCellValue()).isEqualTo("clusters: TAMA");
        }
    }
}
