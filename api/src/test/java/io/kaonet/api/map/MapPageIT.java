package io.kaonet.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.BrowserPageTest;
import io.kaonet.api.support.DemoProjection;
import io.kaonet.core.bridges.CrossIndustryTies;
import io.kaonet.core.bridges.TieRole;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.isolation.IsolatedFirms;
import io.kaonet.core.isolation.IsolationReason;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The map page in a real headless Chromium (Debian's chromium and chromedriver), driven by
 * Selenium against this test's server: it draws the demo network, filters it by cluster, finds and
 * selects an actor, and shows its figures; each highlight marks what the graph-core analysis finds
 * on the demo network, and nothing once switched off. The browser is the page tests' shared one
 * ({@link BrowserPageTest}: skipped without chromium, unless CI requires it).
 */
class MapPageIT extends BrowserPageTest {

    private static final Logger LOG = LoggerFactory.getLogger(MapPageIT.class);

    @Test
    void drawsTheDemoNetworkFiltersItAndShowsASelectedActor() {
        open("/map");

        waitFor("the first drawing", "return window.kaonetMap && (window.kaonetMap.error || window.kaonetMap.firstPaintMs)");
        assertThat(js("return window.kaonetMap.error")).as("error on the page").isNull();
        Map<?, ?> timing = (Map<?, ?>) js("const m = window.kaonetMap; "
                + "return {data: m.loadedMs, drawn: m.firstDrawMs, painted: m.firstPaintMs};");
        LOG.info("Map page: graph data after {} ms, first drawing (layout stop) {} ms, painted {} ms after navigation",
                round(timing.get("data")), round(timing.get("drawn")), round(timing.get("painted")));
        int actors = actorCount(null);
        assertThat(drawnNodes()).as("actors drawn").isEqualTo(actors);
        String cluster = smallestClusterOfAtLeast(20);
        waitFor("the cluster filter", "return document.querySelector(\"#cluster-filter input[value='" + cluster + "']\")");
        waitFor("the cluster names", "return document.querySelector('#cluster-labels span')");
        screenshot("map-demo.png");

        int inCluster = actorCount(cluster);
        assertThat(inCluster).isPositive().isLessThan(actors);
        long draws = drawCount();
        browser().findElement(By.cssSelector("#cluster-filter input[value='" + cluster + "']")).click();
        waitFor("the filtered drawing", "return window.kaonetMap.draws > " + draws);
        assertThat(drawnNodes()).as("actors drawn in %s", cluster).isEqualTo(inCluster);

        DrawnNode actor = busiestActor(cluster);
        String name = actor.actor().name();
        WebElement search = browser().findElement(By.id("search"));
        search.sendKeys(name);
        waitFor("suggestions", "return !document.getElementById('suggestions').hidden");
        search.sendKeys(Keys.ENTER);
        waitFor("the side panel", "return !document.getElementById('panel').hidden");
        assertThat(browser().findElement(By.id("panel-name")).getText()).isEqualTo(name);
        assertThat(browser().findElement(By.cssSelector("#panel-figures [data-figure='degree']")).getText())
                .isEqualTo(String.valueOf(actor.degree()));
        assertThat(js("return window.kaonetMap.cy.$(':selected').map(n => n.id())")).isEqualTo(List.of(actor.actor().id()));
        screenshot("map-selected.png");
    }

    @Test
    void countryFilterListsTheNetworksCountriesAndDrawsTheActorsOfTheTickedOne() {
        open("/map");
        waitFor("the first drawing", "return window.kaonetMap && (window.kaonetMap.error || window.kaonetMap.firstPaintMs)");
        List<String> countries = graphQl.document("{ network { graph(maxActors: 20000) { nodes { actor { country } } } } }")
                .execute().path("network.graph.nodes[*].actor.country").entityList(String.class).get().stream()
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        assertThat(countries).isNotEmpty();
        waitFor("the country filter", "return document.querySelector('#country-filter input')");
        assertThat(js("return [...document.querySelectorAll('#country-filter input')].map(b => b.value)"))
                .isEqualTo(countries);

        String country = countries.get(0);
        int expected = graphQl.document("query($c: [String!]) { network(scope: {countries: $c}) { summary { actors } } }")
                .variable("c", List.of(country)).execute().path("network.summary.actors").entity(Integer.class).get();
        long draws = drawCount();
        browser().findElement(By.cssSelector("#country-filter input[value='" + country + "']")).click();
        waitFor("the filtered drawing", "return window.kaonetMap.draws > " + draws);
        assertThat(drawnNodes()).as("actors drawn in %s", country).isEqualTo(expected);
    }

    @Test
    void eachHighlightMarksWhatTheAnalysisFindsAndClearsWhenSwitchedOff() {
        open("/map");
        waitFor("the highlight toggles", "return window.kaonetMap.error || document.querySelector(\"#highlights input[value='interCluster']\")");
        assertThat(js("return window.kaonetMap.error")).as("error on the page").isNull();
        CollaborationGraph graph = DemoProjection.graph();
        int topBrokers = ((Number) ((JavascriptExecutor) browser()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const main = document.querySelector('script[type=module]').src;
                import(new URL('highlights.js', main).href).then((m) => done(m.TOP_BROKERS), (e) => done(String(e)));
                """)).intValue();
        assertThat(topBrokers).isPositive();

        Set<String> brokers = switchOn("brokers");
        assertThat(brokers).as("actors marked as brokers").isEqualTo(topByBetweenness(graph, topBrokers));
        assertThat(marked("edges", "brokers")).as("ties marked as brokers").isEmpty();
        assertThat(marked("nodes", "highlighted")).isEqualTo(brokers);
        assertThat(marked("nodes", "dimmed")).hasSize(graph.nodeCount() - topBrokers);
        switchOff("brokers");

        Set<String> bridges = bridges(graph);
        assertThat(bridges).isNotEmpty();
        assertThat(switchOn("bridges")).as("their ends").isEqualTo(ends(bridges));
        assertThat(marked("edges", "bridges")).as("ties marked as cross-industry bridges").isEqualTo(bridges);
        switchOff("bridges");

        Set<String> links = interClusterTies(graph);
        assertThat(links).isNotEmpty();
        assertThat(switchOn("interCluster")).as("their ends").isEqualTo(ends(links));
        assertThat(marked("edges", "interCluster")).as("ties marked as inter-cluster links").isEqualTo(links);
        assertThat(marked("edges", "highlighted")).isEqualTo(links);

        // Two at once: each keeps its own marks, the drawing shows both.
        switchOn("bridges");
        assertThat(marked("edges", "bridges")).isEqualTo(bridges);
        assertThat(marked("edges", "interCluster")).isEqualTo(links);
        assertThat(marked("edges", "highlighted")).isEqualTo(union(bridges, links));
        switchOff("interCluster");
        assertThat(marked("edges", "highlighted")).isEqualTo(bridges);
        switchOff("bridges");

        assertThat(switchOn("isolated")).as("firms ringed as isolated").isEqualTo(cutOffFirms(graph))
                .isEqualTo(marked("nodes", "isolated"));
        assertThat(marked("nodes", "dimmed")).as("rings dim nothing").isEmpty();
        // With brokers on, everything else is dimmed but the isolated firms' rings stay in full sight.
        switchOn("brokers");
        assertThat(((Number) js("return Math.min(...window.kaonetMap.cy.nodes('.isolated').map((n) => n.effectiveOpacity()))"))
                .doubleValue()).as("opacity of the isolated firms").isEqualTo(1.0);
        switchOff("brokers");
        switchOff("isolated");
    }

    @Test
    void namesNeverOverlapControlsFitTheScreenAndThePanelListsTheApisCandidates() {
        open("/map");
        waitFor("the first drawing", "return window.kaonetMap && (window.kaonetMap.error || window.kaonetMap.firstPaintMs)");
        waitFor("the highlight toggles", "return document.querySelector(\"#highlights input[value='isolated']\")");
        for (WebElement toggle : browser().findElements(By.cssSelector("#highlights input"))) {
            assertThat(inView(toggle)).as("highlight %s visible at 1366×768", toggle.getAttribute("value")).isTrue();
        }
        for (double factor : new double[] {1, 2.5, 6, 14}) {
            long before = ((Number) js("return window.kaonetMap.declutters")).longValue();
            // the pan by a pixel makes a view change even where the zoom is already at its limit
            js("const cy = window.kaonetMap.cy; cy.zoom({ level: Math.min(cy.maxZoom(), cy.zoom() * arguments[0]), "
                    + "renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); cy.panBy({ x: 1, y: 0 });", factor);
            waitFor("the decluttering", "return window.kaonetMap.declutters > " + before);
            List<?> overlaps = (List<?>) js("""
                    const cy = window.kaonetMap.cy;
                    const opts = { includeNodes: false, includeEdges: false, includeLabels: true };
                    const boxes = cy.nodes().filter((n) => n.style('label') && n.renderedBoundingBox(opts).w > 0)
                      .map((n) => [n.id(), n.renderedBoundingBox(opts)]);
                    const seen = (r) => r.x2 > 0 && r.y2 > 0 && r.x1 < cy.width() && r.y1 < cy.height();
                    const out = [];
                    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                      const [a, p] = boxes[i]; const [b, q] = boxes[j];
                      if (seen(p) && seen(q) && p.x1 < q.x2 && p.x2 > q.x1 && p.y1 < q.y2 && p.y2 > q.y1) out.push(a + ' ' + b);
                    }
                    return out;""");
            assertThat(overlaps).as("overlapping names at zoom ×%s", factor).isEmpty();
            Number biggest = (Number) js("return Math.max(0, ...window.kaonetMap.cy.nodes().filter((n) => n.style('label'))"
                    + ".map((n) => parseFloat(n.style('font-size')) * window.kaonetMap.cy.zoom()))");
            assertThat(biggest.doubleValue()).as("largest name on screen, px").isLessThanOrEqualTo(14.01);
        }

        String actor = "tama-co-010";
        js("window.kaonetMap.cy.$id(arguments[0]).emit('tap')", actor);
        waitFor("the candidates", "return document.querySelectorAll('#panel-candidates li[data-candidate]').length > 0");
        List<String> api = graphQl.document("query($id: ID!) { network { candidates(actorId: $id, first: 10) { edges { node { target { id } } } } } }")
                .variable("id", actor).execute().path("network.candidates.edges[*].node.target.id").entityList(String.class).get();
        assertThat(browser().findElements(By.cssSelector("#panel-candidates li[data-candidate]")).stream()
                .map(li -> li.getAttribute("data-candidate")).toList()).isEqualTo(api);
        assertThat(browser().findElement(By.cssSelector("#panel-candidates li .why")).getText()).isNotBlank();
        assertEverythingCameFromThisServer();
        screenshot("map-panel-candidates.png");
    }

    /** Switches a highlight on, waits for its marks and returns the actors it marks. */
    private Set<String> switchOn(String key) {
        WebElement toggle = browser().findElement(By.cssSelector("#highlights input[value='" + key + "']"));
        assertThat(toggle.isEnabled()).as("the %s toggle is enabled", key).isTrue();
        assertThat(toggle.isSelected()).isFalse();
        toggle.click();
        waitFor("the " + key + " marks", "return document.querySelector(\"[data-highlight='" + key + "']\").textContent !== ''");
        assertThat(browser().findElement(By.cssSelector("[data-highlight='" + key + "']")).getText()).doesNotContain("failed");
        return marked("nodes", key);
    }

    /** Switches a highlight off and checks that nothing stays marked by it (nor dimmed, when it was the last). */
    private void switchOff(String key) {
        browser().findElement(By.cssSelector("#highlights input[value='" + key + "']")).click();
        waitFor("the " + key + " marks to clear", "return document.querySelector(\"[data-highlight='" + key + "']\").textContent === ''");
        assertThat(((Number) js("return window.kaonetMap.cy.elements('.highlight-" + key + "').length")).intValue())
                .as("elements still marked by %s", key).isZero();
        boolean othersOn = ((Number) js("return document.querySelectorAll('#highlights input:checked').length")).intValue() > 0;
        if (!othersOn) {
            assertThat(((Number) js("return window.kaonetMap.cy.elements('.highlighted, .dimmed, .isolated').length")).intValue())
                    .as("elements still marked with every highlight off").isZero();
        }
    }

    /**
     * The ids of the drawn nodes, or the ends ("a b", ids in order) of the drawn edges, with a class:
     * highlighted, dimmed, isolated, or a highlight's key standing for its class highlight-&lt;key&gt;.
     */
    private Set<String> marked(String group, String classOrKey) {
        String cls = Set.of("highlighted", "dimmed", "isolated").contains(classOrKey) ? classOrKey : "highlight-" + classOrKey;
        String id = group.equals("nodes") ? "e.id()" : "[e.data('source'), e.data('target')].sort().join(' ')";
        List<?> ids = (List<?>) js("return window.kaonetMap.cy." + group + "('." + cls + "').map((e) => " + id + ")");
        return ids.stream().map(String.class::cast).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The first actors by raw betweenness (ties by id), as Network.brokers ranks them. */
    private static Set<String> topByBetweenness(CollaborationGraph graph, int count) {
        BetweennessResult betweenness = new Betweenness(graph).compute();
        return IntStream.range(0, graph.nodeCount()).boxed()
                .sorted(Comparator.comparingDouble((Integer u) -> -betweenness.raw(u)).thenComparing(graph::id))
                .limit(count).map(graph::id).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Ties crossing an industry or a sector whose removal disconnects their ends. */
    private static Set<String> bridges(CollaborationGraph graph) {
        return new CrossIndustryTies(graph).compute().ties().stream().filter(t -> t.role() == TieRole.BRIDGE)
                .map(t -> pair(graph.id(t.low()), graph.id(t.high()))).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Ties linking two clusters, by the schema's definition: each end is a member of a cluster the
     * other end is not in.
     */
    private static Set<String> interClusterTies(CollaborationGraph graph) {
        Set<String> ties = new TreeSet<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            int u = graph.edgeLow(e);
            int v = graph.edgeHigh(e);
            if (hasClusterOutside(graph, u, v) && hasClusterOutside(graph, v, u)) {
                ties.add(pair(graph.id(u), graph.id(v)));
            }
        }
        return ties;
    }

    private static boolean hasClusterOutside(CollaborationGraph graph, int u, int v) {
        return Arrays.stream(graph.clusterCodes(u)).anyMatch(c -> !graph.memberOf(v, c));
    }

    /** Firms with no tie or outside the main component. */
    private static Set<String> cutOffFirms(CollaborationGraph graph) {
        return new IsolatedFirms(graph, new IsolatedFirms.Parameters(0)).compute().firms().stream()
                .filter(f -> f.has(IsolationReason.NO_TIES) || f.has(IsolationReason.OUTSIDE_MAIN_COMPONENT))
                .map(f -> graph.id(f.node())).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static Set<String> ends(Set<String> pairs) {
        return pairs.stream().flatMap(p -> Arrays.stream(p.split(" "))).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private int actorCount(String cluster) {
        return graphQl.document("query($scope: Scope) { network(scope: $scope) { summary { actors } } }")
                .variable("scope", cluster == null ? null : Map.of("clusterIds", List.of(cluster))).execute()
                .path("network.summary.actors").entity(Integer.class).get();
    }

    /** A {@code Cluster} with its member count. */
    record ClusterSize(String id, int memberCount) {
    }

    /** An actor, as a {@code GraphNode} holds it. */
    record NodeActor(String id, String name) {
    }

    /** A {@code GraphNode} with its degree. */
    record DrawnNode(NodeActor actor, int degree) {
    }

    private String smallestClusterOfAtLeast(int members) {
        List<ClusterSize> clusters = graphQl.document("{ clusters { id memberCount } }").execute()
                .path("clusters").entityList(ClusterSize.class).get();
        return clusters.stream().filter(c -> c.memberCount() >= members)
                .min(Comparator.comparingInt(ClusterSize::memberCount)).map(ClusterSize::id).orElseThrow();
    }

    /** The actor of the cluster with the most ties in it, as the API gives it. */
    private DrawnNode busiestActor(String cluster) {
        List<DrawnNode> nodes = graphQl.document(
                        "query($scope: Scope) { network(scope: $scope) { graph { nodes { actor { id name } degree } } } }")
                .variable("scope", Map.of("clusterIds", List.of(cluster))).execute()
                .path("network.graph.nodes").entityList(DrawnNode.class).get();
        return nodes.stream().max(Comparator.comparingInt(DrawnNode::degree)
                .thenComparing(n -> n.actor().id(), Comparator.reverseOrder())).orElseThrow();
    }

    private int drawnNodes() {
        return ((Number) js("return window.kaonetMap.cy.nodes().length")).intValue();
    }

    private long drawCount() {
        return ((Number) js("return window.kaonetMap.draws")).longValue();
    }

    private static long round(Object ms) {
        return ms == null ? -1 : Math.round(((Number) ms).doubleValue());
    }

}
