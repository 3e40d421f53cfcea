package io.kaonet.core.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.cohesion.Components;
import io.kaonet.core.cohesion.ComponentsResult;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.oracle.Oracle;
import io.kaonet.core.testing.SeededGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract both Louvain and Leiden meet. */
class CommunityDetectionTest {

    /** The two algorithms, run with their default parameters except the ones a test sets. */
    enum Algorithm {
        LOUVAIN {
            @Override
            CommunityResult run(CollaborationGraph g, long seed, boolean weighted, double resolution) {
                return new Louvain(g, Louvain.Parameters.seeded(seed).withWeighted(weighted).withResolution(resolution))
                        .compute();
            }
        },
        LEIDEN {
            @Override
            CommunityResult run(CollaborationGraph g, long seed, boolean weighted, double resolution) {
                return new Leiden(g, Leiden.Parameters.seeded(seed).withWeighted(weighted).withResolution(resolution))
                        .compute();
            }
        };

        abstract CommunityResult run(CollaborationGraph g, long seed, boolean weighted, double resolution);

        CommunityResult run(CollaborationGraph g, long seed, boolean weighted) {
            return run(g, seed, weighted, 1.0);
        }
    }

    static final long[] SEEDS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    static Stream<Arguments> oracleCases() {
        List<Arguments> out = new ArrayList<>();
        for (Oracle o : OracleCommunities.networks().toList()) {
            for (Algorithm a : Algorithm.values()) {
                out.add(Arguments.of(a, o, false));
                if (OracleCommunities.bestReference(o, "modularity_weighted").isPresent()) {
                    out.add(Arguments.of(a, o, true));
                }
            }
        }
        return out.stream();
    }

    @Nested
    class AgainstTheOracles {

        @ParameterizedTest(name = "{0} on {1}, weighted={2}")
        @MethodSource("io.kaonet.core.communities.CommunityDetectionTest#oracleCases")
        void modularityIsWithinOnePercentOfTheBestReferenceAndNeverAboveTheOptimum(Algorithm algorithm, Oracle oracle,
                                                                                   boolean weighted) {
            String key = weighted ? "modularity_weighted" : "modularity";
            double best = OracleCommunities.bestReference(oracle, key).orElseThrow();
            OptionalDouble optimum = OracleCommunities.optimum(oracle, key);
            for (long seed : SEEDS) {
                CommunityResult r = algorithm.run(oracle.graph(), seed, weighted);

                assertThat(r.modularity()).as("seed %d", seed).isGreaterThanOrEqualTo(0.99 * best);
                optimum.ifPresent(q -> assertThat(r.modularity()).as("seed %d", seed).isLessThanOrEqualTo(q + 1e-9));
            }
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Algorithm.class)
        void karateReachesTheKnownOptimumOfFourCommunities(Algorithm algorithm) {
            // Brandes et al. (2008): the optimum 0.4198 is unique, with 4 communities.
            Oracle karate = Oracle.load("karate");
            CommunityResult r = algorithm.run(karate.graph(), Louvain.Parameters.SEED_DEFAULT, false);
            OracleCommunities.Entry optimal = OracleCommunities.entries(karate).stream()
                    .filter(OracleCommunities.Entry::optimal).findFirst().orElseThrow();

            assertThat(r.modularity()).isCloseTo(optimal.value("modularity").orElseThrow(), within(1e-9));
            assertThat(r.partition()).isEqualTo(optimal.partition());
        }
    }

    @Nested
    class Results {

