package io.kaonet.core.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.oracle.Oracle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DegreeStatisticsTest {

    static Stream<Oracle> undirectedOracles() {
        return Stream.concat(Oracle.UNDIRECTED.stream().map(Oracle::load),
                Stream.of("bipartite", "women", "event").map(Oracle::davis));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undirectedOracles")
    void sizeDensityDegreesAndIsolatesMatchNetworkX(Oracle oracle) {
        CollaborationGraph g = oracle.graph();
        DegreeStatisticsResult r = new DegreeStatistics(g).compute();

        assertThat(r.nodes()).isEqualTo((int) oracle.scalar("n_nodes"));
        assertThat(r.edges()).isEqualTo((long) oracle.scalar("n_edges"));
        assertThat(r.density()).isCloseTo(oracle.scalar("density"), within(1e-9));
        assertThat(r.density()).isCloseTo(oracle.scalar("density_igraph"), within(1e-9));
        var degrees = oracle.perNode("degree");
        degrees.forEach((u, d) -> assertThat((double) g.degree(u)).as("degree of %s", g.id(u)).isEqualTo(d));
        double meanDegree = degrees.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(r.meanDegree()).isCloseTo(meanDegree, within(1e-9));
        assertThat(r.maxDegree()).isEqualTo((int) degrees.values().stream().mapToDouble(Double::doubleValue).max()
                .orElseThrow());

        Set<String> isolates = new HashSet<>();
        oracle.metrics().get("isolates").forEach(id -> isolates.add(id.asText()));
        assertThat(Arrays.stream(r.isolates()).mapToObj(g::id).collect(Collectors.toSet())).isEqualTo(isolates);
        Set<String> pendants = degrees.entrySet().stream().filter(e -> e.getValue() == 1.0)
                .map(e -> g.id(e.getKey())).collect(Collectors.toSet());
        assertThat(Arrays.stream(r.pendants()).mapToObj(g::id).collect(Collectors.toSet())).isEqualTo(pendants);
    }

    @Test
    void emonReadAsUndirectedHasNoIsolates() {
        Oracle emon = Oracle.emonCheyenne();
        DegreeStatisticsResult r = new DegreeStatistics(emon.graph()).compute();

        assertThat(emon.metrics().get("isolates")).isEmpty();
        assertThat(r.isolateCount()).isZero();
        assertThat(r.nodes()).isEqualTo((int) emon.scalar("n_nodes"));
    }

    @Nested
    class FreemanCentralization {

        @Test
        void starIsOne() {
            assertThat(new DegreeStatistics(TestGraphs.star(6)).compute().degreeCentralization()).isEqualTo(1.0);
        }

        @Test
        void regularGraphsAreZero() {
            assertThat(new DegreeStatistics(TestGraphs.complete(5)).compute().degreeCentralization()).isZero();
            assertThat(new DegreeStatistics(TestGraphs.cycle(7)).compute().degreeCentralization()).isZero();
        }

        @Test
        void pathOfFourIsOneThird() {
            // degrees 1 2 2 1: Σ(2 − d) = 2 over (4 − 1)(4 − 2) = 6
            DegreeStatisticsResult r = new DegreeStatistics(TestGraphs.path(4)).compute();

            assertThat(r.centralizationSum()).isEqualTo(2);
            assertThat(r.degreeCentralization()).isCloseTo(1.0 / 3, within(1e-15));
        }

        @Test
        void undefinedBelowThreeNodes() {
            assertThat(new DegreeStatistics(TestGraphs.path(2)).compute().degreeCentralization()).isNaN();
            assertThat(new DegreeStatistics(TestGraphs.of(0)).compute().degreeCentralization()).isNaN();
        }
    }

    @Test
    void literalGraphWithIsolateAndPendants() {
        // triangle 0-1-2, tail 2–3–4 (4 is the only pendant), isolate 5
        CollaborationGraph g = TestGraphs.of(6, new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2},
                new int[] {2, 3}, new int[] {3, 4});
        DegreeStatisticsResult r = new DegreeStatistics(g).compute();

        assertThat(r.density()).isCloseTo(5.0 / 15, within(1e-15));
        assertThat(r.meanDegree()).isCloseTo(10.0 / 6, within(1e-15));
        assertThat(r.isolates()).containsExactly(5);
        assertThat(r.pendants()).containsExactly(4);
        // max degree 3 (node 2): Σ(3 − d) = 1 + 1 + 0 + 1 + 2 + 3 = 8 over 5 · 4
        assertThat(r.degreeCentralization()).isCloseTo(8.0 / 20, within(1e-15));
    }

    @Test
    void emptyAndSingleNodeGraphsHaveZeroDensity() {
        assertThat(new DegreeStatistics(TestGraphs.of(0)).compute().density()).isZero();
        assertThat(new DegreeStatistics(TestGraphs.of(1)).compute().density()).isZero();
        assertThat(new DegreeStatistics(TestGraphs.of(0)).compute().meanDegree()).isZero();
    }
}
