package io.kaonet.core.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.oracle.Oracle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.linkprediction.AdamicAdarIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.CommonNeighborsLinkPrediction;
import org.jgrapht.alg.linkprediction.JaccardCoefficientLinkPrediction;
import org.jgrapht.alg.linkprediction.PreferentialAttachmentLinkPrediction;
import org.jgrapht.alg.linkprediction.ResourceAllocationIndexLinkPrediction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkPredictionTest {

    static Stream<Oracle> oracles() {
        return Stream.concat(Oracle.UNDIRECTED.stream().map(Oracle::load),
                Stream.of("bipartite", "women", "event").map(Oracle::davis));
    }

    /** The key of a pair of oracle node ids, low index first. */
    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static void assertMatches(PairScores actual, JsonNode expected, String pair) {
        assertThat(actual.adamicAdar()).as("Adamic–Adar of %s", pair).isCloseTo(expected.get("adamic_adar").asDouble(), within(1e-9));
        assertThat(actual.commonNeighbours()).as("common neighbours of %s", pair).isEqualTo(expected.get("common_neighbors").asInt());
        assertThat(actual.jaccard()).as("Jaccard of %s", pair).isCloseTo(expected.get("jaccard").asDouble(), within(1e-9));
        assertThat(actual.resourceAllocation()).as("resource allocation of %s", pair)
                .isCloseTo(expected.get("resource_allocation").asDouble(), within(1e-9));
    }

    @Nested
    class AgainstTheOracles {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.kaonet.core.linkprediction.LinkPredictionTest#oracles")
        void everyNonZeroPairScoresAsInNetworkX(Oracle oracle) {
            LinkPrediction lp = new LinkPrediction(oracle.graph());
            JsonNode expected = oracle.metrics().get("adamic_adar_all_nonzero");
            assertThat(expected.size()).isPositive();

            for (JsonNode e : expected) {
                int u = oracle.index(e.get("u").asText());
                int v = oracle.index(e.get("v").asText());
                assertMatches(lp.score(u, v), e, e.get("u").asText() + "–" + e.get("v").asText());
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.kaonet.core.linkprediction.LinkPredictionTest#oracles")
        void allPairsOverTheGraphAreExactlyTheNonZeroPairs(Oracle oracle) {
            LinkPrediction lp = new LinkPrediction(oracle.graph());
            Map<Long, JsonNode> expected = new HashMap<>();
            for (JsonNode e : oracle.metrics().get("adamic_adar_all_nonzero")) {
                expected.put(key(oracle.index(e.get("u").asText()), oracle.index(e.get("v").asText())), e);
            }

            List<ScoredPair> all = lp.topPairs(LinkPredictionIndex.ADAMIC_ADAR, Integer.MAX_VALUE);

            assertThat(all).hasSize(expected.size());
            for (ScoredPair p : all) {
                JsonNode e = expected.get(key(p.u(), p.v()));
                assertThat(e).as("pair %s–%s", oracle.graph().id(p.u()), oracle.graph().id(p.v())).isNotNull();
                assertMatches(p.scores(), e, p.toString());
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.kaonet.core.linkprediction.LinkPredictionTest#oracles")
        void topTwentyHasTheReferenceScores(Oracle oracle) {
            LinkPrediction lp = new LinkPrediction(oracle.graph());
            JsonNode top = oracle.metrics().get("adamic_adar_top20");
            List<Double> expectedPositive = new ArrayList<>();
            for (JsonNode e : top) {
                double aa = e.get("adamic_adar").asDouble();
                if (aa > 0) {
                    expectedPositive.add(aa);
                } else {
                    // The reference fills its top 20 with pairs sharing no partner; they score 0 here too.
                    PairScores zero = lp.score(oracle.index(e.get("u").asText()), oracle.index(e.get("v").asText()));
                    assertMatches(zero, e, e.toString());
                }
            }

            List<ScoredPair> mine = lp.topPairs(LinkPredictionIndex.ADAMIC_ADAR, top.size());

            assertThat(mine).hasSize(expectedPositive.size());
            for (int i = 0; i < mine.size(); i++) {
                assertThat(mine.get(i).scores().adamicAdar()).as("rank %d", i + 1).isCloseTo(expectedPositive.get(i), within(1e-9));
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.kaonet.core.linkprediction.LinkPredictionTest#oracles")
        void candidatesOfEachActorAreItsNonZeroPairs(Oracle oracle) {
            CollaborationGraph g = oracle.graph();
            LinkPrediction lp = new LinkPrediction(g);
            Map<Integer, Set<Integer>> expected = new HashMap<>();
            for (JsonNode e : oracle.metrics().get("adamic_adar_all_nonzero")) {
                int u = oracle.index(e.get("u").asText());
                int v = oracle.index(e.get("v").asText());
                expected.computeIfAbsent(u, x -> new HashSet<>()).add(v);
                expected.computeIfAbsent(v, x -> new HashSet<>()).add(u);
            }

            for (int u = 0; u < g.nodeCount(); u++) {
                Set<Integer> found = new HashSet<>();
                lp.candidates(u, LinkPredictionIndex.ADAMIC_ADAR).forEach(c -> found.add(c.node()));
                assertThat(found).as("candidates of %s", g.id(u)).isEqualTo(expected.getOrDefault(u, Set.of()));
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.kaonet.core.linkprediction.LinkPredictionTest#oracles")
        void unlinkedPairCountMatches(Oracle oracle) {
            assertThat(new LinkPrediction(oracle.graph()).unlinkedPairCount()).isEqualTo(oracle.metrics().get("n_nonedges").asLong());
        }
    }

    @Nested
    class LiteralGraph {

        // 0 - 1 - 3 - 4, 0 - 2 - 3: degrees 2, 2, 2, 3, 1.
        private final CollaborationGraph g = graph(5, new int[][] {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}});
        private final LinkPrediction lp = new LinkPrediction(g);

        @Test
        void pairWithTwoSharedPartners() {
            PairScores s = lp.score(0, 3);

            assertThat(s.commonNeighbours()).isEqualTo(2);
            assertThat(s.adamicAdar()).isCloseTo(2 / Math.log(2), within(1e-15));
            assertThat(s.resourceAllocation()).isCloseTo(1.0, within(1e-15));
            assertThat(s.jaccard()).isCloseTo(2.0 / 3, within(1e-15));
            assertThat(s.preferentialAttachment()).isEqualTo(6);
            assertThat(lp.commonNeighbours(3, 0)).containsExactly(1, 2);
        }

        @Test
        void candidatesAreRankedWithTiesInNodeOrder() {
            // 4 reaches 1 and 2 through 3 (degree 3): both 1/ln 3.
            List<Candidate> c = lp.candidates(4, LinkPredictionIndex.ADAMIC_ADAR);

            assertThat(c).extracting(Candidate::node).containsExactly(1, 2);
            assertThat(c.get(0).score(LinkPredictionIndex.ADAMIC_ADAR)).isCloseTo(1 / Math.log(3), within(1e-15));
            assertThat(c.get(0).score(LinkPredictionIndex.RESOURCE_ALLOCATION)).isCloseTo(1.0 / 3, within(1e-15));
        }

        @Test
        void candidatesCanBeFilteredAndCut() {
            assertThat(lp.candidates(4, LinkPredictionIndex.ADAMIC_ADAR, 1, v -> true)).extracting(Candidate::node).containsExactly(1);
            assertThat(lp.candidates(4, LinkPredictionIndex.ADAMIC_ADAR, 5, v -> v != 1)).extracting(Candidate::node).containsExactly(2);
            assertThat(lp.candidates(4, LinkPredictionIndex.ADAMIC_ADAR, 0, v -> true)).isEmpty();
        }

        @Test
        void anIsolatedNodeHasNoCandidatesAndScoresZero() {
            CollaborationGraph withIsolate = graph(3, new int[][] {{0, 1}});
            LinkPrediction p = new LinkPrediction(withIsolate);

            assertThat(p.candidates(2, LinkPredictionIndex.JACCARD)).isEmpty();
            assertThat(p.score(0, 2)).isEqualTo(new PairScores(0, 0, 0, 0, 0));
            assertThat(p.unlinkedPairCount()).isEqualTo(2);
        }

        @Test
        void rejectsBadArguments() {
            assertThatThrownBy(() -> lp.score(1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two different nodes");
            assertThatThrownBy(() -> lp.score(0, 5)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> lp.candidates(0, LinkPredictionIndex.JACCARD, -1, v -> true))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
            assertThatThrownBy(() -> lp.topPairs(LinkPredictionIndex.JACCARD, -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class AgainstBruteForce {

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3, 4, 5})
        void everyPairScoresAsJGraphT(long seed) {
            CollaborationGraph g = randomGraph(seed, 40, 0.12);
            Graph<Integer, Integer> j = g.asJGraphT();
            LinkPrediction lp = new LinkPrediction(g);
            var aa = new AdamicAdarIndexLinkPrediction<>(j);
            var cn = new CommonNeighborsLinkPrediction<>(j);
            var jac = new JaccardCoefficientLinkPrediction<>(j);
            var ra = new ResourceAllocationIndexLinkPrediction<>(j);
            var pa = new PreferentialAttachmentLinkPrediction<>(j);

            for (int u = 0; u < g.nodeCount(); u++) {
                for (int v = u + 1; v < g.nodeCount(); v++) {
                    PairScores s = lp.score(u, v);
                    assertThat(s.adamicAdar()).isCloseTo(aa.predict(u, v), within(1e-12));
                    assertThat((double) s.commonNeighbours()).isEqualTo(cn.predict(u, v));
                    assertThat(s.resourceAllocation()).isCloseTo(ra.predict(u, v), within(1e-12));
                    assertThat((double) s.preferentialAttachment()).isEqualTo(pa.predict(u, v));
                    if (g.degree(u) + g.degree(v) > 0) {
                        assertThat(s.jaccard()).isCloseTo(jac.predict(u, v), within(1e-12));
                    }
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(LinkPredictionIndex.class)
        void topPairsEqualSortingEveryScoredPair(LinkPredictionIndex index) {
            for (long seed = 1; seed <= 4; seed++) {
                CollaborationGraph g = randomGraph(seed, 50, 0.08);
                LinkPrediction lp = new LinkPrediction(g);
                List<ScoredPair> all = new ArrayList<>();
                for (int u = 0; u < g.nodeCount(); u++) {
                    for (int v = u + 1; v < g.nodeCount(); v++) {
                        PairScores s = lp.score(u, v);
                        if (!g.adjacent(u, v) && s.commonNeighbours() > 0) {
                            all.add(new ScoredPair(u, v, s));
                        }
                    }
                }
                all.sort(Comparator.comparingDouble((ScoredPair p) -> p.score(index)).reversed()
                        .thenComparingInt(ScoredPair::u).thenComparingInt(ScoredPair::v));

                for (int k : new int[] {0, 1, 7, 30, Integer.MAX_VALUE}) {
                    assertThat(lp.topPairs(index, k)).as("seed %d, k %d", seed, k)
                            .isEqualTo(all.subList(0, Math.min(k, all.size())));
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(LinkPredictionIndex.class)
        void candidatesEqualSortingEveryUntiedNodeAtDistanceTwo(LinkPredictionIndex index) {
            CollaborationGraph g = randomGraph(9, 50, 0.08);
            LinkPrediction lp = new LinkPrediction(g);
            IntPredicate even = v -> v % 2 == 0;
            for (int u = 0; u < g.nodeCount(); u++) {
                List<Candidate> expected = new ArrayList<>();
                for (int v = 0; v < g.nodeCount(); v++) {
                    if (v != u && !g.adjacent(u, v) && even.test(v) && lp.commonNeighbours(u, v).length > 0) {
                        expected.add(new Candidate(v, lp.score(u, v)));
                    }
                }
                expected.sort(Comparator.comparingDouble((Candidate c) -> c.score(index)).reversed()
                        .thenComparingInt(Candidate::node));

                assertThat(lp.candidates(u, index, 5, even)).isEqualTo(expected.subList(0, Math.min(5, expected.size())));
            }
        }
    }

    private static CollaborationGraph randomGraph(long seed, int n, double p) {
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> edges = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                if (random.nextDouble() < p) {
                    edges.add(new int[] {u, v});
                }
            }
        }
        return graph(n, edges.toArray(int[][]::new));
    }

    private static CollaborationGraph graph(int n, int[][] edges) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < n; u++) {
            b.addNode("n" + u, null, ActorKind.COMPANY);
        }
        for (int[] e : edges) {
            b.addEdge(e[0], e[1]);
        }
        return b.build();
    }
}
