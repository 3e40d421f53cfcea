package io.kaonet.core.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.oracle.Oracle;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallWorldTest {

    private static SmallWorld.Parameters parameters(int graphs, long seed, SmallWorld.Domain domain) {
        return new SmallWorld.Parameters(graphs, seed, domain, SmallWorld.ClusteringMeasure.TRANSITIVITY,
                Distances.Parameters.exact());
    }

    /** {@code cliques} cliques of {@code size} nodes in a ring, one edge of each clique rewired to the next. */
    static CollaborationGraph connectedCaveman(int cliques, int size) {
        List<int[]> edges = new ArrayList<>();
        for (int c = 0; c < cliques; c++) {
            int base = c * size;
            for (int i = 0; i < size; i++) {
                for (int j = i + 1; j < size; j++) {
                    if (!(i == 0 && j == 1)) {
                        edges.add(new int[] {base + i, base + j});
                    }
                }
            }
            edges.add(new int[] {base, ((c + 1) % cliques) * size + 1});
        }
        return TestGraphs.of(cliques * size, edges.toArray(int[][]::new));
    }

    @Nested
    class RandomReferenceGraphs {

        @ParameterizedTest(name = "G({0}, {1})")
        @CsvSource({"0, 0", "1, 0", "2, 1", "10, 0", "10, 12", "10, 30", "10, 45", "50, 1000", "200, 600"})
        void haveExactlyNNodesAndMDistinctEdges(int n, int m) {
            CollaborationGraph g = RandomGraphs.gnm(n, m, new SplittableRandom(n * 31L + m));

            assertThat(g.nodeCount()).isEqualTo(n);
            assertThat(g.edgeCount()).isEqualTo(m);
        }

        @Test
        void repeatForASeedAndDifferAcrossSeeds() {
            CollaborationGraph a = RandomGraphs.gnm(100, 300, new SplittableRandom(5));
            CollaborationGraph b = RandomGraphs.gnm(100, 300, new SplittableRandom(5));
            CollaborationGraph c = RandomGraphs.gnm(100, 300, new SplittableRandom(6));

            assertThat(edges(a)).isEqualTo(edges(b)).isNotEqualTo(edges(c));
        }

        @Test
        void rejectMoreEdgesThanPairs() {
            assertThatIllegalArgumentException().isThrownBy(() -> RandomGraphs.gnm(4, 7, new SplittableRandom(1)))
                    .withMessageContaining("0..6");
        }

        @Test
        void spreadEdgesUniformlySoTransitivityIsNearTheDensity() {
            // For G(n, m) expected transitivity is about p = m / C(n, 2); here p = 0.1.
            int n = 200;
            int m = 1990;
            double sum = 0;
            int graphs = 20;
            for (int i = 0; i < graphs; i++) {
                sum += new Clustering(RandomGraphs.gnm(n, m, new SplittableRandom(i))).compute().transitivity();
            }
            assertThat(sum / graphs).isCloseTo(0.1, within(0.005));
        }

        private static List<List<Integer>> edges(CollaborationGraph g) {
            List<List<Integer>> out = new ArrayList<>();
            for (int e = 0; e < g.edgeCount(); e++) {
                out.add(List.of(g.edgeLow(e), g.edgeHigh(e)));
            }
            return out;
        }
    }

    @Test
    void repeatsExactlyForASeed() {
        CollaborationGraph g = Oracle.load("karate").graph();

        SmallWorldResult a = new SmallWorld(g, parameters(5, 17L, SmallWorld.Domain.GIANT_COMPONENT)).compute();
        SmallWorldResult b = new SmallWorld(g, parameters(5, 17L, SmallWorld.Domain.GIANT_COMPONENT)).compute();
        SmallWorldResult c = new SmallWorld(g, parameters(5, 18L, SmallWorld.Domain.GIANT_COMPONENT)).compute();

        assertThat(a).isEqualTo(b);
        assertThat(c.randomClustering()).isNotEqualTo(a.randomClustering());
        assertThat(c.clustering()).isEqualTo(a.clustering());
    }

    @Test
    void measuresTheGraphItselfWithClusteringAndDistances() {
        CollaborationGraph g = Oracle.load("karate").graph();
        SmallWorldResult r = new SmallWorld(g, parameters(3, 1L, SmallWorld.Domain.GIANT_COMPONENT)).compute();

        assertThat(r.clustering()).isEqualTo(new Clustering(g).compute().transitivity());
        assertThat(r.meanDistance()).isEqualTo(new Distances(g, Distances.Parameters.exact()).compute().meanDistance());
        assertThat(r.sigma()).isCloseTo((r.clustering() / r.randomClustering()) / (r.meanDistance() / r.randomMeanDistance()),
                within(1e-12));
        assertThat(r.nodes()).isEqualTo(34);
        assertThat(r.edges()).isEqualTo(78);
        assertThat(r.distancesSampled()).isFalse();
    }

    @Test
    void averageLocalMeasureUsesTheWattsStrogatzAverage() {
        CollaborationGraph g = Oracle.load("karate").graph();
        SmallWorld.Parameters p = new SmallWorld.Parameters(3, 1L, SmallWorld.Domain.WHOLE_GRAPH,
                SmallWorld.ClusteringMeasure.AVERAGE_LOCAL, Distances.Parameters.exact());

        SmallWorldResult r = new SmallWorld(g, p).compute();

        assertThat(r.clustering()).isEqualTo(new Clustering(g).compute().averageZerosIncluded());
        assertThat(r.clusteringMeasure()).isEqualTo(SmallWorld.ClusteringMeasure.AVERAGE_LOCAL);
    }

    @Test
    void giantComponentDomainDropsTheIsolate() {
        // Florentine marriages: 16 families, Pucci isolated; the giant component has 15 and all 20 ties.
        CollaborationGraph g = Oracle.load("florentine_marriage").graph();

        SmallWorldResult giant = new SmallWorld(g, parameters(4, 3L, SmallWorld.Domain.GIANT_COMPONENT)).compute();
        SmallWorldResult whole = new SmallWorld(g, parameters(4, 3L, SmallWorld.Domain.WHOLE_GRAPH)).compute();

        assertThat(giant.nodes()).isEqualTo(15);
        assertThat(giant.edges()).isEqualTo(20);
        assertThat(whole.nodes()).isEqualTo(16);
        assertThat(giant.domain()).isEqualTo(SmallWorld.Domain.GIANT_COMPONENT);
        // Same ties and transitivity; only the reference graphs differ (15 versus 16 nodes).
        assertThat(giant.clustering()).isEqualTo(whole.clustering());
        assertThat(giant.meanDistance()).isEqualTo(whole.meanDistance());
    }

    @Test
    void cavemanGraphIsASmallWorld() {
        SmallWorldResult r = new SmallWorld(connectedCaveman(20, 6), parameters(10, 2L, SmallWorld.Domain.GIANT_COMPONENT))
                .compute();

        assertThat(r.clustering()).isGreaterThan(0.7);
        assertThat(r.sigma()).isGreaterThan(3.0);
    }

    @Test
    void randomGraphIsNoSmallWorld() {
        CollaborationGraph g = RandomGraphs.gnm(300, 1500, new SplittableRandom(12));

        SmallWorldResult r = new SmallWorld(g, parameters(10, 4L, SmallWorld.Domain.GIANT_COMPONENT)).compute();

        assertThat(r.sigma()).isBetween(0.75, 1.33);
        assertThat(r.randomClusteringSd()).isPositive();
    }

    @Test
    void parametersAreChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> parameters(0, 1L, SmallWorld.Domain.WHOLE_GRAPH))
                .withMessageContaining("random graphs");
        assertThatNullPointerException().isThrownBy(() -> parameters(1, 1L, null)).withMessageContaining("domain");
        assertThat(SmallWorld.Parameters.defaults().randomGraphs()).isEqualTo(SmallWorld.Parameters.DEFAULT_RANDOM_GRAPHS);
    }
}
