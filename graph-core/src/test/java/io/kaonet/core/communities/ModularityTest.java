package io.kaonet.core.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.testing.SeededGraphs;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModularityTest {

    static Stream<OracleCommunities.Entry> referencePartitions() {
        return OracleCommunities.networks().flatMap(o -> OracleCommunities.entries(o).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referencePartitions")
    void modularityOfEveryReferencePartitionMatchesNetworkX(OracleCommunities.Entry entry) {
        CollaborationGraph g = entry.oracle().graph();
        assertThat(entry.value("modularity").isPresent() || entry.value("modularity_weighted").isPresent()).isTrue();

        entry.value("modularity").ifPresent(expected -> assertThat(
                new Modularity(g, Modularity.Parameters.UNWEIGHTED).compute(entry.partition()))
                .isCloseTo(expected, within(1e-9)));
        entry.value("modularity_weighted").ifPresent(expected -> assertThat(
                new Modularity(g, Modularity.Parameters.DEFAULTS).compute(entry.partition()))
                .isCloseTo(expected, within(1e-9)));
    }

    @Test
    void twoTrianglesJoinedByAnEdge() {
        // m = 7; each triangle has 3 inner edges and degree sum 7: Q = 2 (3/7 - (7/14)^2) = 5/14.
        CollaborationGraph g = SeededGraphs.of(6, new int[][] {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}});

        assertThat(new Modularity(g).compute(Partition.of(new int[] {0, 0, 0, 1, 1, 1}))).isCloseTo(5.0 / 14, within(1e-15));
        // Everything together: 7/7 - 1 = 0.
        assertThat(new Modularity(g).compute(Partition.of(new int[6]))).isCloseTo(0, within(1e-15));
        // γ = 2 doubles the penalty: 6/7 - 2 * 2 * 1/4 = -1/7.
        assertThat(new Modularity(g, new Modularity.Parameters(2, true)).compute(Partition.of(new int[] {0, 0, 0, 1, 1, 1})))
                .isCloseTo(-1.0 / 7, within(1e-15));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void equalsTheDoubleSumDefinitionOnRandomWeightedGraphs(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CollaborationGraph g = SeededGraphs.erdosRenyi(seed, 25, 0.2, 5);
        int[] labels = random.ints(25, 0, 4).toArray();
        for (boolean weighted : new boolean[] {false, true}) {
            for (double gamma : new double[] {0, 0.5, 1, 2.5}) {
                double expected = bruteForce(g, labels, weighted, gamma);
                assertThat(new Modularity(g, new Modularity.Parameters(gamma, weighted)).compute(Partition.of(labels)))
                        .as("weighted=%s, γ=%s", weighted, gamma).isCloseTo(expected, within(1e-12));
            }
        }
    }

    /** Q = 1/2m Σ_ij (A_ij − γ k_i k_j / 2m) δ(c_i, c_j) over all ordered pairs. */
    private static double bruteForce(CollaborationGraph g, int[] labels, boolean weighted, double gamma) {
        int n = g.nodeCount();
        double[][] a = new double[n][n];
        double[] k = new double[n];
        double twoM = 0;
        for (int u = 0; u < n; u++) {
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                double w = weighted ? g.weight(s) : 1;
                a[u][g.neighbour(s)] = w;
                k[u] += w;
                twoM += w;
            }
        }
        double q = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (labels[i] == labels[j]) {
                    q += a[i][j] - gamma * k[i] * k[j] / twoM;
                }
            }
        }
        return q / twoM;
    }

    @Test
    void aGraphWithoutEdgesHasNoModularity() {
        CollaborationGraph g = SeededGraphs.of(3, new int[0][]);

        assertThat(new Modularity(g).compute(Partition.singletons(3))).isNaN();
    }

    @Test
    void rejectsAPartitionOfAnotherSize() {
        CollaborationGraph g = SeededGraphs.of(3, new int[][] {{0, 1}});

        assertThatThrownBy(() -> new Modularity(g).compute(Partition.singletons(4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("covers 4 nodes, the graph has 3");
    }

    @Test
    void rejectsANegativeOrNonFiniteResolution() {
        assertThatThrownBy(() -> new Modularity.Parameters(-0.1, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resolution");
        assertThatThrownBy(() -> new Modularity.Parameters(Double.NaN, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Modularity.Parameters(Double.POSITIVE_INFINITY, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
