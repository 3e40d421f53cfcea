package io.kaonet.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.BrowserPageTest;
import io.kaonet.api.support.GeneratedCluster;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.writes.NetworkWriter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Long work as jobs (startAnalysisJob, job(id), cancelJob) on the pages: the workspace start page
 * computes a cluster's cohesion as a job a coordinator follows to its end (then the page shows the
 * API's figures) or cancels.
 *
 * <p>On the demo network a cluster's cohesion ends in well under a second, too fast to cancel by
 * hand. The cancelling test therefore writes a generated cluster of its own (9,900 actors, 200,000
 * ties: exact distances from every actor, billions of steps) that no other test reads, and deletes it
 * with its actors, ties and memberships before it ends, so the demo network is as it found it.
 */
class JobsPageIT extends BrowserPageTest {

    private static final String DEMO_CLUSTER = "HAMAMATSU";
    private static final String LARGE_CLUSTER = "it-jobs-large";
    private static final GeneratedCluster LARGE = new GeneratedCluster(LARGE_CLUSTER, "Generated cluster (jobs test)",
            "it-jobs-", 9_900, 200_000, 20261207);
    private static final NumberFormat ENGLISH = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    private static final String JOB = "query($id: ID!) { job(id: $id) { state done total error } }";

    @Autowired
    NetworkWriter writer;
    @Autowired
    Neo4jConnection connection;

    @Test
    void aCoordinatorFollowsAClustersCohesionToItsEndAndThePageShowsTheApisFigures() {
        open("/workspace/");
        signIn(Role.COORDINATOR);
        compute(DEMO_CLUSTER);
        waitFor("the job to succeed and the figures", "return document.getElementById('figures-job').dataset.state === 'SUCCEEDED'"
                + " && document.querySelectorAll('#figures dd').length > 0");

        Map<String, Object> job = job(String.valueOf(js("return document.getElementById('figures-job').dataset.job")));
        assertThat(job).containsEntry("state", "SUCCEEDED").containsEntry("error", null);
        long total = ((Number) job.get("total")).longValue();
        assertThat(total).isPositive().isEqualTo(((Number) job.get("done")).longValue());
        assertThat(js("return document.getElementById('figures-job').dataset.total")).isEqualTo(String.valueOf(total));
        assertThat(browser().findElement(By.cssSelector("#figures-job .job-text")).getText())
                .startsWith("Computed: " + ENGLISH.format(total) + " steps in ");
        assertThat(browser().findElement(By.cssSelector("#figures-job progress")).getAttribute("value")).isEqualTo("1");

        Map<String, Object> cohesion = graphQl.document("query($c: ID!) { network(scope: {clusterIds: [$c]}) { cohesion {"
                + " actors ties components giantComponentShare meanDistance diameter } } }")
                .variable("c", DEMO_CLUSTER).execute().path("network.cohesion").entity(Map.class).get();
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) js("return window.kaonetStart.figures");
        assertThat(shown.keySet()).isEqualTo(cohesion.keySet());
        cohesion.forEach((field, value) -> assertThat(((Number) shown.get(field)).doubleValue()).as(field)
                .isEqualTo(((Number) value).doubleValue()));
        for (String integer : List.of("actors", "ties", "components", "diameter")) {
            assertThat(browser().findElement(By.cssSelector("#figures dd[data-figure=" + integer + "]")).getText()).as(integer)
                    .isEqualTo(ENGLISH.format(((Number) cohesion.get(integer)).longValue()));
        }
        assertThat(browser().findElement(By.cssSelector("#figures dd[data-figure=giantComponentShare]")).getText())
                .isEqualTo(String.format(Locale.ENGLISH, "%.1f%%", 100 * ((Number) cohesion.get("giantComponentShare")).doubleValue())
                        .replace(".0%", "%"));
        guideScreenshot("coordinator-cohesion-job.png");
    }

    @Test
    void aCoordinatorCancelsARunningJobWithTheKeyboardAndTheApiAndThePageSayItWasCancelled() {
        List<String> ids = LARGE.write(writer);
        String id = null;
        try {
            open("/workspace/");
            signIn(Role.COORDINATOR);
            compute(LARGE_CLUSTER);
            waitFor("the job running with progress shown", "const b = document.getElementById('figures-job');"
                    + " return b.dataset.state === 'RUNNING' && Number(b.dataset.done) > 0"
                    + " && /Computing: .* steps done/.test(b.textContent)");
            id = String.valueOf(js("return document.getElementById('figures-job').dataset.job"));
            // The focus is still on Compute: one TAB reaches Cancel.
            tabTo("#figures-job .job-cancel", 3);
            press(Keys.ENTER);
            waitFor("the page to report the end", "return document.getElementById('figures-job').dataset.state !== 'RUNNING'");

            Map<String, Object> job = job(id);
            assertThat(job).containsEntry("state", "CANCELLED").containsEntry("error", "cancelled");
            long done = ((Number) job.get("done")).longValue();
            long total = ((Number) job.get("total")).longValue();
            assertThat(done).isPositive().isLessThan(total);
            assertThat(js("return document.getElementById('figures-job').dataset.state")).isEqualTo("CANCELLED");
            assertThat(browser().findElement(By.cssSelector("#figures-job .job-text")).getText())
                    .isEqualTo("Cancelled after " + ENGLISH.format(done) + " of " + ENGLISH.format(total)
                            + " steps: nothing was computed.");
            assertThat(browser().findElements(By.cssSelector("#figures dd"))).isEmpty();
            assertThat(browser().findElement(By.cssSelector("#figures-job .job-cancel")).isDisplayed()).isFalse();
            screenshot("workspace-job-cancelled.png");
        } finally {
            stopJob(id);
            LARGE.delete(writer, connection, ids);
        }
    }

    private void compute(String cluster) {
        waitFor("the cluster " + cluster + " offered",
                "return document.querySelector('#figures-cluster option[value=\"" + cluster + "\"]')");
        new Select(browser().findElement(By.id("figures-cluster"))).selectByValue(cluster);
        browser().findElement(By.cssSelector("#figures-form button[type=submit]")).click();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> job(String id) {
        return graphQl.document(JOB).variable("id", id).execute().path("job").entity(Map.class).get();
    }
}
