package io.kaonet.core.bridges;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.cohesion.TestGraphs;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.oracle.Oracle;
import io.kaonet.core.testing.SeededGraphs;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LocalBridgesTest {

    static Stream<Oracle> oracles() {
        return BridgesTest.oracles();
    }

    static Stream<CollaborationGraph> seededGraphs() {
        return SeededGraphs.seededVariety(300, 77L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void localBridgesAndSpansMatchNetworkX(Oracle oracle) {
        CollaborationGraph g = oracle.graph();
        LocalBridgesResult r = new LocalBridges(g).compute();

        Map<Set<String>, Double> expected = new HashMap<>();
        oracle.metrics().get("local_bridges").forEach(b -> {
            double span = "Infinity".equals(b.get("span").asText()) ? Double.POSITIVE_INFINITY : b.get("span").asDouble();
            expected.put(Set.of(b.get("u").asText(), b.get("v").asText()), span);
            assertThat(b.get("is_bridge").asBoolean()).isEqualTo(span == Double.POSITIVE_INFINITY);
        });
        Map<Set<String>, Double> actual = r.localBridges().stream().collect(Collectors.toMap(
                b -> Set.of(g.id(b.low()), g.id(b.high())), LocalBridge::spanAsDouble));
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("seededGraphs")
    void localBridgesAndSpansMatchBruteForce(CollaborationGraph g) {
        LocalBridgesResult r = new LocalBridges(g).compute();

        Map<Integer, Integer> expected = new HashMap<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            int u = g.edgeLow(e);
            int v = g.edgeHigh(e);
            int span = bfsDistanceWithoutEdge(g, u, v);
            if (span != 2) {
                expected.put(e, span);
            }
            assertThat(r.span(e)).as("span of edge %d", e).isEqualTo(span);
        }
        assertThat(r.localBridges().stream().collect(Collectors.toMap(LocalBridge::edge, LocalBridge::span)))
                .isEqualTo(expected);
    }

    /** Plain BFS from u to v that never uses the edge u–v; INFINITE_SPAN when v is not reached. */
    static int bfsDistanceWithoutEdge(CollaborationGraph g, int u, int v) {
        int[] dist = new int[g.nodeCount()];
        Arrays.fill(dist, -1);
        dist[u] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(u);
        while (!queue.isEmpty()) {
            int x = queue.poll();
            for (int s = g.rowStart(x); s < g.rowEnd(x); s++) {
                int y = g.neighbour(s);
                if (x == u && y == v || dist[y] >= 0) {
                    continue;
                }
                dist[y] = dist[x] + 1;
                queue.add(y);
            }
        }
        return dist[v] < 0 ? LocalBridge.INFINITE_SPAN : dist[v];
    }

    @Nested
    class LiteralGraphs {

        @Test
        void everyEdgeOfAFiveCycleIsALocalBridgeOfSpanFour() {
            LocalBridgesResult r = new LocalBridges(TestGraphs.cycle(5)).compute();

            assertThat(r.localBridges()).hasSize(5).allSatisfy(b -> {
                assertThat(b.span()).isEqualTo(4);
                assertThat(b.isBridge()).isFalse();
            });
        }

        @Test
        void squareEdgesSpanThree() {
            assertThat(new LocalBridges(TestGraphs.cycle(4)).compute().localBridges())
                    .extracting(LocalBridge::span).containsExactly(3, 3, 3, 3);
        }

        @Test
        void triangleEdgesAreEmbedded() {
            LocalBridgesResult r = new LocalBridges(TestGraphs.cycle(3)).compute();

            assertThat(r.count()).isZero();
            assertThat(r.span(0)).isEqualTo(2);
            assertThat(r.isLocalBridge(0)).isFalse();
        }

        @Test
        void pendantEdgeIsABridgeWithInfiniteSpan() {
            // Square 0-1-2-3 with pendant 3–4 (edge 3–4 has id 4).
            CollaborationGraph g = TestGraphs.of(5, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3},
                    new int[] {0, 3}, new int[] {3, 4});
            LocalBridgesResult r = new LocalBridges(g).compute();

            int pendant = g.edgeId(3, g.slotOf(3, 4));
            assertThat(r.span(pendant)).isEqualTo(LocalBridge.INFINITE_SPAN);
            assertThat(r.localBridges()).filteredOn(LocalBridge::isBridge).extracting(LocalBridge::edge)
                    .containsExactly(pendant);
            assertThat(r.localBridges()).filteredOn(b -> !b.isBridge()).extracting(LocalBridge::span)
                    .containsOnly(3);
        }
    }
}
