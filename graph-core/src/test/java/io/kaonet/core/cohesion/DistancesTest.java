package io.kaonet.core.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.oracle.Oracle;
import io.kaonet.core.testing.SeededGraphs;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.FloydWarshallShortestPaths;
import org.jgrapht.alg.shortestpath.GraphMeasurer;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DistancesTest {

    static Stream<Oracle> oracles() {
        return BruteForce.oracles();
    }

    static Stream<CollaborationGraph> seededGraphs() {
        return SeededGraphs.seededVariety(120, 4242L);
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void exactMeanAndDiameterMatchFloydWarshallOnOracles(Oracle oracle) {
        assertMatchesFloydWarshall(oracle.graph());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void diameterOfConnectedOraclesMatchesJGraphT(Oracle oracle) {
        Graph<Integer, DefaultEdge> j = TestGraphs.unweightedJGraphT(oracle.graph());
        org.junit.jupiter.api.Assumptions.assumeTrue(new ConnectivityInspector<>(j).isConnected(),
                "JGraphT's diameter is infinite on a disconnected graph");

        assertThat((double) new Distances(oracle.graph(), Distances.Parameters.exact()).compute().diameter())
                .isEqualTo(new GraphMeasurer<>(j).getDiameter());
    }

    @ParameterizedTest
    @MethodSource("seededGraphs")
    void exactMeanAndDiameterMatchFloydWarshallOnRandomGraphs(CollaborationGraph g) {
        assertMatchesFloydWarshall(g);
    }

    private static void assertMatchesFloydWarshall(CollaborationGraph g) {
        int[][] d = BruteForce.floydWarshall(g);
        DistancesResult r = new Distances(g, Distances.Parameters.exact()).compute();

        double expected = BruteForce.meanDistance(d);
        if (Double.isNaN(expected)) {
            assertThat(r.meanDistance()).isNaN();
            assertThat(r.standardError()).isNaN();
        } else {
            assertThat(r.meanDistance()).isCloseTo(expected, within(1e-12));
            assertThat(r.standardError()).isZero();
        }
        assertThat(r.diameter()).isEqualTo(BruteForce.diameter(d));
        assertThat(r.sampled()).isFalse();
        assertThat(r.sources()).isEqualTo(g.nodeCount());
    }

    @ParameterizedTest
    @MethodSource("seededGraphs")
    void exactMatchesJGraphT(CollaborationGraph g) {
        Graph<Integer, DefaultEdge> j = TestGraphs.unweightedJGraphT(g);
        FloydWarshallShortestPaths<Integer, DefaultEdge> paths = new FloydWarshallShortestPaths<>(j);
        double sum = 0;
        long pairs = 0;
        for (int s = 0; s < g.nodeCount(); s++) {
            for (int t = 0; t < g.nodeCount(); t++) {
                double w = paths.getPathWeight(s, t);
                if (s != t && w != Double.POSITIVE_INFINITY) {
                    sum += w;
                    pairs++;
                }
            }
        }
        DistancesResult r = new Distances(g, Distances.Parameters.exact()).compute();

        assertThat(r.measuredPairs()).isEqualTo(pairs);
        if (pairs > 0) {
            assertThat(r.meanDistance()).isCloseTo(sum / pairs, within(1e-12));
        }
        if (g.nodeCount() > 0 && new ConnectivityInspector<>(j).isConnected()) {
            assertThat((double) r.diameter()).isEqualTo(new GraphMeasurer<>(j, paths).getDiameter());
        }
    }

    @Test
    void resultDoesNotDependOnConcurrency() {
        CollaborationGraph g = SeededGraphs.random(600, 1500, 5L);

        DistancesResult one = new Distances(g, Distances.Parameters.exact().withConcurrency(1)).compute();
        DistancesResult many = new Distances(g, Distances.Parameters.exact().withConcurrency(4)).compute();

        assertThat(many).isEqualTo(one);
    }

    @Nested
    class Sampled {

        private final CollaborationGraph g = SeededGraphs.random(1500, 3000, 99L);
        private final DistancesResult exact = new Distances(g, Distances.Parameters.exact()).compute();

        @Test
        void reportsSamplingMetadataAndALowerBoundForTheDiameter() {
            DistancesResult r = new Distances(g, Distances.Parameters.sampled(100, 7L)).compute();

            assertThat(r.sampled()).isTrue();
            assertThat(r.sources()).isEqualTo(100);
            assertThat(r.seed()).isEqualTo(7L);
            assertThat(r.standardError()).isPositive();
            assertThat(r.diameter()).isLessThanOrEqualTo(exact.diameter()).isPositive();
        }

        @Test
        void repeatsForASeed() {
            Distances.Parameters p = Distances.Parameters.sampled(50, 11L);

            assertThat(new Distances(g, p).compute()).isEqualTo(new Distances(g, p.withConcurrency(1)).compute());
        }

        @Test
        void standardErrorMatchesTheSpreadOfEstimatesOverSeeds() {
            int runs = 200;
            double[] estimate = new double[runs];
            double meanSe = 0;
            for (int i = 0; i < runs; i++) {
                DistancesResult r = new Distances(g, Distances.Parameters.sampled(40, 1000L + i)).compute();
                estimate[i] = r.meanDistance();
                meanSe += r.standardError() / runs;
            }
            double avg = java.util.Arrays.stream(estimate).average().orElseThrow();
            double sd = Math.sqrt(java.util.Arrays.stream(estimate).map(x -> (x - avg) * (x - avg)).sum() / (runs - 1));

            // The estimator is (nearly) unbiased and its reported error is the real spread.
            assertThat(avg).isCloseTo(exact.meanDistance(), within(3 * sd / Math.sqrt(runs)));
            assertThat(meanSe / sd).isBetween(0.8, 1.25);
        }

        @Test
        void asManySourcesAsNodesIsExact() {
            DistancesResult r = new Distances(g, Distances.Parameters.sampled(g.nodeCount(), 3L)).compute();

            assertThat(r).isEqualTo(exact);
        }

        @Test
        void exactBelowTheNodeLimit() {
            Distances.Parameters p = new Distances.Parameters(g.nodeCount(), 10, 1L, 2);

            assertThat(new Distances(g, p).compute().sampled()).isFalse();
            assertThat(new Distances(g, new Distances.Parameters(g.nodeCount() - 1, 10, 1L, 2)).compute().sampled())
                    .isTrue();
        }
    }

    @Test
    void noConnectedPairGivesNaNAndZeroDiameter() {
        DistancesResult r = new Distances(TestGraphs.of(3), Distances.Parameters.exact()).compute();

        assertThat(r.meanDistance()).isNaN();
        assertThat(r.diameter()).isZero();
        assertThat(r.measuredPairs()).isZero();
    }

    @Test
    void pathOfFiveHasMeanTwoAndDiameterFour() {
        // ordered pairs at distance 1..4: 8, 6, 4, 2 → 40 / 20
        DistancesResult r = new Distances(TestGraphs.path(5), Distances.Parameters.exact()).compute();

        assertThat(r.meanDistance()).isEqualTo(2.0);
        assertThat(r.diameter()).isEqualTo(4);
        assertThat(r.measuredPairs()).isEqualTo(20);
    }

    @Test
    void parametersRejectOutOfRangeValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Distances.Parameters(-1, 10, 0, 1))
                .withMessageContaining("exact node limit");
        assertThatIllegalArgumentException().isThrownBy(() -> new Distances.Parameters(0, 0, 0, 1))
                .withMessageContaining("sample sources");
        assertThatIllegalArgumentException().isThrownBy(() -> new Distances.Parameters(0, 10, 0, 0))
                .withMessageContaining("concurrency");
    }
}
