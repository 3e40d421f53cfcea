package io.kaonet.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.BrowserPageTest;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.writes.DataVersion;
import io.kaonet.queries.writes.NetworkWriter;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
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
    private static final int LARGE_ACTORS = 9_900;
    private static final int LARGE_TIES = 200_000;
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
        screenshot("workspace-cohesion-job");
    }

    @Test
    void aCoordinatorCancelsARunningJobWithTheKeyboardAndTheApiAndThePageSayItWasCancelled() {
        List<String> ids = writeLargeCluster();
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
            screenshot("workspace-job-cancelled");
        } finally {
            stop(id);
            writer.deleteActors(ids);
            DataVersion.deleteNodes(connection, "Cluster", "id", List.of(LARGE_CLUSTER));
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

    /** Cancels the job if it still runs (a failed assertion), and waits for it to stop. */
    private void stop(String id) {
        if (id == null || "null".equals(id)) {
            return;
        }
        as(Role.COORDINATOR).document("mutation($id: ID!) { cancelJob(id: $id) { state } }").variable("id", id).execute();
        long until = System.nanoTime() + 10_000_000_000L;
        while ("RUNNING".equals(job(id).get("state")) && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A random cluster of its own, written straight to the store; returns its actors' ids. */
    private List<String> writeLargeCluster() {
        SplittableRandom random = new SplittableRandom(20261207);
        List<Actor> actors = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < LARGE_ACTORS; i++) {
            String id = "it-jobs-" + i;
            ids.add(id);
            actors.add(Actor.of(id, "Generated firm " + i, ActorKind.COMPANY));
            memberships.add(new Membership(id, LARGE_CLUSTER, null, null));
        }
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < LARGE_TIES; i++) {
            int u = random.nextInt(LARGE_ACTORS);
            int v = random.nextInt(LARGE_ACTORS);
            if (u != v) {
                ties.add(new Tie(null, ids.get(u), ids.get(v), TieKind.ALLIANCE, null, null, 1, "JobsPageIT"));
            }
        }
        Cluster cluster = new Cluster(LARGE_CLUSTER, "Generated cluster (jobs test)", null, null, ClusterType.METROPOLITAN, null);
        writer.write(new NetworkBatch(actors, ties, List.of(cluster), memberships, List.of(), List.of()));
        return ids;
    }
}
