package io.kaonet.api.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.DemoData;
import io.kaonet.api.support.RawGraphQl;
import io.kaonet.core.connectivity.ClusterSeparation;
import io.kaonet.core.connectivity.ClusterSeparationResult;
import io.kaonet.core.connectivity.IntroductionPaths;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Scope;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code Network.clusterSeparation} and {@code Network.introductionPaths} over HTTP on the demo
 * network: the answers are graph-core's on a graph the test builds from the generator's records, the
 * cut really separates the clusters (checked by a search here), each path is a chain of ties, unknown
 * ids are NOT_FOUND and both fields are priced.
 */
@SuppressWarnings("unchecked")
class ConnectivityGraphQlIT extends ApiIntegrationTest {

    @Autowired
    WebTestClient http;

    record Ref(String id) {
    }

    record Separation(Ref firstCluster, Ref secondCluster, List<Ref> separators, int disjointPaths, boolean connected,
                      int firstClusterActors, int secondClusterActors, int sharedActors) {
    }

    record Path(int length, List<Ref> actors) {
    }

    private static final String SEPARATION = """
            query($a: ID!, $b: ID!) { network { clusterSeparation(firstClusterId: $a, secondClusterId: $b) {
              firstCluster { id } secondCluster { id } separators { id } disjointPaths connected
              firstClusterActors secondClusterActors sharedActors } } }""";

    private static final String PATHS = """
            query($s: ID!, $t: ID!, $k: Int) { network { introductionPaths(sourceActorId: $s, targetActorId: $t, first: $k) {
              length actors { id } } } }""";

    @Test
    void everyPairOfDemoClustersIsSeparatedAsTheCoreSeparatesIt() {
        CollaborationGraph g = DemoData.graph(Scope.ALL);
        List<String> clusters = DemoData.DEMO.clusters().stream().map(Cluster::id).sorted().toList();
        assertThat(clusters).hasSizeGreaterThan(2);
        int nonTrivial = 0;
        for (String a : clusters) {
            for (String b : clusters) {
                if (a.equals(b)) {
                    continue;
                }
                Separation answer = graphQl.document(SEPARATION).variable("a", a).variable("b", b).execute()
                        .path("network.clusterSeparation").entity(Separation.class).get();
                ClusterSeparationResult core = new ClusterSeparation(g, new ClusterSeparation.Parameters(a, b)).compute();
                assertThat(answer.firstCluster().id()).isEqualTo(a);
                assertThat(answer.secondCluster().id()).isEqualTo(b);
                assertThat(answer.separators().stream().map(Ref::id).toList())
                        .isEqualTo(Arrays.stream(core.separators()).mapToObj(g::id).toList());
                assertThat(answer.disjointPaths()).isEqualTo(core.size());
                assertThat(answer.connected()).isEqualTo(core.connected());
                assertThat(answer.firstClusterActors()).isEqualTo(core.firstMembers());
                assertThat(answer.secondClusterActors()).isEqualTo(core.secondMembers());
                assertThat(answer.sharedActors()).isEqualTo(core.sharedMembers());
                Set<String> cut = new HashSet<>(answer.separators().stream().map(Ref::id).toList());
                assertThat(reachesAfterRemoving(g, a, b, cut)).as("%s to %s after the cut", a, b).isFalse();
                assertThat(reachesAfterRemoving(g, a, b, Set.of())).isEqualTo(answer.connected());
                nonTrivial += answer.disjointPaths() > 0 ? 1 : 0;
            }
        }
        assertThat(nonTrivial).as("pairs of clusters with a non-empty cut").isPositive();
    }

    @Test
    void introductionPathsAreTheCoresAndEachIsAChainOfTies() {
        CollaborationGraph g = DemoData.graph(Scope.ALL);
        String source = g.id(0);
        String target = g.id(g.nodeCount() - 1);
        List<Path> answer = graphQl.document(PATHS).variable("s", source).variable("t", target).variable("k", 5)
                .execute().path("network.introductionPaths").entityList(Path.class).get();
        List<List<String>> core = new IntroductionPaths(g, new IntroductionPaths.Parameters(source, target, 5)).compute()
                .paths().stream().map(p -> p.stream().map(g::id).toList()).toList();
        assertThat(answer.stream().map(p -> p.actors().stream().map(Ref::id).toList()).toList()).isEqualTo(core);
        assertThat(answer).isNotEmpty();
        int previous = 0;
        for (Path p : answer) {
            assertThat(p.length()).isEqualTo(p.actors().size() - 1).isGreaterThanOrEqualTo(previous);
            previous = p.length();
            assertThat(p.actors().get(0).id()).isEqualTo(source);
            assertThat(p.actors().get(p.actors().size() - 1).id()).isEqualTo(target);
            for (int i = 0; i + 1 < p.actors().size(); i++) {
                int u = g.indexOf(p.actors().get(i).id()).orElseThrow();
                int v = g.indexOf(p.actors().get(i + 1).id()).orElseThrow();
                assertThat(g.adjacent(u, v)).as("tie %s-%s", g.id(u), g.id(v)).isTrue();
            }
            assertThat(new HashSet<>(p.actors())).hasSameSizeAs(p.actors());
        }
    }

