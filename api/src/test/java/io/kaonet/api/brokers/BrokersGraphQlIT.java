package io.kaonet.api.brokers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.DemoProjection;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.brokerage.BrokerageResult;
import io.kaonet.core.brokerage.BrokerageRole;
import io.kaonet.core.brokerage.BrokerageRoles;
import io.kaonet.core.brokerage.StructuralHoles;
import io.kaonet.core.brokerage.StructuralHolesResult;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code brokers} on the demo network over HTTP, against the graph-core algorithms run on a
 * projection built independently from the generated records.
 */
class BrokersGraphQlIT extends ApiIntegrationTest {

    private static final String PAGE = """
            query($first: Int, $after: String, $orderBy: BrokerOrder, $direction: SortDirection,
                  $groupBy: ActorGrouping, $weighted: Boolean, $pivots: Int, $seed: Int) {
              network {
                brokers(first: $first, after: $after, orderBy: $orderBy, direction: $direction, groupBy: $groupBy,
                        weighted: $weighted, pivots: $pivots, seed: $seed) {
                  totalCount
                  betweenness { sampled pivots seed }
                  pageInfo { hasNextPage endCursor }
                  edges { node {
                    actor { id name } rank degree group
                    betweenness normalizedBetweenness betweennessStandardError
                    constraint effectiveSize efficiency hierarchy
                    brokerage { coordinator itinerant representative gatekeeper liaison total }
                    brokerageZ { coordinator itinerant representative gatekeeper liaison total }
                    connects(first: 50) { from to role pairs }
                  } }
                }
              }
            }""";

    private final CollaborationGraph graph = DemoProjection.graph();

    /** An actor as a broker holds it. */
    record ActorRef(String id, String name) {
    }

    /** A figure per brokerage role, as {@code BrokerageCounts} and {@code BrokerageScores} give them. */
    interface PerRole<T> {
        T coordinator();

        T itinerant();

        T representative();

        T gatekeeper();

        T liaison();

        T total();

        default T of(BrokerageRole role) {
            return switch (role) {
                case COORDINATOR -> coordinator();
                case ITINERANT -> itinerant();
                case REPRESENTATIVE -> representative();
                case GATEKEEPER -> gatekeeper();
                case LIAISON -> liaison();
                case TOTAL -> total();
            };
        }
    }

    /** {@code BrokerageCounts}. */
    record Counts(Long coordinator, Long itinerant, Long representative, Long gatekeeper, Long liaison, Long total)
            implements PerRole<Long> {
    }

    /** {@code BrokerageScores}: null where a score is undefined. */
    record Scores(Double coordinator, Double itinerant, Double representative, Double gatekeeper, Double liaison,
                  Double total) implements PerRole<Double> {
    }

    /** {@code BrokerGroupPair}. */
    record GroupPair(String from, String to, String role, Long pairs) {
    }

    /** {@code Broker}, with every field PAGE selects (boxed, so an unselected or null field reads null). */
    record BrokerNode(ActorRef actor, Integer rank, Integer degree, String group, Double betweenness,
                      Double normalizedBetweenness, Double betweennessStandardError, Double constraint,
                      Double effectiveSize, Double efficiency, Double hierarchy, Counts brokerage, Scores brokerageZ,
                      List<GroupPair> connects) {
    }

    /** The brokers' selection of a page. */
    record BrokerPage(List<Edge> edges, PageInfo pageInfo) {

        record Edge(BrokerNode node) {
        }

        record PageInfo(boolean hasNextPage, String endCursor) {
        }

        List<BrokerNode> nodes() {
            return edges.stream().map(Edge::node).toList();
        }
    }

    private List<BrokerNode> nodes(Map<String, Object> variables) {
        var request = graphQl.document(PAGE);
        for (var v : variables.entrySet()) {
            request = request.variable(v.getKey(), v.getValue());
        }
        return request.execute().path("network.brokers.edges[*].node").entityList(BrokerNode.class).get();
    }

