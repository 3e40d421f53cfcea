package io.kaonet.core.intercluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaonet.core.bridges.EIIndex;
import io.kaonet.core.bridges.EIIndexResult;
import io.kaonet.core.brokerage.BrokerageRole;
import io.kaonet.core.brokerage.Direction;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import io.kaonet.core.oracle.Oracle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InterClusterLinksTest {

    /**
     * The literal network. Cluster codes T 0, H 1, K 2 (order of first membership).
     *
     * <pre>
     *  node kind         clusters region    country
     *  0 t1 COMPANY      T        Tokyo     JP
     *  1 t2 COMPANY      T        Tokyo     JP
     *  2 h1 COMPANY      H        Hokkaido  JP
     *  3 h2 UNIVERSITY   H        Hokkaido  JP
     *  4 th COORDINATOR  T, H     Tokyo     JP
     *  5 k1 COMPANY      K        Osaka     JP
     *  6 x  SUPPORT_ORG  -        -         JP
     *  7 v1 COMPANY      -        Veneto    IT
     *
     *  tie           links        overall    places
     *  t1–t2         -            internal   -
     *  t1–h1         T–H          external   Hokkaido–Tokyo
     *  th–t1         -            internal   -
     *  th–h2         -            internal   Hokkaido–Tokyo
     *  th–k1         T–K, H–K     external   Osaka–Tokyo
     *  h1–h2         -            internal   -
     *  h2–k1         H–K          external   Hokkaido–Osaka
     *  x–t2          -            excluded   region unknown
     *  x–k1          -            excluded   region unknown
     *  t2→v1 supply  -            excluded   Tokyo–Veneto, IT–JP
     *  h1→k1 supply  H–K          external   Hokkaido–Osaka
     * </pre>
     */
    static CollaborationGraph network() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        Object[][] nodes = {
                {"t1", "COMPANY", List.of("T"), "Tokyo", "JP"}, {"t2", "COMPANY", List.of("T"), "Tokyo", "JP"},
                {"h1", "COMPANY", List.of("H"), "Hokkaido", "JP"}, {"h2", "UNIVERSITY", List.of("H"), "Hokkaido", "JP"},
                {"th", "COORDINATOR", List.of("T", "H"), "Tokyo", "JP"}, {"k1", "COMPANY", List.of("K"), "Osaka", "JP"},
                {"x", "SUPPORT_ORGANIZATION", List.of(), null, "JP"}, {"v1", "COMPANY", List.of(), "Veneto", "IT"}};
        for (Object[] n : nodes) {
            int u = b.addNode((String) n[0], (String) n[0], ActorKind.valueOf((String) n[1]));
            b.attributes(u, null, (String) n[3], (String) n[4], null);
            for (Object c : (List<?>) n[2]) {
                b.member(u, (String) c);
            }
        }
        String[][] ties = {{"t1", "t2"}, {"t1", "h1"}, {"th", "t1"}, {"th", "h2"}, {"th", "k1"}, {"h1", "h2"},
                {"h2", "k1"}, {"x", "t2"}, {"x", "k1"}};
        for (String[] t : ties) {
            b.addEdge(b.indexOf(t[0]).orElseThrow(), b.indexOf(t[1]).orElseThrow());
        }
        b.addTie(b.indexOf("t2").orElseThrow(), b.indexOf("v1").orElseThrow(), TieKind.SUPPLY, 1, null);
        b.addTie(b.indexOf("h1").orElseThrow(), b.indexOf("k1").orElseThrow(), TieKind.SUPPLY, 1, null);
        return b.build();
    }

    @Nested
    class LiteralNetwork {

        private final CollaborationGraph g = network();
        private final InterClusterLinksResult r = new InterClusterLinks(g,
                InterClusterLinks.Parameters.defaults()).compute();

        @Test
        void aTieLinksTwoClustersWhenEachEndIsAMemberOfOneButNotTheOther() {
            assertThat(g.clusterIds()).containsExactly("T", "H", "K");
            assertThat(r.ties()).extracting(t -> g.id(t.low()) + "–" + g.id(t.high()), InterClusterTie::pairs)
                    .containsExactly(
                            tuple("t1–h1", List.of(ClusterPair.of(0, 1))),
                            tuple("h1–k1", List.of(ClusterPair.of(1, 2))),
                            tuple("h2–k1", List.of(ClusterPair.of(1, 2))),
                            tuple("th–k1", List.of(ClusterPair.of(0, 2), ClusterPair.of(1, 2))));
        }

        @Test
        void countsTiesPerClusterPairMostFirst() {
            assertThat(r.pairs()).extracting(p -> p.pair().first(), p -> p.pair().second(), ClusterPairLinks::ties)
                    .containsExactly(tuple(1, 2, 3), tuple(0, 1, 1), tuple(0, 2, 1));
            assertThat(r.ties(2, 1)).isEqualTo(3);
            assertThat(r.ties(0, 0)).isZero();
        }

        @Test
        void overallIndexCountsSharedClustersAsInternalAndUnclusteredEndsAsExcluded() {
            assertThat(r.internal()).isEqualTo(4);
            assertThat(r.external()).isEqualTo(4);
            assertThat(r.excluded()).isEqualTo(3);
            assertThat(r.eiIndex()).isZero();
        }

        @Test
        void eachClusterHasItsEIIndexAndBaseline() {
            assertThat(r.boundaries()).extracting(ClusterBoundary::cluster, ClusterBoundary::members,
                    ClusterBoundary::external, ClusterBoundary::internal).containsExactly(
                    tuple(0, 3L, 5L, 2L), tuple(1, 3L, 5L, 2L), tuple(2, 1L, 4L, 0L));
            assertThat(r.boundary(0).eiIndex()).isCloseTo(3.0 / 7, within(1e-15));
            assertThat(r.boundary(0).eiBaseline()).isCloseTo(2.0 / 3, within(1e-15));
            assertThat(r.boundary(2).eiIndex()).isEqualTo(1.0);
            assertThat(r.boundary(2).eiBaseline()).isEqualTo(1.0);
        }

        @Test
        void gatekeepersAreRankedByExternalPartnersThenBrokeragePairs() {
            // th and t2 both have 2 outsiders; th brokers 2 + 2 pairs, t2 (whose supply tie to v1
            // is one arc) 1 + 2.
            assertThat(r.boundary(0).gatekeepers()).extracting(k -> g.id(k.node()), Gatekeeper::externalPartners,
                    Gatekeeper::internalPartners, Gatekeeper::clustersReached, Gatekeeper::gatekeeperPairs,
                    Gatekeeper::representativePairs).containsExactly(
                    tuple("th", 2, 1, 2, 2L, 2L),
                    tuple("t2", 2, 1, 0, 1L, 2L),
                    tuple("t1", 1, 2, 1, 2L, 2L));
            // h1 and th tie on both keys; the lower node comes first. h2 only lets k1 reach h1 (the
            // supply tie h1 → k1 has no arc back).
            assertThat(r.boundary(1).gatekeepers()).extracting(k -> g.id(k.node()), Gatekeeper::externalPartners,
                    Gatekeeper::gatekeeperPairs, Gatekeeper::representativePairs).containsExactly(
                    tuple("h1", 2, 1L, 1L), tuple("th", 2, 1L, 1L), tuple("h2", 1, 1L, 0L));
            assertThat(r.boundary(2).gatekeepers()).extracting(k -> g.id(k.node()), Gatekeeper::externalPartners,
                    Gatekeeper::clustersReached).containsExactly(tuple("k1", 4, 2));
        }

        @Test
        void withoutRolesGatekeepersAreRankedByExternalPartnersAlone() {
            InterClusterLinksResult plain = new InterClusterLinks(g,
                    InterClusterLinks.Parameters.defaults().withBrokerageRoles(false)).compute();
            assertThat(plain.boundary(0).gatekeepers()).extracting(k -> g.id(k.node()), Gatekeeper::gatekeeperPairs)
                    .containsExactly(tuple("t2", 0L), tuple("th", 0L), tuple("t1", 0L));
        }

        @Test
        void countsTiesBetweenRegionsAndCountries() {
            assertThat(r.tiesAcrossRegions()).isEqualTo(6);
            assertThat(r.tiesWithUnknownRegion()).isEqualTo(2);
            assertThat(r.regionPairs()).containsExactly(new PlacePair("Hokkaido", "Osaka", 2),
                    new PlacePair("Hokkaido", "Tokyo", 2), new PlacePair("Osaka", "Tokyo", 1),
                    new PlacePair("Tokyo", "Veneto", 1));
            assertThat(r.internationalTies()).isEqualTo(1);
            assertThat(r.tiesWithUnknownCountry()).isZero();
            assertThat(r.countryPairs()).containsExactly(new PlacePair("IT", "JP", 1));
        }
    }

    @Nested
    class EdgeCases {

        @Test
        void aGraphWithoutClustersHasNoLinksAndANaNIndex() {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            b.addNode("a", "a", ActorKind.COMPANY);
            b.addNode("b", "b", ActorKind.COMPANY);
            b.addEdge(0, 1);
            InterClusterLinksResult r = new InterClusterLinks(b.build()).compute();
            assertThat(r.ties()).isEmpty();
            assertThat(r.pairs()).isEmpty();
            assertThat(r.boundaries()).isEmpty();
            assertThat(r.excluded()).isEqualTo(1);
            assertThat(r.eiIndex()).isNaN();
        }

        @Test
        void badValuesAreRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> new ClusterPair(2, 2));
            assertThatIllegalArgumentException().isThrownBy(() -> new PlacePair("b", "a", 1));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new InterClusterLinks.Parameters(true, Direction.DIRECTED, 0))
                    .withMessageContaining("threads");
        }
    }

    @Nested
    class AgainstSnaOnEmonCheyenne {

        /**
         * With the sponsorship groups as clusters (one per organisation), a member's gatekeeper and
         * representative counts against "everyone else" are its {@code b_OI} and {@code b_IO} counts in
         * {@code sna::brokerage} with all five groups.
         */
        @Test
        void gatekeeperAndRepresentativePairsMatchSna() {
            Oracle emon = Oracle.emonCheyenne();
            JsonNode net = emon.root().get("networks").get("Cheyenne");
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            for (JsonNode node : net.get("nodes")) {
                String id = node.get("id").asText();
                b.member(b.addNode(id, id, ActorKind.COMPANY), node.get("sponsorship").asText());
            }
            for (JsonNode e : net.get("edges")) {
                b.addTie(b.indexOf(e.get("source").asText()).orElseThrow(),
                        b.indexOf(e.get("target").asText()).orElseThrow(), TieKind.SUPPLY, 1, null);
            }
            CollaborationGraph g = b.build();
            InterClusterLinksResult r = new InterClusterLinks(g).compute();
            JsonNode raw = emon.metrics().get("brokerage_raw");

            int checked = 0;
            for (ClusterBoundary boundary : r.boundaries()) {
                for (Gatekeeper k : boundary.gatekeepers()) {
                    JsonNode expected = raw.get(g.id(k.node()));
                    assertThat(k.gatekeeperPairs()).as("b_OI of %s", g.id(k.node()))
                            .isEqualTo(expected.get(BrokerageRole.GATEKEEPER.snaName()).asLong());
                    assertThat(k.representativePairs()).as("b_IO of %s", g.id(k.node()))
                            .isEqualTo(expected.get(BrokerageRole.REPRESENTATIVE.snaName()).asLong());
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(g.nodeCount() / 2);
        }
    }

    @Nested
    class AgainstBruteForce {

        static LongStream seeds() {
            return LongStream.range(1, 81);
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("seeds")
        void pairsIndexesAndGatekeepersEqualAPlainRecomputation(long seed) {
            CollaborationGraph g = randomNetwork(seed, true);
            InterClusterLinksResult r = new InterClusterLinks(g,
                    InterClusterLinks.Parameters.defaults().withBrokerageRoles(false)).compute();
            int k = g.clusterIds().size();

            Map<String, Integer> pairs = new TreeMap<>();
            long[] ext = new long[k];
            long[] in = new long[k];
            long internal = 0;
            long external = 0;
            long excluded = 0;
            for (int u = 0; u < g.nodeCount(); u++) {
                for (int v = u + 1; v < g.nodeCount(); v++) {
                    if (!g.adjacent(u, v)) {
                        continue;
                    }
                    Set<Integer> cu = set(g.clusterCodes(u));
                    Set<Integer> cv = set(g.clusterCodes(v));
                    Set<Integer> shared = new HashSet<>(cu);
                    shared.retainAll(cv);
                    if (cu.isEmpty() || cv.isEmpty()) {
                        excluded++;
                    } else if (shared.isEmpty()) {
                        external++;
                    } else {
                        internal++;
                    }
                    for (int a = 0; a < k; a++) {
                        for (int c = a + 1; c < k; c++) {
                            boolean links = (cu.contains(a) && !cu.contains(c) && cv.contains(c) && !cv.contains(a))
                                    || (cu.contains(c) && !cu.contains(a) && cv.contains(a) && !cv.contains(c));
                            if (links) {
                                pairs.merge(a + "-" + c, 1, Integer::sum);
                            }
                        }
                        if (cu.contains(a) && cv.contains(a)) {
                            in[a]++;
                        } else if (cu.contains(a) || cv.contains(a)) {
                            ext[a]++;
                        }
                    }
                }
            }
            Map<String, Integer> actual = new TreeMap<>();
            r.pairs().forEach(p -> actual.put(p.pair().first() + "-" + p.pair().second(), p.ties()));
            assertThat(actual).isEqualTo(pairs);
            assertThat(List.of(r.internal(), r.external(), r.excluded())).containsExactly(internal, external, excluded);
            for (int c = 0; c < k; c++) {
                ClusterBoundary boundary = r.boundary(c);
                assertThat(List.of(boundary.external(), boundary.internal())).as("cluster %d", c)
                        .containsExactly(ext[c], in[c]);
                List<Integer> expectedGatekeepers = new ArrayList<>();
                Map<Integer, Integer> outside = new HashMap<>();
                for (int u = 0; u < g.nodeCount(); u++) {
                    if (!g.memberOf(u, c)) {
                        continue;
                    }
                    int count = 0;
                    for (int v = 0; v < g.nodeCount(); v++) {
                        if (g.adjacent(u, v) && !g.memberOf(v, c)) {
                            count++;
                        }
                    }
                    if (count > 0) {
                        expectedGatekeepers.add(u);
                        outside.put(u, count);
                    }
                }
                expectedGatekeepers.sort((a, b2) -> outside.get(a).equals(outside.get(b2)) ? Integer.compare(a, b2)
                        : Integer.compare(outside.get(b2), outside.get(a)));
                assertThat(boundary.gatekeepers()).extracting(Gatekeeper::node).as("gatekeepers of %d", c)
                        .containsExactlyElementsOf(expectedGatekeepers);
            }
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("seeds")
        void withOneClusterPerActorTheOverallIndexIsTheEIIndexOfThePartition(long seed) {
            CollaborationGraph g = randomNetwork(seed, false);
            InterClusterLinksResult r = new InterClusterLinks(g,
                    InterClusterLinks.Parameters.defaults().withBrokerageRoles(false)).compute();
            int[] groups = new int[g.nodeCount()];
            for (int u = 0; u < g.nodeCount(); u++) {
                int[] codes = g.clusterCodes(u);
                groups[u] = codes.length == 0 ? EIIndex.UNKNOWN_GROUP : codes[0];
            }
            EIIndexResult expected = new EIIndex(g, groups).compute();

            assertThat(r.external()).isEqualTo(expected.external());
            assertThat(r.internal()).isEqualTo(expected.internal());
            assertThat(r.excluded()).isEqualTo(expected.excluded());
            assertThat(r.ties()).hasSize((int) expected.external());
            for (int c = 0; c < g.clusterIds().size(); c++) {
                assertThat(r.boundary(c).internal()).isEqualTo(expected.groupInternal(c));
            }
        }

        private Set<Integer> set(int[] codes) {
            Set<Integer> s = new HashSet<>();
            for (int c : codes) {
                s.add(c);
            }
            return s;
        }

        private CollaborationGraph randomNetwork(long seed, boolean overlapping) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 20 + random.nextInt(30);
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            for (int u = 0; u < n; u++) {
                b.addNode("n" + u, "n" + u, ActorKind.COMPANY);
                if (overlapping) {
                    for (int c = 0; c < 4; c++) {
                        if (random.nextDouble() < 0.35) {
                            b.member(u, "c" + c);
                        }
                    }
                } else if (random.nextDouble() < 0.85) {
                    b.member(u, "c" + random.nextInt(4));
                }
            }
            double p = 3.0 / n;
            for (int u = 0; u < n; u++) {
                for (int v = u + 1; v < n; v++) {
                    if (random.nextDouble() < p) {
                        b.addEdge(u, v);
                    }
                }
            }
            return b.build();
        }
    }
}
