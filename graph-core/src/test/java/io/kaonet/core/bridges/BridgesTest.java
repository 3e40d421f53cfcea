package io.kaonet.core.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.kaonet.core.cohesion.TestGraphs;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.oracle.Oracle;
import io.kaonet.core.testing.SeededGraphs;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BridgesTest {

    static Stream<Oracle> oracles() {
        return Stream.concat(Oracle.UNDIRECTED.stream().map(Oracle::load),
                Stream.of("bipartite", "women", "event").map(Oracle::davis));
    }

    static Stream<CollaborationGraph> seededGraphs() {
        return SeededGraphs.seededVarietyWithEdges(300, 20240611L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void bridgesMatchNetworkX(Oracle oracle) {
        CollaborationGraph g = oracle.graph();
        BridgesResult r = new Bridges(g).compute();

        Set<Set<String>> expected = new HashSet<>();
        oracle.metrics().get("bridges").forEach(pair -> expected.add(Set.of(pair.get(0).asText(), pair.get(1).asText())));
        Set<Set<String>> actual = Arrays.stream(r.bridges())
                .mapToObj(e -> Set.of(g.id(g.edgeLow(e)), g.id(g.edgeHigh(e))))
                .collect(Collectors.toSet());
        assertThat(actual).isEqualTo(expected);
        assertThat(r.bridgeCount()).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @MethodSource("seededGraphs")
    void bridgesAndArticulationPointsMatchJGraphT(CollaborationGraph g) {
        Graph<Integer, Integer> j = g.asJGraphT();
        BiconnectivityInspector<Integer, Integer> inspector = new BiconnectivityInspector<>(j);
        BridgesResult r = new Bridges(g).compute();

        assertThat(Arrays.stream(r.bridges()).boxed().collect(Collectors.toSet())).isEqualTo(inspector.getBridges());
        assertThat(Arrays.stream(r.articulationPoints()).boxed().collect(Collectors.toSet()))
                .isEqualTo(inspector.getCutpoints());
        IntStream.range(0, g.edgeCount()).forEach(e ->
                assertThat(r.isBridge(e)).isEqualTo(inspector.getBridges().contains(e)));
    }

    @Test
    void pathOfTwoHundredThousandNodesNeedsNoRecursion() {
        int n = 200_000;
        BridgesResult r = new Bridges(TestGraphs.path(n)).compute();

        assertThat(r.bridgeCount()).isEqualTo(n - 1);
        assertThat(r.articulationPointCount()).isEqualTo(n - 2);
        assertThat(r.isArticulationPoint(0)).isFalse();
        assertThat(r.isArticulationPoint(n - 1)).isFalse();
        assertThat(r.isArticulationPoint(n / 2)).isTrue();
    }

    @Nested
    class LiteralGraphs {

        @Test
        void triangleWithTailHasOneBridgeAndOneCutVertex() {
            // 0–1–2 triangle, tail 2–3: bridge 2–3 (edge id 3), cut vertex 2.
            CollaborationGraph g = TestGraphs.of(4, new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2},
                    new int[] {2, 3});
            BridgesResult r = new Bridges(g).compute();

            assertThat(r.bridges()).containsExactly(g.edgeId(2, g.slotOf(2, 3)));
            assertThat(r.articulationPoints()).containsExactly(2);
        }

        @Test
        void twoTrianglesSharingANodeHaveNoBridgeButACutVertex() {
            CollaborationGraph g = TestGraphs.of(5, new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2},
                    new int[] {2, 3}, new int[] {3, 4}, new int[] {2, 4});
            BridgesResult r = new Bridges(g).compute();

            assertThat(r.bridges()).isEmpty();
            assertThat(r.articulationPoints()).containsExactly(2);
        }

        @Test
        void cycleHasNeitherBridgesNorCutVertices() {
            BridgesResult r = new Bridges(TestGraphs.cycle(6)).compute();

            assertThat(r.bridges()).isEmpty();
            assertThat(r.articulationPoints()).isEmpty();
        }

        @Test
        void starCentreIsTheOnlyCutVertexAndEveryEdgeIsABridge() {
            BridgesResult r = new Bridges(TestGraphs.star(5)).compute();

            assertThat(r.bridges()).containsExactly(0, 1, 2, 3);
            assertThat(r.articulationPoints()).containsExactly(0);
        }

        @Test
        void emptyGraphAndIsolatesHaveNothing() {
            assertThat(new Bridges(TestGraphs.of(0)).compute().bridgeCount()).isZero();
            BridgesResult r = new Bridges(TestGraphs.of(3)).compute();
            assertThat(r.bridges()).isEmpty();
            assertThat(r.articulationPoints()).isEmpty();
        }
    }

    @Test
    void rejectsNullGraph() {
        assertThatNullPointerException().isThrownBy(() -> new Bridges(null)).withMessageContaining("graph");
    }
}
