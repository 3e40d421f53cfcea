package io.kaonet.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.support.BrowserPageTest;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst dashboard and its printable report in Chromium, checked against the API's own
 * answers: the cohesion figures, the KPI chart data, what changed (with links to the actors), the
 * scorecard chart and table, and the communities, for two clusters side by side and the whole
 * network; the report printed with Chromium's print to PDF, read with PDFBox: every chart whole on
 * one page.
 */
class DashboardPageIT extends BrowserPageTest {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardPageIT.class);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String FROM = "2005-12-31";
    static final String TO = "2010-12-31";
    static final String PERIOD = "2006-2010";

    JsonNode api(String document) {
        return JSON.valueToTree(graphQl.document(document).execute().path("").entity(Map.class).get());
    }

    /** Countries of the scope the next checks use (null: every country). */
    String country;

    String scope(String cluster, String asOf) {
        List<String> parts = new ArrayList<>();
        if (cluster != null) {
            parts.add("clusterIds: [\"" + cluster + "\"]");
        }
        if (country != null) {
            parts.add("countries: [\"" + country + "\"]");
        }
        if (asOf != null) {
            parts.add("asOf: \"" + asOf + "\"");
        }
        return "{" + String.join(", ", parts) + "}";
    }

    JsonNode columnAnswer(String cluster, String asOf) {
        return api("{ network(scope: " + scope(cluster, asOf) + ") { cohesion { actors ties density meanDegree components"
                + " giantComponentShare averageClustering transitivity meanDistance diameter mainCore meanTwoStepReach isolates }"
                + " collaborationRatios { overall { industryIndustry industryAcademiaGovernment } } }"
                + " series: network(scope: " + scope(cluster, null) + ") { kpiSeries(periods: PHASES) { points { period { label }"
                + " cohesion { density giantComponentShare meanDegree isolates ties }"
                + " collaboration { industryIndustry industryAcademiaGovernment } } }"
                + " changes(from: \"" + FROM + "\", to: \"" + TO + "\") {"
                + " tiesFormed(first: 10) { totalCount edges { node { source { id } target { id } } } } } } }");
    }

    /** The page's figures of a column: field → the raw value it shows. */
    @SuppressWarnings("unchecked")
    Map<String, String> figures(String selector) {
        return (Map<String, String>) js("""
                const out = {};
                for (const row of document.querySelectorAll(arguments[0] + ' table.cohesion tr[data-field]')) {
                  out[row.dataset.field] = row.querySelector('td[data-value]').dataset.value;
                }
                return out;""", selector);
    }

    /** A chart's data sets as {key: [values]}. */
    @SuppressWarnings("unchecked")
    Map<String, List<Object>> chart(String selector) {
        return (Map<String, List<Object>>) js("""
                const chart = Chart.getChart(document.querySelector(arguments[0]));
                const out = {};
                for (const d of chart.data.datasets) out[d.key] = d.data;
                out.labels = chart.data.labels;
                return out;""", selector);
    }

    static void assertSameNumber(Object shown, JsonNode expected, String what) {
        if (expected.isNull()) {
            assertThat(shown).as(what).isIn(null, "");
        } else {
            assertThat(Double.parseDouble(String.valueOf(shown))).as(what).isCloseTo(expected.asDouble(), within(1e-12));
        }
    }

    void checkColumn(String cluster) {
        String selector = ".column[data-scope='" + (cluster == null ? "network" : cluster) + "']";
        JsonNode answer = columnAnswer(cluster, null);
        Map<String, String> shown = figures(selector);
        JsonNode cohesion = answer.at("/network/cohesion");
        cohesion.fieldNames().forEachRemaining(f -> assertSameNumber(shown.get(f), cohesion.get(f), selector + " " + f));
        JsonNode ratios = answer.at("/network/collaborationRatios/overall");
        ratios.fieldNames().forEachRemaining(f -> assertSameNumber(shown.get(f), ratios.get(f), selector + " " + f));

        Map<String, List<Object>> shares = chart(selector + " canvas[data-chart='kpi-shares']");
        Map<String, List<Object>> counts = chart(selector + " canvas[data-chart='kpi-counts']");
        JsonNode points = answer.at("/series/kpiSeries/points");
        assertThat(shares.get("labels")).hasSize(points.size());
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            assertThat(shares.get("labels").get(i)).isEqualTo(p.at("/period/label").asText());
            for (String f : List.of("density", "giantComponentShare")) {
                assertSameNumber(shares.get(f).get(i), p.at("/cohesion/" + f), selector + " chart " + f);
            }
            for (String f : List.of("industryIndustry", "industryAcademiaGovernment")) {
                assertSameNumber(shares.get(f).get(i), p.at("/collaboration/" + f), selector + " chart " + f);
            }
            for (String f : List.of("meanDegree", "isolates", "ties")) {
                assertSameNumber(counts.get(f).get(i), p.at("/cohesion/" + f), selector + " chart " + f);
            }
        }

        @SuppressWarnings("unchecked")
        List<String> formed = (List<String>) js("return [...document.querySelector(arguments[0] + ' .changes-box .change')"
                + ".querySelectorAll('a[data-actor]')].map((a) => a.dataset.actor)", selector);
        List<String> expected = new ArrayList<>();
        answer.at("/series/changes/tiesFormed/edges").forEach(e -> {
            expected.add(e.at("/node/source/id").asText());
            expected.add(e.at("/node/target/id").asText());
        });
        assertThat(formed).as(selector + " ties formed").isEqualTo(expected);
        assertThat(texts(selector + " .changes-box .change h5").get(0))
                .contains("(" + answer.at("/series/changes/tiesFormed/totalCount").asInt() + ")");
        String href = (String) js("return document.querySelector(arguments[0] + ' a[data-actor]').href", selector);
        assertThat(href).endsWith("/workspace/actor.html?id=" + expected.get(0));
    }

    @Test
    void twoClustersSideBySideAndTheWholeNetworkShowTheApisFiguresAndChartData() {
        open("/dashboard/");
        waitFor("the first drawing", "return window.kaonetDashboard && (window.kaonetDashboard.error || window.kaonetDashboard.ready)");
        assertThat(js("return window.kaonetDashboard.error")).as("error on the page").isNull();
        LOG.info("Dashboard, whole network: first drawing done {} ms after navigation (drawing itself {} ms)",
                js("return Math.round(window.kaonetDashboard.firstPaintMs)"), js("return Math.round(window.kaonetDashboard.lastDrawMs)"));
        browser().findElement(By.cssSelector("#scope-choice input[value='TAMA']")).click();
        browser().findElement(By.cssSelector("#scope-choice input[value='HOKKAIDO']")).click();
        js("document.getElementById('period').value = arguments[0]", PERIOD);
        browser().findElement(By.id("show")).click();
        waitFor("the second drawing", "return window.kaonetDashboard.draws >= 2 && window.kaonetDashboard.ready "
                + "|| window.kaonetDashboard.error");
        assertThat(js("return window.kaonetDashboard.error")).as("error on the page").isNull();
        LOG.info("Dashboard, whole network, TAMA and HOKKAIDO (warm): drawn in {} ms",
                js("return Math.round(window.kaonetDashboard.lastDrawMs)"));
        assertThat(texts(".column h3")).hasSize(3);

        checkColumn(null);
        checkColumn("TAMA");
        checkColumn("HOKKAIDO");

        JsonNode scorecard = api("{ network { scorecard(period: \"" + PERIOD + "\") { clusters { cluster { id } overallIndex grade"
                + " areas { indicators { name networkDerived indexMissingBecause } } } } } }");
        Map<String, List<Object>> bars = chart("canvas[data-chart='scorecard']");
        JsonNode clusters = scorecard.at("/network/scorecard/clusters");
        assertThat(bars.get("labels")).hasSize(clusters.size());
        for (int i = 0; i < clusters.size(); i++) {
            JsonNode c = clusters.get(i);
            assertThat(bars.get("labels").get(i)).isEqualTo(c.at("/cluster/id").asText());
            assertSameNumber(bars.get("overall").get(i), c.get("overallIndex"), "overall index " + c.at("/cluster/id"));
            assertThat(browser().findElement(By.cssSelector("table.grades tr[data-cluster='" + c.at("/cluster/id").asText()
                    + "'] td[data-grade]")).getAttribute("data-grade")).isEqualTo(c.get("grade").asText());
        }
        for (JsonNode c : clusters) {
            String id = c.at("/cluster/id").asText();
            List<WebElement> rows = browser().findElements(By.cssSelector("table.indicators tr[data-cluster='" + id + "']"));
            if (!id.equals("TAMA") && !id.equals("HOKKAIDO")) {
                assertThat(rows).as("indicators of unchosen " + id).isEmpty();
                continue;
            }
            List<JsonNode> indicators = new ArrayList<>();
            c.get("areas").forEach(a -> a.get("indicators").forEach(indicators::add));
            assertThat(rows).hasSize(indicators.size());
            for (int i = 0; i < rows.size(); i++) {
                JsonNode indicator = indicators.get(i);
                assertThat(rows.get(i).getAttribute("data-indicator")).isEqualTo(indicator.get("name").asText());
                assertThat(rows.get(i).findElement(By.cssSelector("td[data-origin]")).getAttribute("data-origin"))
                        .isEqualTo(indicator.get("networkDerived").asBoolean() ? "computed" : "imported");
                List<WebElement> missing = rows.get(i).findElements(By.cssSelector("td[data-missing]"));
                if (indicator.get("indexMissingBecause").isNull()) {
                    assertThat(missing).isEmpty();
                } else {
                    assertThat(missing.get(0).getAttribute("data-missing")).isEqualTo(indicator.get("indexMissingBecause").asText());
                    assertThat(missing.get(0).getText()).contains("negative");
                }
            }
        }

        JsonNode communities = api("{ network { communities { count agreementWithClusters { normalizedMutualInformation } } } }");
        assertSameNumber(js("return document.querySelector(\"tr[data-figure='count'] td[data-value]\").dataset.value"),
                communities.at("/network/communities/count"), "communities");
        assertSameNumber(js("return document.querySelector(\"tr[data-figure='nmi'] td[data-value]\").dataset.value"),
                communities.at("/network/communities/agreementWithClusters/normalizedMutualInformation"), "NMI");

        assertThat(browser().findElements(By.cssSelector("#download-links li"))).hasSize(3);
        assertThat(browser().findElement(By.cssSelector("#download-links li[data-scope='TAMA'] a[data-format='GEXF']"))
                .getAttribute("href")).contains("/downloads/network?format=GEXF&clusterIds=TAMA");
        assertEverythingCameFromThisServer();
        guideScreenshot("dashboard.png");
    }

    @Test
    void aCountryScopeGivesTheApisFiguresForActorsOfThatCountry() {
        open("/dashboard/?country=DE");
        waitFor("the drawing", "return window.kaonetDashboard && (window.kaonetDashboard.error || window.kaonetDashboard.ready)");
        assertThat(js("return window.kaonetDashboard.error")).as("error on the page").isNull();
        assertThat(js("return document.getElementById('countries').value")).isEqualTo("DE");
        country = "DE";
        checkColumn(null);
        int all = api("{ network { cohesion { actors } } }").at("/network/cohesion/actors").asInt();
        assertThat(Integer.parseInt(figures(".column[data-scope='network']").get("actors"))).isPositive().isLessThan(all);
        assertThat(browser().findElement(By.cssSelector("#download-links a[data-format='GEXF']")).getAttribute("href"))
                .contains("countries=DE");
    }

    @Test
    void inJapaneseTheFiguresAreNamedInJapanese() {
        open("/dashboard/?cluster=SHIKOKU");
        js("localStorage.setItem('kaonet.language', 'ja')");
        open("/dashboard/?cluster=SHIKOKU");
        waitFor("the drawing", "return window.kaonetDashboard && (window.kaonetDashboard.error || window.kaonetDashboard.ready)");
        assertThat(js("return window.kaonetDashboard.error")).isNull();
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("クラスター・ダッシュボード");
        assertThat(texts(".column[data-scope='SHIKOKU'] tr[data-field='density'] td").get(0)).isEqualTo("密度");
        assertThat(js("return document.documentElement.lang")).isEqualTo("ja");
    }

    /** Pixels that are neither white nor grey: the actors drawn in their kinds' colours. */
    static int colouredPixels(BufferedImage image) {
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    coloured++;
                }
            }
        }
        return coloured;
    }

    @Test
    void theReportPrintsToPdfWithEveryChartWholeOnOnePage() throws Exception {
        open("/dashboard/report.html?cluster=TAMA&period=" + PERIOD);
        waitFor("the report", "return window.kaonetReport && (window.kaonetReport.error || window.kaonetReport.ready)");
        assertThat(js("return window.kaonetReport.error")).as("error on the page").isNull();
        JsonNode asOf = api("{ network { scorecard(period: \"" + PERIOD + "\") { asOf } } }").at("/network/scorecard/asOf");
        JsonNode answer = columnAnswer("TAMA", asOf.asText());
        Map<String, String> shown = figures("#cohesion");
        JsonNode cohesion = answer.at("/network/cohesion");
        cohesion.fieldNames().forEachRemaining(f -> assertSameNumber(shown.get(f), cohesion.get(f), "report " + f));
        long canvases = (Long) js("return document.querySelectorAll('canvas').length");
        assertThat(canvases).isEqualTo(3);
        // The network map is a picture of the API's graph of the scope on the report's day.
        JsonNode graph = api("{ network(scope: " + scope("TAMA", asOf.asText()) + ") { graph { nodes { id } ties { sourceId } } } }")
                .at("/network/graph");
        assertThat(js("const i = document.getElementById('map-image'); return [i.complete, i.naturalWidth, i.naturalHeight,"
                + " i.src.startsWith('data:image/png'), i.dataset.nodes, i.dataset.ties]"))
                .isEqualTo(List.of(true, 1500L, 1000L, true, String.valueOf(graph.path("nodes").size()),
                        String.valueOf(graph.path("ties").size())));
        // Provenance: the API's import log, newest first.
        JsonNode imports = api("{ imports(first: 20) { edges { node { id written { changed } } } } }").at("/imports/edges");
        List<String> runIds = new ArrayList<>();
        imports.forEach(e -> runIds.add(e.at("/node/id").asText()));
        assertThat(js("return [...document.querySelectorAll('#imports tbody tr')].map((r) => r.dataset.id)")).isEqualTo(runIds);
        assertThat(runIds).isNotEmpty();

        Map<String, Object> pdf = ((HasCdp) browser()).executeCdpCommand("Page.printToPDF",
                Map.of("printBackground", true, "preferCSSPageSize", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Path folder = screenshot("report-screen.png").getParent();
        Files.write(folder.resolve("report.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).as("pages").isGreaterThanOrEqualTo(2);
            // A chart is a canvas, printed as an image, and the map is an image; one cut across pages would be drawn on both.
            int placed = 0;
            List<BufferedImage> maps = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        placed++;
                        if (image.getWidth() == 1500 && image.getHeight() == 1000) {
                            maps.add(image.getImage());
                        }
                    }
                }
            }
            assertThat(placed).as("chart and map images over all pages").isEqualTo((int) canvases + 1);
            assertThat(maps).as("the map image, once").hasSize(1);
            assertThat(colouredPixels(maps.get(0))).as("coloured pixels of the printed map").isGreaterThan(1_000);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int p = 0; p < Math.min(2, document.getNumberOfPages()); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 60);
                Path png = folder.resolve("report-page-" + (p + 1) + ".png");
                ImageIO.write(image, "png", png.toFile());
                if (Boolean.getBoolean("kaonet.guide-screenshots")) {
                    Path docs = folder.getParent().getParent().getParent().resolve("docs").resolve("images");
                    Files.createDirectories(docs);
                    Files.copy(png, docs.resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