        @ParameterizedTest(name = "{0}")
        @EnumSource(Algorithm.class)
        void theSameSeedGivesTheSamePartition(Algorithm algorithm) {
            CollaborationGraph g = SeededGraphs.planted(11, 6, 15, 0.3, 0.05, 3);

            CommunityResult first = algorithm.run(g, 7, true);
            CommunityResult again = algorithm.run(g, 7, true);

            assertThat(again).isEqualTo(first);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Algorithm.class)
        void reportedModularityIsThatOfThePartitionReturned(Algorithm algorithm) {
            CollaborationGraph g = SeededGraphs.planted(12, 5, 12, 0.4, 0.08, 4);
            for (boolean weighted : new boolean[] {false, true}) {
                for (double gamma : new double[] {0.5, 1, 2}) {
                    CommunityResult r = algorithm.run(g, 3, weighted, gamma);

                    assertThat(r.modularity()).isCloseTo(
                            new Modularity(g, new Modularity.Parameters(gamma, weighted)).compute(r.partition()),
                            within(1e-12));
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Algorithm.class)
        void communitiesAreNumberedByTheirLowestNode(Algorithm algorithm) {
            CommunityResult r = algorithm.run(SeededGraphs.planted(13, 4, 10, 0.5, 0.05, 1), 5, false);

            assertThat(r.communityOf(0)).isZero();
            int next = 0;
            for (int u = 0; u < r.partition().nodeCount(); u++) {
                assertThat(r.communityOf(u)).isLessThanOrEqualTo(next);
                if (r.communityOf(u) == next) {
                    next++;
                }
            }
            assertThat(next).isEqualTo(r.communityCount());
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Algorithm.class)
        void cliquesOnARingAreFoundExactly(Algorithm algorithm) {
            // Six 6-cliques, each tied to the next by one edge: the cliques are the optimum.
            List<int[]> edges = new ArrayList<>();
            int cliques = 6;
            int size = 6;
            for (int c = 0; c < cliques; c++) {
                for (int i = 0; i < size; i++) {
                    for (int j = i + 1; j < size; j++) {
                        edges.add(new int[] {c * size + i, c * size + j});
                    }
                }
                edges.add(new int[] {c * size, ((c + 1) % cliques) * size + 1});
            }
            CollaborationGraph g = SeededGraphs.of(cliques * size, edges.toArray(int[][]::new));
            int[] planted = new int[cliques * size];
            for (int u = 0; u < planted.length; u++) {
                planted[u] = u / size;
            }

            for (long seed : SEEDS) {
                CommunityResult r = algorithm.run(g, seed, false);
                PartitionAgreementResult agreement = new PartitionAgreement(r.partition(), Partition.of(planted)).compute();

                assertThat(agreement.adjustedRandIndex()).as("seed %d", seed).isEqualTo(1.0);
            }
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Algorithm.class)
        void resolutionZeroPutsEachConnectedComponentInOneCommunity(Algorithm algorithm) {
            // With γ = 0 every merge along an edge gains, so the optimum is the components.
            CollaborationGraph g = SeededGraphs.erdosRenyi(21, 60, 0.03, 2);
            ComponentsResult components = new Components(g).compute();
            int[] byComponent = new int[g.nodeCount()];
            for (int u = 0; u < byComponent.length; u++) {
                byComponent[u] = components.componentOf(u);
            }

            CommunityResult r = algorithm.run(g, 1, true, 0.0);

            assertThat(components.count()).isGreaterThan(1);
            assertThat(r.partition()).isEqualTo(Partition.of(byComponent));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Algorithm.class)
        void neverExceedsTheExhaustiveOptimumOnSmallRandomGraphs(Algorithm algorithm) {
            for (long seed = 1; seed <= 6; seed++) {
                CollaborationGraph g = SeededGraphs.erdosRenyi(seed, 9, 0.35, 3);
                double optimum = exhaustiveOptimum(g);
                CommunityResult r = algorithm.run(g, seed, true);

                assertThat(r.modularity()).as("seed %d", seed).isLessThanOrEqualTo(optimum + 1e-12);
            }
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Algorithm.class)
        void aGraphWithoutEdgesStaysInSingletons(Algorithm algorithm) {
            CommunityResult r = algorithm.run(SeededGraphs.of(4, new int[0][]), 1, true);

            assertThat(r.partition()).isEqualTo(Partition.singletons(4));
            assertThat(r.modularity()).isNaN();
            assertThat(r.levels()).isZero();
            assertThat(r.converged()).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Algorithm.class)
        void anEmptyGraphGivesAnEmptyPartition(Algorithm algorithm) {
            CommunityResult r = algorithm.run(SeededGraphs.of(0, new int[0][]), 1, true);

            assertThat(r.partition().nodeCount()).isZero();
            assertThat(r.communityCount()).isZero();
        }
    }

    /** The best modularity over all set partitions (restricted growth strings). */
    private static double exhaustiveOptimum(CollaborationGraph g) {
        int n = g.nodeCount();
        int[] labels = new int[n];
        int[] max = new int[n];
        Modularity modularity = new Modularity(g);
        double best = Double.NEGATIVE_INFINITY;
        while (true) {
            best = Math.max(best, modularity.compute(Partition.of(labels)));
            int i = n - 1;
            while (i > 0 && labels[i] == max[i - 1] + 1) {
                i--;
            }
            if (i == 0) {
                return best;
            }
            labels[i]++;
            for (int j = i; j < n; j++) {
                if (j > i) {
                    labels[j] = 0;
                }
                max[j] = Math.max(j == 0 ? 0 : max[j - 1], labels[j]);
            }
        }
    }

    @Nested
    class Parameters {

        @Test
        void louvainRejectsOutOfRangeSettings() {
            assertThatThrownBy(() -> new Louvain.Parameters(1, -1, true, 10, 1)).hasMessageContaining("resolution");
            assertThatThrownBy(() -> new Louvain.Parameters(1, 1, true, 0, 1)).hasMessageContaining("maxLevels");
            assertThatThrownBy(() -> new Louvain.Parameters(1, 1, true, 10, 0)).hasMessageContaining("randomStarts");
        }

        @Test
        void leidenRejectsOutOfRangeSettings() {
            assertThatThrownBy(() -> new Leiden.Parameters(1, -1, true, 0.01, 2, 1)).hasMessageContaining("resolution");
            assertThatThrownBy(() -> new Leiden.Parameters(1, 1, true, 0, 2, 1)).hasMessageContaining("randomness");
            assertThatThrownBy(() -> new Leiden.Parameters(1, 1, true, 0.01, 0, 1)).hasMessageContaining("maxIterations");
            assertThatThrownBy(() -> new Leiden.Parameters(1, 1, true, 0.01, 2, 0)).hasMessageContaining("randomStarts");
        }

        @Test
        void aLevelLimitStopsLouvainEarly() {
            CollaborationGraph g = SeededGraphs.planted(31, 8, 8, 0.5, 0.05, 1);

            CommunityResult r = new Louvain(g, new Louvain.Parameters(1, 1, true, 1, 1)).compute();

            assertThat(r.levels()).isEqualTo(1);
            assertThat(r.converged()).isFalse();
        }
    }
}
