package io.kaonet.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.BrowserPageTest;
import io.kaonet.api.support.GeneratedCluster;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.writes.NetworkWriter;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's cohesion figures as a job. A column asks for them at once where the API says they
 * answer at once (network { cohesionReady }: cached, or a small scope); otherwise a coordinator
 * follows a COHESION job in the column (progress, Cancel) while the rest of the column is drawn, and
 * the figures shown once it has succeeded are the API's. A viewer, who may not start jobs, waits for
 * them as before.
 *
 * <p>The demo's clusters are small, so this test writes a generated cluster of its own (4,000 firms,
 * 40,000 ties: 4,000 distance sources × 44,000 actors and ties, six times the bound for an answer at
 * once) that no other test reads, and deletes it before it ends. Cancel is pressed at once, while the
 * job is being started (the page asks for it as soon as the job's id is known).
 */
class DashboardCohesionJobPageIT extends BrowserPageTest {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardCohesionJobPageIT.class);
    private static final String SMALL = "TAMA";
    private static final String CLUSTER = "it-dash-cohesion";
    private static final GeneratedCluster GENERATED = new GeneratedCluster(CLUSTER, "Generated cluster (dashboard cohesion job)",
            "it-dash-c-", 4_000, 40_000, 20261209);
    private static final NumberFormat ENGLISH = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    private static final String FIELDS = "actors ties density meanDegree components giantComponentShare averageClustering"
            + " transitivity meanDistance diameter mainCore meanTwoStepReach isolates";
    private static final String COLUMN = ".column[data-scope='%s']";

    @Autowired
    NetworkWriter writer;
    @Autowired
    Neo4jConnection connection;

    @Test
    void aCoordinatorCancelsALargeClustersCohesionThenFollowsItToItsEndAndTheColumnShowsTheApisFigures() {
        List<String> ids = GENERATED.write(writer);
        List<String> jobs = new ArrayList<>();
        try {
            assertThat(ready(SMALL)).as("a small cluster answers at once").isTrue();
            assertThat(ready(CLUSTER)).as("the generated cluster needs a job").isFalse();

            // A small scope: its figures at once, without a job.
            open("/dashboard/?cluster=" + SMALL);
            waitForDrawing(0);
            assertThat(js("return window.kaonetDashboard.columns[0].cohesionBy")).isEqualTo("at-once");
            assertThat(browser().findElement(By.cssSelector(column(SMALL) + " [data-job-box]")).isDisplayed()).isFalse();
            assertFigures(SMALL);

            signIn(Role.COORDINATOR);
            choose(CLUSTER);
            // Cancelled at once, while the job is being started.
            waitFor("the job's Cancel", "return document.querySelector(\"" + column(CLUSTER) + " .job-cancel\")");
            browser().findElement(By.cssSelector(column(CLUSTER) + " .job-cancel")).click();
            waitFor("the page to report the end", "const b = document.querySelector(\"" + column(CLUSTER)
                    + " [data-job-box]\"); return b.dataset.state && b.dataset.state !== 'RUNNING'");
            String cancelled = jobIn(CLUSTER);
            jobs.add(cancelled);
            Map<String, Object> stopped = job(cancelled);
            assertThat(stopped).containsEntry("state", "CANCELLED").containsEntry("error", "cancelled");
            long done = ((Number) stopped.get("done")).longValue();
            long total = ((Number) stopped.get("total")).longValue();
            // Stopped before its end (before its first step, the total may not be known yet).
            assertThat(done).isLessThanOrEqualTo(total);
            if (total > 0) {
                assertThat(done).isLessThan(total);
            }
            assertThat(text(column(CLUSTER) + " .job-text")).isEqualTo("Cancelled after " + ENGLISH.format(done) + " of "
                    + ENGLISH.format(total) + " steps: nothing was computed.");
            waitForDrawing(1);
            assertThat(browser().findElements(By.cssSelector(column(CLUSTER) + " table.cohesion"))).isEmpty();
            assertThat(browser().findElements(By.cssSelector(column(CLUSTER) + " canvas[data-chart='kpi-shares']")))
                    .as("the rest of the column is drawn").hasSize(1);
            assertThat(ready(CLUSTER)).as("nothing was computed").isFalse();

            // Shown again: a new job, followed to its end; the figures shown are the API's.
            long started = System.nanoTime();
            show();
            waitFor("the job to succeed and the figures", "const b = document.querySelector(\"" + column(CLUSTER)
                    + " [data-job-box]\"); return b.dataset.state === 'SUCCEEDED' && document.querySelector(\""
                    + column(CLUSTER) + " table.cohesion\")");
            LOG.info("Cohesion of 4,000 actors and 40,000 ties as a job, followed on the dashboard: {} ms",
                    (System.nanoTime() - started) / 1_000_000);
            String succeeded = jobIn(CLUSTER);
            jobs.add(succeeded);
            assertThat(succeeded).isNotEqualTo(cancelled);
            Map<String, Object> finished = job(succeeded);
            assertThat(finished).containsEntry("state", "SUCCEEDED");
            assertThat(((Number) finished.get("done")).longValue()).isPositive()
                    .isEqualTo(((Number) finished.get("total")).longValue());
            assertThat(text(column(CLUSTER) + " .job-text")).startsWith("Computed: "
                    + ENGLISH.format(((Number) finished.get("total")).longValue()) + " steps in ");
            waitForDrawing(2);
            assertThat(js("return window.kaonetDashboard.columns[0].cohesionBy")).isEqualTo("job");
            assertFigures(CLUSTER);
            guideScreenshot("analyst-dashboard-cohesion-job.png");

            // Computed once: now it answers at once, and the page asks for it without a job.
            assertThat(ready(CLUSTER)).isTrue();
            show();
            waitForDrawing(3);
            assertThat(js("return window.kaonetDashboard.columns[0].cohesionBy")).isEqualTo("at-once");
            assertThat(browser().findElement(By.cssSelector(column(CLUSTER) + " [data-job-box]")).isDisplayed()).isFalse();
            assertFigures(CLUSTER);

            // A viewer may not start jobs: on a scope not yet computed it waits for the figures, as before.
            browser().findElement(By.id("sign-out")).click();
            waitFor("signed out", "return document.getElementById('sign-in') && !document.getElementById('sign-in').hidden");
            String asOf = "2030-01-01";
            assertThat(ready(CLUSTER, asOf)).isFalse();
            js("document.getElementById('as-of').value = arguments[0]", asOf);
            show();
            waitForDrawing(4);
            assertThat(js("return window.kaonetDashboard.columns[0].cohesionBy")).isEqualTo("waiting");
            assertThat(js("return document.querySelector(arguments[0]).dataset.job", column(CLUSTER) + " [data-job-box]"))
                    .as("no job started").isNull();
            assertFigures(CLUSTER, asOf);
        } finally {
            jobs.forEach(this::stopJob);
            GENERATED.delete(writer, connection, ids);
        }
    }

    private static String column(String cluster) {
        return COLUMN.formatted(cluster);
    }

    /** Checks the generated cluster's box alone and presses Show. */
    private void choose(String cluster) {
        for (var box : browser().findElements(By.cssSelector("#scope-choice input"))) {
            if (box.isSelected() != cluster.equals(box.getAttribute("value"))) {
                box.click();
            }
        }
        show();
    }

    private void show() {
        browser().findElement(By.id("show")).click();
    }

    /** Waits until the page has finished drawing more times than {@code before}. */
    private void waitForDrawing(int before) {
        waitFor("the dashboard drawn", "const s = window.kaonetDashboard; return s && (s.error || (s.ready && s.draws > "
                + before + "))");
        assertThat(js("return window.kaonetDashboard.error")).as("error on the page").isNull();
    }

    private String text(String selector) {
        return browser().findElement(By.cssSelector(selector)).getText();
    }

    private String jobIn(String cluster) {
        return String.valueOf(js("return document.querySelector(arguments[0]).dataset.job", column(cluster) + " [data-job-box]"));
    }

    private boolean ready(String cluster) {
        return ready(cluster, null);
    }

    private boolean ready(String cluster, String asOf) {
        return graphQl.document("query($c: ID!, $d: Date) { network(scope: {clusterIds: [$c], asOf: $d}) { cohesionReady } }")
                .variable("c", cluster).variable("d", asOf).execute().path("network.cohesionReady").entity(Boolean.class).get();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> job(String id) {
        return graphQl.document("query($id: ID!) { job(id: $id) { state done total error } }").variable("id", id)
                .execute().path("job").entity(Map.class).get();
    }

    /** The column's cohesion table holds the API's network { cohesion } of the cluster, every figure. */
    private void assertFigures(String cluster) {
        assertFigures(cluster, null);
    }

    /** The same, for the scope as of a day (null: every tie). */
    @SuppressWarnings("unchecked")
    private void assertFigures(String cluster, String asOf) {
        Map<String, Object> api = graphQl.document("query($c: ID!, $d: Date) { network(scope: {clusterIds: [$c], asOf: $d}) {"
                + " cohesion { " + FIELDS + " } } }").variable("c", cluster).variable("d", asOf).execute()
                .path("network.cohesion").entity(Map.class).get();
        Map<String, String> shown = (Map<String, String>) js("""
                const out = {};
                for (const row of document.querySelectorAll(arguments[0] + ' table.cohesion tr[data-field]')) {
                  out[row.dataset.field] = row.querySelector('td[data-value]').dataset.value;
                }
                return out;""", column(cluster));
        assertThat(api).hasSize(FIELDS.split(" ").length);
        api.forEach((field, value) -> {
            if (value == null) {
                assertThat(shown.get(field)).as(field).isIn(null, "");
            } else {
                assertThat(Double.parseDouble(shown.get(field))).as(field)
                        .isCloseTo(((Number) value).doubleValue(), within(1e-12));
            }
        });
    }
}
