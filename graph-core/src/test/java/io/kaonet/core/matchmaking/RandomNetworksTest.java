package io.kaonet.core.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.brokerage.Direction;
import io.kaonet.core.brokerage.StructuralHoles;
import io.kaonet.core.brokerage.StructuralHolesResult;
import io.kaonet.core.communities.Louvain;
import io.kaonet.core.communities.Louvain;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.linkprediction.LinkPrediction;
import io.kaonet.core.linkprediction.LinkPredictionIndex;
import io.kaonet.core.linkprediction.PairScores;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every part on seeded random networks, against plain recomputation: brute force, JGraphT, the other analyses. */
class RandomNetworksTest {

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of(1L, 20, 0.15, 1),
                Arguments.of(2L, 22, 0.12, 5),
                Arguments.of(3L, 16, 0.30, 3),
                Arguments.of(4L, 24, 0.07, 1),
                Arguments.of(5L, 14, 0.45, 4));
    }

    @Nested
    class ConstraintWithTheTieAdded {

        @ParameterizedTest(name = "seed {0}, n {1}, p {2}, weights up to {3}")
        @MethodSource("io.kaonet.core.matchmaking.RandomNetworksTest#networks")
        void equalsStructuralHolesRecomputedOnTheGraphWithTheTie(long seed, int n, double p, int maxWeight) {
            checkAgainstBruteForce(SeededNetworks.gnp(seed, n, p, maxWeight), true);
        }

        @ParameterizedTest(name = "seed {0}, n {1}, p {2}, weights up to {3}")
        @MethodSource("io.kaonet.core.matchmaking.RandomNetworksTest#networks")
        void unweightedReadingToo(long seed, int n, double p, int maxWeight) {
            checkAgainstBruteForce(SeededNetworks.gnp(seed, n, p, maxWeight), false);
        }

        private void checkAgainstBruteForce(SeededNetworks net, boolean useWeights) {
            CollaborationGraph g = net.graph();
            Matchmaking.Parameters parameters = new Matchmaking.Parameters(Matchmaking.Parameters.Weights.EQUAL,
                    LinkPredictionIndex.ADAMIC_ADAR, Matchmaking.Parameters.COLLABORATION_KINDS_DEFAULT, useWeights,
                    Matchmaking.Parameters.BROKER_PIVOTS_DEFAULT, 1);
            Matchmaking m = new Matchmaking(g, parameters);
            StructuralHoles.Parameters reading = new StructuralHoles.Parameters(Direction.UNDIRECTED, useWeights, 1);
            StructuralHolesResult now = new StructuralHoles(g, reading).compute();
            int checked = 0;
            for (int u = 0; u < g.nodeCount(); u++) {
                CandidateScores scores = m.scores(u);
                if (Double.isNaN(now.constraint(u))) {
                    assertThat(scores.constraintBefore()).isNaN();
                } else {
                    assertThat(scores.constraintBefore()).isCloseTo(now.constraint(u), within(1e-12));
                }
                for (int v = 0; v < g.nodeCount(); v++) {
                    if (!scores.isCandidate(v)) {
                        continue;
                    }
                    double expected = new StructuralHoles(net.withTie(u, v), reading).compute().constraint(u);
                    assertThat(scores.constraintAfter(v)).as("constraint of %d with a tie to %d", u, v)
                            .isCloseTo(expected, within(1e-12));
                    checked++;
                }
            }
            assertThat(checked).isPositive();
        }
    }

    @Nested
    class Parts {

        @ParameterizedTest(name = "seed {0}, n {1}, p {2}, weights up to {3}")
        @MethodSource("io.kaonet.core.matchmaking.RandomNetworksTest#networks")
        void everyPartAgreesWithItsPlainDefinition(long seed, int n, double p, int maxWeight) {
            CollaborationGraph g = SeededNetworks.gnp(seed, n, p, maxWeight).graph();
            Matchmaking.Parameters parameters = Matchmaking.Parameters.defaults();
            Matchmaking m = new Matchmaking(g, parameters);
            LinkPrediction lp = new LinkPrediction(g);
            Graph<Integer, Integer> jg = g.asJGraphT();
            int[] community = new Louvain(g, Louvain.Parameters.seeded(parameters.seed())).compute().partition().toArray();
            int maxDegree = 0;
            for (int u = 0; u < n; u++) {
                maxDegree = Math.max(maxDegree, g.degree(u));
            }
            for (int u = 0; u < n; u++) {
                CandidateScores scores = m.scores(u);
                BFSShortestPath<Integer, Integer> bfs = new BFSShortestPath<>(jg);
                for (int v = 0; v < n; v++) {
                    assertThat(scores.isCandidate(v)).isEqualTo(v != u && !g.adjacent(u, v));
                    if (!scores.isCandidate(v)) {
                        continue;
                    }
                    ScoreParts parts = scores.parts(v);
                    PairScores pair = lp.score(u, v);
                    assertThat(parts.structural()).isEqualTo(1 - Math.exp(-pair.adamicAdar()));
                    assertThat(parts.community()).isEqualTo(g.degree(u) > 0 && community[u] == community[v] ? 1.0 : 0.0);
                    assertThat(parts.activity()).isCloseTo(Math.log(1 + g.degree(v)) / Math.log(1 + maxDegree),
                            within(1e-12));
                    var path = bfs.getPath(u, v);
                    int d = path == null ? -1 : path.getLength();
                    assertThat(scores.distance(v)).isEqualTo(d);
                    assertThat(parts.distance()).isEqualTo(d < 0 ? 0 : 1.0 / (d - 1));
                    assertThat(parts.region()).isEqualTo(g.region(u) != null && g.region(u).equals(g.region(v)) ? 1.0 : 0.0);
                    assertThat(parts.cluster()).isEqualTo(sharesCluster(g, u, v) ? 1.0 : 0.0);
                    int k = matches(g.offers(u), g.seeks(v)) + matches(g.seeks(u), g.offers(v))
                            + matches(g.technologies(u), g.technologies(v));
                    assertThat(parts.keywords()).isCloseTo(k / (1.0 + k), within(1e-12));
                    for (double x : parts.toArray()) {
                        assertThat(x).isBetween(0.0, 1.0);
                    }
                }
            }
        }

        @ParameterizedTest(name = "seed {0}, n {1}, p {2}, weights up to {3}")
        @MethodSource("io.kaonet.core.matchmaking.RandomNetworksTest#networks")
        void rankingIsTheWeightedSumSortedWithTiesInNodeOrder(long seed, int n, double p, int maxWeight) {
            CollaborationGraph g = SeededNetworks.gnp(seed, n, p, maxWeight).graph();
            Matchmaking m = new Matchmaking(g);
            double[] w = m.parameters().weights().toArray();
            for (int u = 0; u < n; u++) {
                CandidateScores scores = m.scores(u);
                List<Integer> expected = java.util.stream.IntStream.range(0, n).filter(scores::isCandidate).boxed()
                        .sorted(java.util.Comparator.comparingDouble((Integer v) -> -scores.score(v, w))
                                .thenComparingInt(v -> v)).toList();
                List<Integer> actual = m.candidates(u, CandidateFilter.NONE, n).candidates().stream()
                        .map(c -> c.candidate().node()).toList();
                assertThat(actual).isEqualTo(expected);
            }
        }

        @ParameterizedTest(name = "seed {0}, n {1}, p {2}, weights up to {3}")
        @MethodSource("io.kaonet.core.matchmaking.RandomNetworksTest#networks")
        void introductionPathIsAShortestPathThroughItsIntroducer(long seed, int n, double p, int maxWeight) {
            CollaborationGraph g = SeededNetworks.gnp(seed, n, p, maxWeight).graph();
            Matchmaking m = new Matchmaking(g);
            for (int u = 0; u < n; u++) {
                for (MatchCandidate c : m.candidates(u, CandidateFilter.NONE, n).candidates()) {
                    Explanation x = c.explanation();
                    List<Contact> path = x.introductionPath();
                    if (x.distance() < 0) {
                        assertThat(path).isEmpty();
                        continue;
                    }
                    assertThat(path).hasSize(x.distance() + 1);
                    assertThat(path.get(0).node()).isEqualTo(u);
                    assertThat(path.get(path.size() - 1).node()).isEqualTo(c.candidate().node());
                    for (int i = 1; i < path.size(); i++) {
                        assertThat(g.adjacent(path.get(i - 1).node(), path.get(i).node())).isTrue();
                    }
                    assertThat(path.subList(1, path.size() - 1)).contains(x.introducer());
                    if (x.distance() == 2) {
                        assertThat(x.sharedPartners()).contains(x.introducer());
                    }
                }
            }
        }
    }

    private static boolean sharesCluster(CollaborationGraph g, int u, int v) {
        for (int c : g.clusterCodes(u)) {
            if (g.memberOf(v, c)) {
                return true;
            }
        }
        return false;
    }

    private static int matches(List<String> a, List<String> b) {
        Set<String> left = new HashSet<>();
        a.forEach(w -> left.add(w.toLowerCase(Locale.ROOT)));
        Set<String> right = new HashSet<>();
        b.forEach(w -> right.add(w.toLowerCase(Locale.ROOT)));
        left.retainAll(right);
        return left.size();
    }
}