    @Test
    void unknownIdsAreNotFoundAndTheSameIdTwiceIsABadArgument() {
        String actor = DemoData.graph(Scope.ALL).id(0);
        String cluster = DemoData.DEMO.clusters().get(0).id();
        assertError(graphQl.document(SEPARATION).variable("a", "NO-SUCH-CLUSTER").variable("b", cluster),
                "NOT_FOUND", "firstClusterId", "NO-SUCH-CLUSTER");
        assertError(graphQl.document(SEPARATION).variable("a", cluster).variable("b", "NO-SUCH-CLUSTER"),
                "NOT_FOUND", "secondClusterId", "NO-SUCH-CLUSTER");
        assertError(graphQl.document(SEPARATION).variable("a", cluster).variable("b", cluster),
                "BAD_ARGUMENT", "secondClusterId", cluster);
        assertError(graphQl.document(PATHS).variable("s", "no-such-actor").variable("t", actor).variable("k", 3),
                "NOT_FOUND", "sourceActorId", "no-such-actor");
        assertError(graphQl.document(PATHS).variable("s", actor).variable("t", "no-such-actor").variable("k", 3),
                "NOT_FOUND", "targetActorId", "no-such-actor");
        assertError(graphQl.document(PATHS).variable("s", actor).variable("t", actor).variable("k", 3),
                "BAD_ARGUMENT", "targetActorId", actor);
        for (int first : new int[] {0, 101}) {
            graphQl.document(PATHS).variable("s", actor).variable("t", DemoData.graph(Scope.ALL).id(1))
                    .variable("k", first).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(e -> {
                                assertThat(e.getExtensions()).containsEntry("code", "BAD_ARGUMENT")
                                        .containsEntry("field", "first").containsEntry("value", first);
                                assertThat(e.getMessage()).isEqualTo("first must be 1 to 100, was " + first);
                            }));
        }
    }

    @Test
    void bothFieldsArePricedFromTheScopesSize() {
        CollaborationGraph g = DemoData.graph(Scope.ALL);
        String cluster = DemoData.DEMO.clusters().get(0).id();
        String other = DemoData.DEMO.clusters().get(1).id();
        long separation = analysisCost("{ network { clusterSeparation(firstClusterId: \"" + cluster
                + "\", secondClusterId: \"" + other + "\") { disjointPaths } } }");
        long three = analysisCost("{ network { introductionPaths(sourceActorId: \"" + g.id(0) + "\", targetActorId: \""
                + g.id(1) + "\", first: 3) { length } } }");
        long thirty = analysisCost("{ network { introductionPaths(sourceActorId: \"" + g.id(0) + "\", targetActorId: \""
                + g.id(1) + "\", first: 30) { length } } }");
        assertThat(separation).isPositive();
        assertThat(three).isPositive();
        assertThat(thirty).isBetween(9 * three, 11 * three);
    }

    private long analysisCost(String query) {
        RawGraphQl.Answer answer = new RawGraphQl(http).post(null, query, Map.of());
        assertThat(answer.errors()).isEmpty();
        return ((Number) ((Map<String, Object>) answer.responseExtensions().get("cost")).get("analysisCost")).longValue();
    }

    private static void assertError(GraphQlTester.Request<?> request,
                                    String code, String field, String value) {
        request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getExtensions()).containsEntry("code", code).containsEntry("field", field)
                    .containsEntry("value", value);
            assertThat(e.getMessage()).contains(value);
        }));
    }

    /** Whether, without the actors in {@code removed}, a remaining member of cluster a reaches one of b. */
    private static boolean reachesAfterRemoving(CollaborationGraph g, String a, String b, Set<String> removed) {
        int codeA = g.clusterIds().indexOf(a);
        int codeB = g.clusterIds().indexOf(b);
        boolean[] seen = new boolean[g.nodeCount()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int u = 0; u < g.nodeCount(); u++) {
            if (codeA >= 0 && g.memberOf(u, codeA) && !removed.contains(g.id(u))) {
                seen[u] = true;
                queue.add(u);
            }
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            if (codeB >= 0 && g.memberOf(u, codeB)) {
                return true;
            }
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                int v = g.neighbour(s);
                if (!seen[v] && !removed.contains(g.id(v))) {
                    seen[v] = true;
                    queue.add(v);
                }
            }
        }
        return false;
    }
}
