package io.kaonet.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.BrowserPageTest;
import io.kaonet.api.support.GeneratedCluster;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.writes.NetworkWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The map's exact betweenness as a job. The map sizes and ranks actors by betweenness; where the
 * exact values would take long (actors × ties above {@link MapController#EXACT_BETWEENNESS_WORK}) the
 * graph carries an estimate from sampled sources, the page says so, and a coordinator may compute the
 * exact values as a job (progress, Cancel); once it has succeeded the page draws the exact values.
 *
 * <p>The demo network is small enough for exact values at once, so this test writes a generated
 * cluster of its own (3,600 actors, 40,000 ties) that no other test reads, and deletes it with its
 * actors, ties and memberships before it ends. The whole network then has 4,901 actors (under the
 * map's default limit of 5,000) and its exact betweenness takes seconds (2.2·10^8 actors × ties, 4.5 s
 * on two loaded cores, about 1 s on two idle ones): Cancel is pressed at once, while the job is being
 * started (the page asks for it as soon as the job's id is known). (Twice the ties
 * make a drawing that keeps the browser's main thread busy for over 30 s, so that no script runs.)
 * What the job's box showed while it ran is recorded as it changes and checked once it has ended.
 */
class MapExactBetweennessPageIT extends BrowserPageTest {

    private static final Logger LOG = LoggerFactory.getLogger(MapExactBetweennessPageIT.class);
    private static final String CLUSTER = "it-map-betweenness";
    private static final int ACTORS = 3_600;
    private static final int TIES = 40_000;
    private static final GeneratedCluster GENERATED = new GeneratedCluster(CLUSTER, "Generated cluster (map betweenness test)",
            "it-map-b-", ACTORS, TIES, 20261208);
    private static final NumberFormat ENGLISH = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    private static final String JOB = "query($id: ID!) { job(id: $id) { state done total error } }";
    private static final String GRAPH = "query($scope: Scope) { network(scope: $scope) { graph {"
            + " nodes { actor { id } betweenness } betweenness { sampled pivots seed } } } }";
    private static final String BROKERS = "query($scope: Scope, $after: String) { network(scope: $scope) {"
            + " brokers(first: 500, after: $after) { pageInfo { hasNextPage endCursor }"
            + " edges { node { actor { id } normalizedBetweenness } } betweenness { sampled } } } }";

    @Autowired
    NetworkWriter writer;
    @Autowired
    Neo4jConnection connection;

    /** An actor as the graph and the brokers name it. */
    record ActorId(String id) {
    }

    /** A {@code GraphNode}'s betweenness. */
    record NodeBetweenness(ActorId actor, double betweenness) {
    }

    /** A {@code BetweennessMethod}. */
    record Method(boolean sampled, Integer pivots, Integer seed) {
    }

    /** A {@code NetworkGraph}: its nodes' betweenness and how it was computed. */
    record Graph(List<NodeBetweenness> nodes, Method betweenness) {
    }

    /** A broker's normalised betweenness. */
    record Broker(ActorId actor, double normalizedBetweenness) {
    }

    /** A broker edge. */
    record BrokerEdge(Broker node) {
    }

    /** A page's place. */
    record Page(boolean hasNextPage, String endCursor) {
    }

    /** A page of brokers. */
    record Brokers(Page pageInfo, List<BrokerEdge> edges, Method betweenness) {
    }

    /** A job as {@code job(id)} answers. */
    record JobAnswer(String state, double done, double total, String error) {
    }

    @Test
    void aCoordinatorCancelsTheExactBetweennessOfTheWholeNetworkThenComputesAClustersAndTheMapShowsTheApisValues() {
        List<String> ids = GENERATED.write(writer);
        List<String> jobs = new ArrayList<>();
        try {
            open("/map/");
            waitFor("the first drawing", "return window.kaonetMap && (window.kaonetMap.error || window.kaonetMap.firstPaintMs)");
            assertThat(js("return window.kaonetMap.error")).as("error on the page").isNull();

            // Anonymous: sampled values, said so, and no button to start a job.
            Graph whole = graph(null);
            assertThat(whole.betweenness()).isEqualTo(new Method(true, MapController.SAMPLED_PIVOTS, 1));
            assertShown(whole);
            assertThat(text("#betweenness-method")).isEqualTo("Sizes and ranks: betweenness estimated from 500 sampled actors,"
                    + " since the exact values take long for this many actors and ties. A coordinator can compute the exact values.");
            assertThat(browser().findElement(By.id("exact-betweenness")).isDisplayed()).isFalse();

            signIn(Role.COORDINATOR);
            waitFor("the button to compute exact values", "return !document.getElementById('exact-betweenness').hidden");
            assertThat(text("#betweenness-method")).doesNotContain("A coordinator can");

            // The whole network's exact betweenness, started and cancelled with the keyboard alone.
            tabTo("#exact-betweenness", 60);
            recordJobTexts();
            press(Keys.ENTER);
            // At once, while the job is being started: on an idle machine it takes about a second.
            tabTo("#betweenness-job .job-cancel", 3);
            press(Keys.ENTER);
            waitFor("the page to report the end", "return ['CANCELLED', 'SUCCEEDED', 'FAILED']"
                    + ".includes(document.getElementById('betweenness-job').dataset.state)");
            String cancelled = jobId();
            jobs.add(cancelled);
            JobAnswer stopped = job(cancelled);
            assertThat(stopped.state()).isEqualTo("CANCELLED");
            assertThat(stopped.error()).isEqualTo("cancelled");
            assertThat(stopped.done()).isPositive().isLessThan(stopped.total());
            assertThat(text("#betweenness-job .job-text")).isEqualTo("Cancelled after " + ENGLISH.format(stopped.done())
                    + " of " + ENGLISH.format(stopped.total()) + " steps: nothing was computed.");
            screenshot("map-betweenness-cancelled.png");
            // Nothing was computed: the map and the API still give the sample.
            assertThat(graph(null)).isEqualTo(whole);
            assertShown(whole);

            // The generated cluster alone: sampled too; its exact values computed to the end.
            long draws = ((Number) js("return window.kaonetMap.draws")).longValue();
            browser().findElement(By.cssSelector("#cluster-filter input[value='" + CLUSTER + "']")).click();
            waitFor("the cluster drawn", "return window.kaonetMap.draws > " + draws
                    + " && document.getElementById('status').dataset.nodes === '" + ACTORS + "'");
            Map<String, Object> scope = Map.of("clusterIds", List.of(CLUSTER));
            Graph sampled = graph(scope);
            assertThat(sampled.betweenness().sampled()).isTrue();
            assertShown(sampled);
            assertThat(browser().findElement(By.id("betweenness-job")).isDisplayed()).as("the whole network's job").isFalse();

            long started = System.nanoTime();
            recordJobTexts();
            browser().findElement(By.id("exact-betweenness")).click();
            waitForJob("the job to succeed and the exact values drawn", "return document.getElementById('betweenness-job')"
                    + ".dataset.state === 'SUCCEEDED' && window.kaonetMap.betweenness.sampled === false");
            LOG.info("Exact betweenness of {} actors and {} ties as a job, followed on the map: {} ms", ACTORS, TIES,
                    (System.nanoTime() - started) / 1_000_000);
            jobs.add(jobId());
            JobAnswer done = job(jobId());
            assertThat(done.state()).isEqualTo("SUCCEEDED");
            assertThat(done.done()).isPositive().isEqualTo(done.total());
            assertThat(text("#betweenness-job .job-text")).startsWith("Computed: " + ENGLISH.format(done.total()) + " steps in ");
            assertThat(recordedJobTexts()).as("what the job's box showed while it ran")
                    .anySatisfy(text -> assertThat(text).matches("Computing: [1-9][0-9,]* of " + ENGLISH.format(done.total())
                            + " steps done(, about [0-9,]+ s left)?"))
                    .last().isEqualTo(text("#betweenness-job .job-text"));

            Map<String, Double> exact = exactBrokers(scope);
            assertThat(exact).hasSize(ACTORS);
            Graph drawn = graph(scope);
            assertThat(drawn.betweenness()).isEqualTo(new Method(false, null, null));
            assertShown(drawn);
            assertThat(shownValues()).as("the page's values against network { brokers }").isEqualTo(exact);
            assertThat(text("#betweenness-method")).isEqualTo("Sizes and ranks: exact betweenness.");
            assertThat(browser().findElement(By.id("exact-betweenness")).isDisplayed()).isFalse();

            // The largest node and the panel's rank are the exact top broker's.
            String top = exact.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            assertThat(js("const cy = window.kaonetMap.cy; const max = Math.max(...cy.nodes().map((n) => n.data('size')));"
                    + " return cy.nodes().filter((n) => n.data('size') === max).map((n) => n.id())")).isEqualTo(List.of(top));
            js("window.kaonetMap.cy.$id(arguments[0]).emit('tap')", top);
            waitFor("the side panel", "return document.getElementById('panel').dataset.actor === '" + top + "'");
            assertThat(text("#panel-figures dt:nth-of-type(2)")).isEqualTo("Betweenness");
            assertThat(text("#panel-figures [data-figure='betweenness']"))
                    .isEqualTo(new BigDecimal(exact.get(top)).setScale(4, RoundingMode.HALF_UP) + " (rank 1 of " + ACTORS + ")");
            guideScreenshot("coordinator-map-exact-betweenness.png");
        } finally {
            jobs.forEach(this::stopJob);
            GENERATED.delete(writer, connection, ids);
        }
    }

    /** Checks that the page holds the graph's betweenness, exact or sampled, for every actor drawn. */
    private void assertShown(Graph graph) {
        assertThat(js("return window.kaonetMap.betweenness.sampled")).isEqualTo(graph.betweenness().sampled());
        Map<String, Double> api = new HashMap<>();
        graph.nodes().forEach(n -> api.put(n.actor().id(), n.betweenness()));
        assertThat(shownValues()).isEqualTo(api);
    }

    private Map<String, Double> shownValues() {
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) js("return window.kaonetMap.betweenness.values");
        Map<String, Double> values = new HashMap<>();
        shown.forEach((id, value) -> values.put(id, ((Number) value).doubleValue()));
        return values;
    }

    private Graph graph(Map<String, Object> scope) {
        return large().document(GRAPH).variable("scope", scope).execute().path("network.graph").entity(Graph.class).get();
    }

    /** Every actor's normalised exact betweenness as network { brokers } ranks them, page by page. */
    private Map<String, Double> exactBrokers(Map<String, Object> scope) {
        Map<String, Double> values = new HashMap<>();
        String after = null;
        do {
            Brokers page = large().document(BROKERS).variable("scope", scope).variable("after", after).execute()
                    .path("network.brokers").entity(Brokers.class).get();
            assertThat(page.betweenness().sampled()).isFalse();
            page.edges().forEach(e -> values.put(e.node().actor().id(), e.node().normalizedBetweenness()));
            after = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
        } while (after != null);
        return values;
    }

    /** The anonymous tester, taking answers of a few megabytes (a graph of thousands of actors). */
    private HttpGraphQlTester large() {
        return graphQl.mutate().webTestClient(client -> client.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 << 20)))
                .build();
    }

    /** Records every text the job's box shows from now on (the page polls the job every 300 ms). */
    private void recordJobTexts() {
        js("""
                window.kaonetJobTexts = [];
                const box = document.getElementById('betweenness-job');
                window.kaonetJobObserver?.disconnect();
                window.kaonetJobObserver = new MutationObserver(() => {
                  const text = box.querySelector('.job-text')?.textContent;
                  const texts = window.kaonetJobTexts;
                  if (text && texts[texts.length - 1] !== text) texts.push(text);
                });
                window.kaonetJobObserver.observe(box, { subtree: true, childList: true, characterData: true });""");
    }

    private List<String> recordedJobTexts() {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) js("return window.kaonetJobTexts");
        return texts;
    }

    /** Waits as {@link #waitFor} does; when it times out, says what the job's box showed, and what the API says of the job. */
    private void waitForJob(String what, String condition) {
        try {
            waitFor(what, condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("map-betweenness-failed.png");
            Object box = js("const b = document.getElementById('betweenness-job');"
                    + " return [b.hidden, JSON.stringify(b.dataset), b.textContent, window.kaonetMap.error].join(' | ')");
            String id = jobId();
            throw new AssertionError(e.getMessage() + "; the job's box: " + box + "; job(" + id + "): "
                    + ("null".equals(id) ? "none" : job(id)), e);
        }
    }

    private String text(String selector) {
        return browser().findElement(By.cssSelector(selector)).getText();
    }

    private String jobId() {
        return String.valueOf(js("return document.getElementById('betweenness-job').dataset.job"));
    }

    private JobAnswer job(String id) {
        return graphQl.document(JOB).variable("id", id).execute().path("job").entity(JobAnswer.class).get();
    }
}