    @Test
    void firstPageByBetweennessIsTheExactTopOfTheRanking() {
        BetweennessResult expected = new Betweenness(graph).compute();
        List<Integer> top = new ArrayList<>();
        for (int u = 0; u < graph.nodeCount(); u++) {
            top.add(u);
        }
        top.sort((a, b) -> expected.raw(a) == expected.raw(b) ? Integer.compare(a, b)
                : Double.compare(expected.raw(b), expected.raw(a)));

        var response = graphQl.document(PAGE).variable("first", 20).execute();
        response.path("network.brokers.totalCount").entity(Integer.class).isEqualTo(graph.nodeCount())
                .path("network.brokers.betweenness.sampled").entity(Boolean.class).isEqualTo(false)
                .path("network.brokers.betweenness.pivots").valueIsNull();
        List<BrokerNode> nodes = nodes(Map.of("first", 20));
        assertThat(nodes).hasSize(20);
        for (int i = 0; i < 20; i++) {
            int u = top.get(i);
            BrokerNode node = nodes.get(i);
            assertThat(node.actor()).isEqualTo(new ActorRef(graph.id(u), graph.name(u)));
            assertThat(node.rank()).isEqualTo(i + 1);
            assertThat(node.betweenness()).isCloseTo(expected.raw(u), within(1e-9 * (1 + expected.raw(u))));
            assertThat(node.normalizedBetweenness()).isCloseTo(expected.normalised(u), within(1e-12));
            assertThat(node.betweennessStandardError()).isNull();
        }
    }

    @Test
    void structuralHolesBrokerageAndGroupPairsMatchGraphCore() {
        StructuralHolesResult holes = new StructuralHoles(graph, StructuralHoles.Parameters.unweighted()).compute();
        ActorGrouping.Groups groups = ActorGrouping.KIND.of(graph);
        BrokerageResult roles = new BrokerageRoles(graph, BrokerageRoles.Parameters.of(groups::code)).compute();

        for (BrokerNode node : nodes(Map.of("first", 30, "orderBy", "BROKERAGE_TOTAL"))) {
            int u = graph.indexOf(node.actor().id()).orElseThrow();
            assertThat(node.constraint()).isCloseTo(holes.constraint(u), within(1e-12));
            assertThat(node.effectiveSize()).isCloseTo(holes.effectiveSize(u), within(1e-12));
            assertThat(node.efficiency()).isCloseTo(holes.efficiency(u), within(1e-12));
            assertThat(node.hierarchy()).isCloseTo(holes.hierarchy(u), within(1e-12));
            assertThat(node.group()).isEqualTo(graph.kind(u).name());
            for (BrokerageRole role : BrokerageRole.values()) {
                assertThat(node.brokerage().of(role)).as(role.name()).isEqualTo(roles.raw(u, role));
                double expectedZ = roles.z(u, role);
                if (Double.isFinite(expectedZ)) {
                    assertThat(node.brokerageZ().of(role)).isCloseTo(expectedZ, within(1e-9));
                } else {
                    assertThat(node.brokerageZ().of(role)).isNull();
                }
            }
            List<String> expectedPairs = roles.groupPairs(u).stream().limit(50)
                    .map(p -> groups.label(p.groupOfA()) + ">" + groups.label(p.groupOfC()) + ":" + p.role() + ":"
                            + p.pairs()).toList();
            List<String> actualPairs = node.connects().stream()
                    .map(p -> p.from() + ">" + p.to() + ":" + p.role() + ":" + p.pairs()).toList();
            assertThat(actualPairs).isEqualTo(expectedPairs);
        }
    }

