package io.kaonet.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.importers.demo.DemoNetworkGenerator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Network.graph and Network.ego over HTTP on the demo network. */
class MapGraphQlIT extends ApiIntegrationTest {

    private static final NetworkBatch DEMO = new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.defaults()).generate().batch();

    private static final String GRAPH = """
            query($scope: Scope) {
              network(scope: $scope) {
                summary { actors ties }
                graph { nodes { id kind clusters degree betweenness x y } ties { source target kinds weight since } width height }
              }
            }""";

    record Node(String id, String kind, List<String> clusters, int degree, double betweenness, double x, double y) {
    }

    record Link(String source, String target, List<String> kinds, double weight, String since) {
    }

    record Drawn(List<Node> nodes, List<Link> ties, double width, double height) {
    }

    /** The shared tester with room for a whole drawing (about 0.8 MB), more than its default buffer holds. */
    private HttpGraphQlTester roomy() {
        return graphQl.mutate().webTestClient(client -> client.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 << 20)))
                .build();
    }

    private Drawn graph(Map<String, Object> scope) {
        var response = roomy().document(GRAPH).variable("scope", scope).execute();
        Drawn drawn = response.path("network.graph").entity(Drawn.class).get();
        response.path("network.summary.actors").entity(Integer.class).isEqualTo(drawn.nodes().size())
                .path("network.summary.ties").entity(Integer.class).isEqualTo(drawn.ties().size());
        return drawn;
    }

    @Nested
    class WholeNetwork {

        @Test
        void holdsEveryDemoActorWithTheDegreeItsTiesGive() {
            Drawn drawn = graph(null);

            assertThat(drawn.nodes()).extracting(Node::id)
                    .containsExactlyInAnyOrderElementsOf(DEMO.actors().stream().map(a -> a.id()).toList());
            Map<String, Integer> degree = new HashMap<>();
            for (Link t : drawn.ties()) {
                degree.merge(t.source(), 1, Integer::sum);
                degree.merge(t.target(), 1, Integer::sum);
            }
            for (Node n : drawn.nodes()) {
                assertThat(n.degree()).as("degree of %s", n.id()).isEqualTo(degree.getOrDefault(n.id(), 0));
            }
        }

        @Test
        void tiesAreThePairsOfTheDemoTiesWithTheirKinds() {
            Map<String, Set<String>> kinds = new HashMap<>();
            for (Tie t : DEMO.ties()) {
                kinds.computeIfAbsent(pair(t.sourceId(), t.targetId()), k -> new HashSet<>()).add(t.kind().name());
            }

            Drawn drawn = graph(null);

            assertThat(drawn.ties()).hasSize(kinds.size());
            for (Link t : drawn.ties()) {
                assertThat(new HashSet<>(t.kinds())).as("kinds of %s-%s", t.source(), t.target())
                        .isEqualTo(kinds.get(pair(t.source(), t.target())));
            }
        }

        @Test
        void betweennessIsAShareAndZeroForActorsWithOneNeighbourOrNone() {
            Drawn drawn = graph(null);

            assertThat(drawn.nodes()).allSatisfy(n -> assertThat(n.betweenness()).isBetween(0.0, 1.0));
            assertThat(drawn.nodes()).filteredOn(n -> n.degree() <= 1).allSatisfy(n -> assertThat(n.betweenness()).isZero());
            assertThat(drawn.nodes()).anySatisfy(n -> assertThat(n.betweenness()).isPositive());
        }

        @Test
        void positionsLieInTheBoxAndActorsWithoutTiesBesideTheOthers() {
            Drawn drawn = graph(null);

            assertThat(drawn.nodes()).allSatisfy(n -> {
                assertThat(n.x()).isBetween(0.0, drawn.width());
                assertThat(n.y()).isBetween(0.0, drawn.height());
            });
            Set<String> giant = largestComponent(drawn);
            double rightmostOfGiant = drawn.nodes().stream().filter(n -> giant.contains(n.id())).mapToDouble(Node::x)
                    .max().orElseThrow();
            assertThat(drawn.nodes()).filteredOn(n -> !giant.contains(n.id())).isNotEmpty()
                    .allSatisfy(n -> assertThat(n.x()).as("x of %s", n.id()).isGreaterThan(rightmostOfGiant));
        }
    }

    @Test
    void aClusterScopeKeepsItsMembersOnly() {
        String cluster = DEMO.clusters().get(0).id();
        Set<String> members = DEMO.memberships().stream().filter(m -> m.clusterId().equals(cluster))
                .map(m -> m.actorId()).collect(Collectors.toSet());

        Drawn drawn = graph(Map.of("clusterIds", List.of(cluster)));

        assertThat(drawn.nodes()).extracting(Node::id).containsExactlyInAnyOrderElementsOf(members);
        assertThat(drawn.nodes()).allSatisfy(n -> assertThat(n.clusters()).contains(cluster));
    }

    @Test
    void aDateMovesNoActorAndKeepsOnlyTiesStartedByThen() {
        Map<String, Node> all = graph(null).nodes().stream().collect(Collectors.toMap(Node::id, n -> n));

        Drawn early = graph(Map.of("asOf", "2004-12-31"));

        assertThat(early.ties()).isNotEmpty().hasSizeLessThan(graph(null).ties().size())
                .allSatisfy(t -> {
                    if (t.since() != null) {
                        assertThat(t.since()).isLessThanOrEqualTo("2004-12-31");
                    }
                });
        for (Node n : early.nodes()) {
            assertThat(n.x()).as("x of %s", n.id()).isEqualTo(all.get(n.id()).x());
            assertThat(n.y()).as("y of %s", n.id()).isEqualTo(all.get(n.id()).y());
        }
    }

    @Test
    void aScopeLargerThanMaxActorsIsRefused() {
        graphQl.document("{ network { graph(maxActors: 10) { nodes { id } } } }").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("more than maxActors (10)");
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT");
                });
    }

    @Nested
    class Ego {

        private static final String EGO = """
                query($id: ID!, $radius: Int) {
                  network { ego(actorId: $id, radius: $radius) { nodes { id degree } ties { source target } } }
                }""";

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void holdsTheActorsWithinTheRadiusAndTheTiesAmongThem(int radius) {
            Drawn whole = graph(null);
            Map<String, Set<String>> neighbours = new HashMap<>();
            for (Link t : whole.ties()) {
                neighbours.computeIfAbsent(t.source(), k -> new HashSet<>()).add(t.target());
                neighbours.computeIfAbsent(t.target(), k -> new HashSet<>()).add(t.source());
            }
            String centre = whole.nodes().stream().filter(n -> n.degree() >= 2 && n.degree() <= 6).findFirst()
                    .orElseThrow().id();
            Set<String> expected = new HashSet<>(Set.of(centre));
            Set<String> frontier = Set.of(centre);
            for (int step = 0; step < radius; step++) {
                Set<String> next = new HashSet<>();
                frontier.forEach(u -> next.addAll(neighbours.getOrDefault(u, Set.of())));
                next.removeAll(expected);
                expected.addAll(next);
                frontier = next;
            }
            long tiesAmong = whole.ties().stream()
                    .filter(t -> expected.contains(t.source()) && expected.contains(t.target())).count();

            Drawn ego = graphQl.document(EGO).variable("id", centre).variable("radius", radius).execute()
                    .path("network.ego").entity(Drawn.class).get();

            assertThat(ego.nodes()).extracting(Node::id).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(ego.ties()).hasSize((int) tiesAmong);
            Map<String, Integer> wholeDegree = whole.nodes().stream().collect(Collectors.toMap(Node::id, Node::degree));
            assertThat(ego.nodes()).allSatisfy(n -> assertThat(n.degree()).isEqualTo(wholeDegree.get(n.id())));
        }

        @Test
        void anActorOutsideTheScopeHasNone() {
            graphQl.document(EGO).variable("id", "no-such-actor").execute().path("network.ego").valueIsNull();
        }

        @Test
        void aRadiusOtherThanOneOrTwoIsRefused() {
            graphQl.document(EGO).variable("id", DEMO.actors().get(0).id()).variable("radius", 3).execute()
                    .errors().satisfy(errors -> {
                        assertThat(errors).hasSize(1);
                        assertThat(errors.get(0).getMessage()).contains("radius must be 1 or 2, was 3");
                        assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT");
                    });
        }
    }

    /** The ids of the largest connected component, by union–find over the drawn ties. */
    private static Set<String> largestComponent(Drawn drawn) {
        Map<String, String> parent = new HashMap<>();
        drawn.nodes().forEach(n -> parent.put(n.id(), n.id()));
        java.util.function.UnaryOperator<String> root = new java.util.function.UnaryOperator<>() {
            @Override
            public String apply(String u) {
                while (!parent.get(u).equals(u)) {
                    u = parent.get(u);
                }
                return u;
            }
        };
        drawn.ties().forEach(t -> parent.put(root.apply(t.source()), root.apply(t.target())));
        Map<String, Set<String>> components = new HashMap<>();
        drawn.nodes().forEach(n -> components.computeIfAbsent(root.apply(n.id()), r -> new HashSet<>()).add(n.id()));
        return components.values().stream().max(Comparator.comparingInt(Set::size)).orElseThrow();
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
