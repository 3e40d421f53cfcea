package io.kaonet.core.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.brokerage.StructuralHoles.Parameters;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import io.kaonet.core.oracle.Oracle;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StructuralHolesTest {

    private static final double TOLERANCE = 1e-9;

    static Stream<Oracle> undirectedOracles() {
        return Stream.concat(Oracle.UNDIRECTED.stream().map(Oracle::load),
                Stream.of("bipartite", "women", "event").map(Oracle::davis));
    }

    static Stream<Oracle> weightedOracles() {
        return Stream.of(Oracle.load("karate"), Oracle.davis("women"), Oracle.davis("event"));
    }

    private static void assertMatches(Oracle oracle, String metric, double[] actual) {
        Map<Integer, Double> expected = oracle.perNode(metric);
        assertThat(expected).hasSize(actual.length);
        expected.forEach((u, value) -> {
            if (Double.isNaN(value)) {
                assertThat(actual[u]).as("%s of %s in %s", metric, oracle.graph().id(u), oracle).isNaN();
            } else {
                assertThat(actual[u]).as("%s of %s in %s", metric, oracle.graph().id(u), oracle)
                        .isCloseTo(value, within(TOLERANCE));
            }
        });
    }

    @Nested
    class AgainstOracles {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.kaonet.core.brokerage.StructuralHolesTest#undirectedOracles")
        void unweightedMeasuresMatchNetworkX(Oracle oracle) {
            StructuralHolesResult r = new StructuralHoles(oracle.graph(), Parameters.unweighted().withThreads(2))
                    .compute();

            assertMatches(oracle, "constraint", r.constraintAll());
            assertMatches(oracle, "effective_size", r.effectiveSizeAll());
            assertMatches(oracle, "efficiency", r.efficiencyAll());
            assertThat(r.metadata().weighted()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.kaonet.core.brokerage.StructuralHolesTest#weightedOracles")
        void weightedMeasuresMatchNetworkXAndIgraph(Oracle oracle) {
            StructuralHolesResult r = new StructuralHoles(oracle.graph(), Parameters.defaults()).compute();

            assertMatches(oracle, "constraint_weighted", r.constraintAll());
            assertMatches(oracle, "constraint_weighted_igraph", r.constraintAll());
            assertMatches(oracle, "effective_size_weighted", r.effectiveSizeAll());
            assertThat(r.metadata().weighted()).isTrue();
        }

        @Test
        void directedConstraintMatchesIgraphOnEmon() {
            Oracle emon = Oracle.emonCheyenne();
            StructuralHolesResult r = new StructuralHoles(emon.graph(), Parameters.directed()).compute();

            assertMatches(emon, "constraint_directed_igraph", r.constraintAll());
        }
    }

    @Nested
    class Hierarchy {

        // 0 ties to 1, 2, 3; 1 and 2 are tied; 3 is a pendant.
        private final CollaborationGraph graph = graph(new int[][] {{0, 1}, {0, 2}, {0, 3}, {1, 2}});

        @Test
        void egoWithOneClosedPairMatchesTheHandComputedValue() {
            StructuralHolesResult r = new StructuralHoles(graph, Parameters.unweighted()).compute();

            // p_0j = 1/3, p_12 = p_21 = 1/2: c_01 = c_02 = (1/3 + 1/6)^2 = 1/4, c_03 = 1/9, C = 11/18;
            // r_j = c_0j / (C/3): 27/22, 27/22, 12/22.
            assertThat(r.constraint(0)).isCloseTo(11.0 / 18, within(TOLERANCE));
            double expected = (2 * (27.0 / 22) * Math.log(27.0 / 22) + (12.0 / 22) * Math.log(12.0 / 22))
                    / (3 * Math.log(3));
            assertThat(r.hierarchy(0)).isCloseTo(expected, within(TOLERANCE));
            assertThat(r.effectiveSize(0)).isCloseTo(3 - 2.0 / 3, within(TOLERANCE));
            assertThat(r.efficiency(0)).isCloseTo((3 - 2.0 / 3) / 3, within(TOLERANCE));
        }

        @Test
        void nodeInTheTriangleMatchesTheHandComputedValue() {
            StructuralHolesResult r = new StructuralHoles(graph, Parameters.unweighted()).compute();

            // node 1: p_10 = p_12 = 1/2, p_20 = 1/2, p_02 = 1/3:
            // c_10 = (1/2 + 1/4)^2 = 9/16, c_12 = (1/2 + 1/6)^2 = 4/9, C = 145/144.
            assertThat(r.constraint(1)).isCloseTo(145.0 / 144, within(TOLERANCE));
            double a = 162.0 / 145;
            double b = 128.0 / 145;
            assertThat(r.hierarchy(1)).isCloseTo((a * Math.log(a) + b * Math.log(b)) / (2 * Math.log(2)),
                    within(TOLERANCE));
        }

        @Test
        void pendantHasFullConstraintAndNoHierarchy() {
            StructuralHolesResult r = new StructuralHoles(graph, Parameters.unweighted()).compute();

            assertThat(r.constraint(3)).isCloseTo(1.0, within(TOLERANCE));
            assertThat(r.effectiveSize(3)).isCloseTo(1.0, within(TOLERANCE));
            assertThat(r.hierarchy(3)).isNaN();
        }

        @Test
        void centreOfAStarHasZeroHierarchy() {
            StructuralHolesResult r = new StructuralHoles(graph(new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}}),
                    Parameters.unweighted()).compute();

            assertThat(r.hierarchy(0)).isCloseTo(0.0, within(TOLERANCE));
            assertThat(r.constraint(0)).isCloseTo(0.25, within(TOLERANCE));
            assertThat(r.effectiveSize(0)).isCloseTo(4.0, within(TOLERANCE));
        }

        @Test
        void isolateIsNaNEverywhere() {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            b.addNode("alone", null, ActorKind.COMPANY);
            StructuralHolesResult r = new StructuralHoles(b.build(), Parameters.defaults()).compute();

            assertThat(r.constraint(0)).isNaN();
            assertThat(r.effectiveSize(0)).isNaN();
            assertThat(r.efficiency(0)).isNaN();
            assertThat(r.hierarchy(0)).isNaN();
        }
    }

    @Nested
    class AgainstPlainDefinition {

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {31, 32, 33})
        void fastLoopEqualsTheDefinitionOnRandomGraphs(long seed) {
            for (int maxWeight : new int[] {1, 5}) {
                CollaborationGraph g = SeededGraphs.gnp(seed, 30, 0.2, maxWeight, 0);
                StructuralHolesResult r = new StructuralHoles(g, Parameters.defaults().withThreads(3)).compute();
                double[][] a = matrix(g);
                for (int i = 0; i < g.nodeCount(); i++) {
                    assertThat(r.constraint(i)).isCloseTo(constraintByDefinition(a, i), within(TOLERANCE));
                    assertThat(r.effectiveSize(i)).isCloseTo(effectiveSizeByDefinition(a, i), within(TOLERANCE));
                }
            }
        }

        @Test
        void directedWithWeightsIsRejected() {
            CollaborationGraph g = SeededGraphs.gnp(3, 10, 0.3, 4, 0.5);
            assertThatThrownBy(() -> new StructuralHoles(g, new Parameters(Direction.DIRECTED, true, 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot use tie weights");
        }

        private double[][] matrix(CollaborationGraph g) {
            int n = g.nodeCount();
            double[][] a = new double[n][n];
            for (int u = 0; u < n; u++) {
                for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                    a[u][g.neighbour(s)] = g.weight(s);
                }
            }
            return a;
        }

        private double p(double[][] a, int i, int j) {
            double sum = 0;
            for (double x : a[i]) {
                sum += x;
            }
            return a[i][j] / sum;
        }

        private double constraintByDefinition(double[][] a, int i) {
            int n = a.length;
            double c = 0;
            int contacts = 0;
            for (int j = 0; j < n; j++) {
                if (a[i][j] == 0) {
                    continue;
                }
                contacts++;
                double local = p(a, i, j);
                for (int q = 0; q < n; q++) {
                    if (q != i && q != j && a[i][q] > 0) {
                        local += p(a, i, q) * p(a, q, j);
                    }
                }
                c += local * local;
            }
            return contacts == 0 ? Double.NaN : c;
        }

        private double effectiveSizeByDefinition(double[][] a, int i) {
            int n = a.length;
            double size = 0;
            int contacts = 0;
            for (int j = 0; j < n; j++) {
                if (a[i][j] == 0) {
                    continue;
                }
                contacts++;
                double max = 0;
                for (double x : a[j]) {
                    max = Math.max(max, x);
                }
                double redundancy = 0;
                for (int q = 0; q < n; q++) {
                    if (q != i && q != j && a[i][q] > 0) {
                        redundancy += p(a, i, q) * a[j][q] / max;
                    }
                }
                size += 1 - redundancy;
            }
            return contacts == 0 ? Double.NaN : size;
        }
    }

    static CollaborationGraph graph(int[][] edges) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        int n = 0;
        for (int[] e : edges) {
            n = Math.max(n, Math.max(e[0], e[1]) + 1);
        }
        for (int u = 0; u < n; u++) {
            b.addNode("v" + u, null, ActorKind.COMPANY);
        }
        for (int[] e : edges) {
            b.addTie(e[0], e[1], TieKind.ALLIANCE, 1.0, null);
        }
        return b.build();
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        CollaborationGraph g = SeededGraphs.gnp(17, 60, 0.1, 3, 0);
        StructuralHolesResult one = new StructuralHoles(g, Parameters.defaults().withThreads(1)).compute();
        StructuralHolesResult three = new StructuralHoles(g, Parameters.defaults().withThreads(3)).compute();

        assertThat(three.constraintAll()).containsExactly(one.constraintAll());
        assertThat(three.effectiveSizeAll()).containsExactly(one.effectiveSizeAll());
        assertThat(three.hierarchyAll()).containsExactly(one.hierarchyAll());
        assertThatThrownBy(() -> Parameters.defaults().withThreads(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