    @Test
    void pagingByConstraintAscendingVisitsEveryActorOnceInOrderWithUndefinedValuesLast() {
        Set<String> seen = new HashSet<>();
        List<Double> values = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var response = graphQl.document("""
                            query($after: String) {
                              network { brokers(first: 500, after: $after, orderBy: CONSTRAINT, direction: ASC) {
                                pageInfo { hasNextPage endCursor } edges { node { actor { id } constraint } }
                              } }
                            }""").variable("after", after).execute();
            BrokerPage page = response.path("network.brokers").entity(BrokerPage.class).get();
            for (BrokerNode node : page.nodes()) {
                assertThat(seen.add(node.actor().id())).isTrue();
                values.add(node.constraint());
            }
            more = page.pageInfo().hasNextPage();
            after = page.pageInfo().endCursor();
        }
        assertThat(seen).hasSize(graph.nodeCount());
        int firstNull = values.indexOf(null);
        assertThat(firstNull).isPositive();
        assertThat(values.subList(firstNull, values.size())).containsOnlyNulls();
        List<Double> defined = values.subList(0, firstNull);
        assertThat(defined).isSorted();
        long isolates = java.util.stream.IntStream.range(0, graph.nodeCount()).filter(u -> graph.degree(u) == 0)
                .count();
        assertThat(values.size() - firstNull).isEqualTo(isolates);
    }

    @Test
    void sampledBetweennessSaysItIsAnEstimateAndRepeatsTheCoreEstimate() {
        BetweennessResult expected = new Betweenness(graph, Betweenness.Parameters.sampled(200, 7)).compute();

        var response = graphQl.document(PAGE).variable("first", 10).variable("pivots", 200).variable("seed", 7)
                .execute();
        response.path("network.brokers.betweenness.sampled").entity(Boolean.class).isEqualTo(true)
                .path("network.brokers.betweenness.pivots").entity(Integer.class).isEqualTo(200)
                .path("network.brokers.betweenness.seed").entity(Integer.class).isEqualTo(7);
        for (BrokerNode node : nodes(Map.of("first", 10, "pivots", 200, "seed", 7))) {
            int u = graph.indexOf(node.actor().id()).orElseThrow();
            assertThat(node.betweenness()).isCloseTo(expected.raw(u), within(1e-9 * (1 + expected.raw(u))));
            assertThat(node.betweennessStandardError()).isCloseTo(expected.standardError(u),
                    within(1e-9 * (1 + expected.standardError(u))));
        }
    }

    @Test
    void weightedConstraintUsesTieWeights() {
        StructuralHolesResult weighted = new StructuralHoles(graph, StructuralHoles.Parameters.defaults()).compute();
        for (BrokerNode node : nodes(Map.of("first", 25, "orderBy", "CONSTRAINT", "weighted", true))) {
            int u = graph.indexOf(node.actor().id()).orElseThrow();
            assertThat(node.constraint()).isCloseTo(weighted.constraint(u), within(1e-9));
        }
    }

    @Test
    void groupingByClusterLabelsMembershipSets() {
        for (BrokerNode node : nodes(Map.of("first", 40, "groupBy", "CLUSTER"))) {
            int u = graph.indexOf(node.actor().id()).orElseThrow();
            List<String> clusters = java.util.Arrays.stream(graph.clusterCodes(u)).mapToObj(graph.clusterIds()::get)
                    .sorted().toList();
            assertThat(node.group()).isEqualTo(clusters.isEmpty() ? null : String.join("+", clusters));
        }
    }

    @Test
    void scopeNarrowsTheRankingToTheCluster() {
        String cluster = "TAMA";
        int members = graphQl.document("{ network(scope: {clusterIds: [\"TAMA\"]}) { summary { actors } } }")
                .execute().path("network.summary.actors").entity(Integer.class).get();
        graphQl.document("query($c: ID!) { network(scope: {clusterIds: [$c]}) { brokers(first: 1) { totalCount } } }")
                .variable("c", cluster).execute()
                .path("network.brokers.totalCount").entity(Integer.class).isEqualTo(members);
        assertThat(members).isLessThan(graph.nodeCount());
    }

    @Test
    void badArgumentsAreRefusedWithACode() {
        graphQl.document("{ network { brokers(pivots: 0) { totalCount } } }").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT");
        });
        String cursor = graphQl.document("{ network { brokers(first: 1) { pageInfo { endCursor } } } }").execute()
                .path("network.brokers.pageInfo.endCursor").entity(String.class).get();
        graphQl.document("query($a: String) { network { brokers(after: $a, orderBy: DEGREE) { totalCount } } }")
                .variable("a", cursor).execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("not a cursor of this list");
                });
    }
}
