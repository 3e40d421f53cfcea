package io.kaonet.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.BrowserPageTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The introduction log page in Chromium: filtered by cluster and period it lists the API's
 * introductions and coordinator results, its chart counts the same introductions, results download
 * as CSV, and the page turns Japanese.
 */
class IntroductionLogPageIT extends BrowserPageTest {

    private static final String CLUSTER = "HAMAMATSU";
    private static final String COUNT = """
            query($c: ID, $f: Date, $t: Date) { introductions(clusterId: $c, from: $f, to: $t) { totalCount }
              coordinatorIntroductions(clusterId: $c, from: $f, to: $t) { coordinator { id } introductions collaborations } }""";

    @Test
    void showsTheApisLogAndResultsForAClusterAndPeriod() throws IOException {
        open("/workspace/introductions.html?cluster=" + CLUSTER);
        waitFor("the log", "return window.kaonetLog.error || window.kaonetLog.rows !== null");
        assertThat(js("return window.kaonetLog.error")).isNull();
        checkAgainstApi(null, null);
        assertEverythingCameFromThisServer();
        logFirstPaint("the introduction log page");
        guideScreenshot("coordinator-results.png");

        js("document.getElementById('from').value = '2006-01-01'; document.getElementById('to').value = '2010-12-31';");
        long loads = ((Number) js("return window.kaonetLog.loads")).longValue();
        browser().findElement(By.cssSelector("#filters button[type=submit]")).click();
        waitFor("the filtered log", "return window.kaonetLog.loads > " + loads + " && window.kaonetLog.rows !== null");
        waitFor("the filtered rows", "return window.kaonetLog.log.getDataCount() === window.kaonetLog.rows");
        checkAgainstApi("2006-01-01", "2010-12-31");

        forgetDownload("coordinator-results-" + CLUSTER + "-2006-01-01-2010-12-31.csv");
        browser().findElement(By.cssSelector("#results-downloads [data-download=csv]")).click();
        List<List<String>> csv = IsolatedFirmsPageIT.csv(downloaded("coordinator-results-" + CLUSTER + "-2006-01-01-2010-12-31.csv"));
        assertThat(csv.get(0)).containsExactly("Coordinator", "Coordinator id", "Introductions (count)", "Collaborations (count)",
                "No collaboration (count)", "Open (count)", "Collaboration share (0-1)", "Median days to collaboration (days)");
        assertThat(csv).hasSize(1 + ((Number) js("return window.kaonetLog.results")).intValue());

        new Select(browser().findElement(By.id("language"))).selectByValue("ja");
        waitFor("Japanese headers", "return document.querySelector('#results .tabulator-col-title').textContent === 'コーディネータ'");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("紹介の記録と成果");
    }

    @SuppressWarnings("unchecked")
    private void checkAgainstApi(String from, String to) {
        Map<String, Object> api = graphQl.document(COUNT).variable("c", CLUSTER).variable("f", from).variable("t", to)
                .execute().path("").entity(Map.class).get();
        int total = (Integer) ((Map<String, Object>) api.get("introductions")).get("totalCount");
        List<Map<String, Object>> records = (List<Map<String, Object>>) api.get("coordinatorIntroductions");
        assertThat(total).isPositive();
        assertThat(((Number) js("return window.kaonetLog.rows")).intValue())
                .as("rows for the filters %s", js("return JSON.stringify(window.kaonetLog.filters)")).isEqualTo(total);
        assertThat(((Number) js("return window.kaonetLog.log.getDataCount()")).intValue()).isEqualTo(total);
        List<Map<String, Object>> shown = (List<Map<String, Object>>) js(
                "return window.kaonetLog.resultsTable.getData().map((r) => ({id: r.id, introductions: r.introductions, "
                        + "collaborations: r.collaborations}))");
        assertThat(shown).hasSameSizeAs(records);
        for (int i = 0; i < records.size(); i++) {
            assertThat(shown.get(i).get("id")).isEqualTo(((Map<String, Object>) records.get(i).get("coordinator")).get("id"));
            assertThat(((Number) shown.get(i).get("introductions")).intValue()).isEqualTo(records.get(i).get("introductions"));
            assertThat(((Number) shown.get(i).get("collaborations")).intValue()).isEqualTo(records.get(i).get("collaborations"));
        }
        waitFor("the chart", "return !!window.kaonetLogChart");
        int charted = ((Number) js("return window.kaonetLogChart.data.datasets.flatMap((d) => d.data).reduce((a, b) => a + b, 0)"))
                .intValue();
        assertThat(charted).as("introductions in the chart").isEqualTo(total);
    }
}
