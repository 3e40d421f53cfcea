package io.kaonet.core.isolation;

import static io.kaonet.core.isolation.IsolationReason.LOWEST_CORE_SHELL;
import static io.kaonet.core.isolation.IsolationReason.NO_FINANCIER;
import static io.kaonet.core.isolation.IsolationReason.NO_KNOWLEDGE_SOURCE;
import static io.kaonet.core.isolation.IsolationReason.NO_TIES;
import static io.kaonet.core.isolation.IsolationReason.OUTSIDE_MAIN_COMPONENT;
import static io.kaonet.core.isolation.IsolationReason.SINGLE_TIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.oracle.Oracle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.Coreness;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsolatedFirmsTest {

    /**
     * The literal network. Clusters A, B; regions X, Y, Z. The main component is {U1, B1, C1, F1, F2,
     * F3, F4, F5, S1} (9 actors); {F7, F8, U2, I1} is a second component; F6 is an isolate. Core
     * numbers: U1, B1, C1, F1, F2 are a 3-core; F7, F8, U2 a 2-core; F3, F4, F5, S1, I1 the 1-shell,
     * the lowest shell of the tied actors.
     *
     * <pre>
     *  node kind                 cl. rg. partners          expected reasons
     *  F1   COMPANY              A   X   U1 B1 F2          (none: knowledge source, financier, 3-core)
     *  F2   COMPANY              A   X   F1 U1 C1 F3       NO_FINANCIER
     *  F3   COMPANY              A   Y   F2                SINGLE_TIE NO_KNOWLEDGE_SOURCE NO_FINANCIER LOWEST_CORE_SHELL
     *  F4   COMPANY              B   Y   U1 F5             NO_FINANCIER LOWEST_CORE_SHELL
     *  F5   COMPANY              B   Y   F4                SINGLE_TIE NO_KNOWLEDGE_SOURCE NO_FINANCIER LOWEST_CORE_SHELL
     *  F6   COMPANY              -   Y   -                 NO_TIES OUTSIDE_MAIN_COMPONENT NO_KNOWLEDGE_SOURCE NO_FINANCIER LOWEST_CORE_SHELL
     *  F7   COMPANY              B   Z   F8 U2 I1          OUTSIDE_MAIN_COMPONENT NO_FINANCIER
     *  F8   COMPANY              B   Z   F7 U2             OUTSIDE_MAIN_COMPONENT NO_FINANCIER
     *  U1   UNIVERSITY           A   X   F1 F2 B1 C1 F4 S1 (not a firm)
     *  U2   UNIVERSITY           B   Z   F7 F8             (not a firm; outside the main component)
     *  B1   FINANCIER            A   X   F1 U1 C1
     *  C1   COORDINATOR          A   X   F2 U1 B1
     *  S1   SUPPORT_ORGANIZATION B   Y   U1
     *  I1   INCUBATOR            B   Z   F7                (outside the main component: never a candidate)
     * </pre>
     */
    static CollaborationGraph network() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        String[][] nodes = {
                {"F1", "COMPANY", "A", "X"}, {"F2", "COMPANY", "A", "X"}, {"F3", "COMPANY", "A", "Y"},
                {"F4", "COMPANY", "B", "Y"}, {"F5", "COMPANY", "B", "Y"}, {"F6", "COMPANY", null, "Y"},
                {"F7", "COMPANY", "B", "Z"}, {"F8", "COMPANY", "B", "Z"}, {"U1", "UNIVERSITY", "A", "X"},
                {"U2", "UNIVERSITY", "B", "Z"}, {"B1", "FINANCIER", "A", "X"}, {"C1", "COORDINATOR", "A", "X"},
                {"S1", "SUPPORT_ORGANIZATION", "B", "Y"}, {"I1", "INCUBATOR", "B", "Z"}};
        for (String[] n : nodes) {
            int u = b.addNode(n[0], n[0], ActorKind.valueOf(n[1]));
            b.attributes(u, null, n[3], "JP", null);
            if (n[2] != null) {
                b.member(u, n[2]);
            }
        }
        String[][] ties = {{"F1", "U1"}, {"F1", "B1"}, {"F1", "F2"}, {"F2", "U1"}, {"F2", "C1"}, {"U1", "B1"},
                {"U1", "C1"}, {"C1", "B1"}, {"F3", "F2"}, {"F4", "U1"}, {"F4", "F5"}, {"S1", "U1"},
                {"F7", "F8"}, {"F7", "U2"}, {"F8", "U2"}, {"F7", "I1"}};
        for (String[] t : ties) {
            b.addEdge(b.indexOf(t[0]).orElseThrow(), b.indexOf(t[1]).orElseThrow());
        }
        return b.build();
    }

    @Nested
    class LiteralNetwork {

        private final CollaborationGraph g = network();
        private final IsolatedFirmsResult r = new IsolatedFirms(g).compute();

        private IsolatedFirm firm(String id) {
            return r.firm(g.indexOf(id).orElseThrow()).orElseThrow();
        }

        private List<String> ids(List<ConnectionCandidate> candidates, CandidatePurpose purpose) {
            return candidates.stream().filter(c -> c.purpose() == purpose).map(c -> g.id(c.node())).toList();
        }

        @Test
        void everyFirmWithAReasonIsListedWithAllItsReasons() {
            assertThat(r.firms()).extracting(f -> g.id(f.node()), IsolatedFirm::reasons).containsExactly(
                    tuple("F2", EnumSet.of(NO_FINANCIER)),
                    tuple("F3", EnumSet.of(SINGLE_TIE, NO_KNOWLEDGE_SOURCE, NO_FINANCIER, LOWEST_CORE_SHELL)),
                    tuple("F4", EnumSet.of(NO_FINANCIER, LOWEST_CORE_SHELL)),
                    tuple("F5", EnumSet.of(SINGLE_TIE, NO_KNOWLEDGE_SOURCE, NO_FINANCIER, LOWEST_CORE_SHELL)),
                    tuple("F6", EnumSet.of(NO_TIES, OUTSIDE_MAIN_COMPONENT, NO_KNOWLEDGE_SOURCE, NO_FINANCIER,
                            LOWEST_CORE_SHELL)),
                    tuple("F7", EnumSet.of(OUTSIDE_MAIN_COMPONENT, NO_FINANCIER)),
                    tuple("F8", EnumSet.of(OUTSIDE_MAIN_COMPONENT, NO_FINANCIER)));
        }

        @Test
        void reportsDegreeCoreNumberAndComponentSize() {
            assertThat(List.of(firm("F2"), firm("F3"), firm("F6"), firm("F7")))
                    .extracting(IsolatedFirm::partners, IsolatedFirm::coreNumber, IsolatedFirm::componentSize)
                    .containsExactly(tuple(4, 3, 9), tuple(1, 1, 9), tuple(0, 0, 1), tuple(3, 2, 4));
        }

        @Test
        void countsFirmsAndReasons() {
            assertThat(r.firmCount()).isEqualTo(8);
            assertThat(r.count(NO_TIES)).isEqualTo(1);
            assertThat(r.count(SINGLE_TIE)).isEqualTo(2);
            assertThat(r.count(OUTSIDE_MAIN_COMPONENT)).isEqualTo(3);
            assertThat(r.count(NO_KNOWLEDGE_SOURCE)).isEqualTo(3);
            assertThat(r.count(NO_FINANCIER)).isEqualTo(7);
            assertThat(r.count(LOWEST_CORE_SHELL)).isEqualTo(4);
            assertThat(r.mainComponentSize()).isEqualTo(9);
            assertThat(r.lowestTiedShell()).isEqualTo(1);
        }

        @Test
        void aFirmWithoutReasonIsNotListed() {
            assertThat(r.firm(g.indexOf("F1").orElseThrow())).isEmpty();
            assertThat(r.firm(g.indexOf("U1").orElseThrow())).isEmpty();
        }

        @Test
        void candidatesReachableThroughAPartnerComeFirstWithTheirIntroducer() {
            IsolatedFirm f3 = firm("F3");
            assertThat(ids(f3.candidates(), CandidatePurpose.KNOWLEDGE_SOURCE)).containsExactly("U1");
            assertThat(ids(f3.candidates(), CandidatePurpose.FINANCIER)).containsExactly("B1");
            assertThat(ids(f3.candidates(), CandidatePurpose.INTERMEDIARY)).containsExactly("C1", "S1");
            ConnectionCandidate u1 = f3.candidates().get(0);
            assertThat(g.id(u1.introducer())).isEqualTo("F2");
            assertThat(u1.sharedClusters()).containsExactly(g.clusterIds().indexOf("A"));
            assertThat(u1.sameRegion()).isFalse();
            ConnectionCandidate b1 = f3.candidates().get(1);
            assertThat(b1.hasIntroducer()).isFalse();
            assertThat(b1.sharesCluster()).isTrue();
        }

        @Test
        void withinTheIntroductionTierSharedClusterAndRegionRankFirst() {
            // F4's partner U1 is tied to both C1 (cluster A, region X) and S1 (cluster B, region Y, like F4).
            IsolatedFirm f4 = firm("F4");
            assertThat(ids(f4.candidates(), CandidatePurpose.INTERMEDIARY)).containsExactly("S1", "C1");
            assertThat(f4.candidates()).allSatisfy(c -> assertThat(g.id(c.introducer())).isEqualTo("U1"));
            assertThat(ids(f4.candidates(), CandidatePurpose.FINANCIER)).containsExactly("B1");
            assertThat(ids(f4.candidates(), CandidatePurpose.KNOWLEDGE_SOURCE)).isEmpty();
        }

        @Test
        void anIsolateGetsCandidatesOfItsRegionFirstThenTheBestConnected() {
            IsolatedFirm f6 = firm("F6");
            assertThat(f6.candidates()).extracting(c -> g.id(c.node()), ConnectionCandidate::purpose,
                    ConnectionCandidate::sameRegion, ConnectionCandidate::partners).containsExactly(
                    tuple("U1", CandidatePurpose.KNOWLEDGE_SOURCE, false, 6),
                    tuple("B1", CandidatePurpose.FINANCIER, false, 3),
                    tuple("S1", CandidatePurpose.INTERMEDIARY, true, 1),
                    tuple("C1", CandidatePurpose.INTERMEDIARY, false, 3));
        }

        @Test
        void actorsOutsideTheMainComponentAreNeverCandidates() {
            assertThat(r.firms()).flatExtracting(IsolatedFirm::candidates)
                    .extracting(c -> g.id(c.node())).doesNotContain("U2", "I1", "F1");
            assertThat(ids(firm("F7").candidates(), CandidatePurpose.INTERMEDIARY)).containsExactly("S1", "C1");
        }

        @Test
        void aFirmIsNeverOfferedItsOwnPartners() {
            for (IsolatedFirm f : r.firms()) {
                for (ConnectionCandidate c : f.candidates()) {
                    assertThat(g.adjacent(f.node(), c.node())).as("%s–%s", g.id(f.node()), g.id(c.node())).isFalse();
                }
            }
        }

        @Test
        void candidateCountPerPurposeIsCapped() {
            IsolatedFirmsResult one = new IsolatedFirms(g, new IsolatedFirms.Parameters(1)).compute();
            IsolatedFirm f6 = one.firm(g.indexOf("F6").orElseThrow()).orElseThrow();
            assertThat(f6.candidates()).extracting(c -> g.id(c.node())).containsExactly("U1", "B1", "S1");
            IsolatedFirmsResult none = new IsolatedFirms(g, new IsolatedFirms.Parameters(0)).compute();
            assertThat(none.firms()).allSatisfy(f -> assertThat(f.candidates()).isEmpty());
            assertThat(none.firms()).hasSameSizeAs(r.firms());
        }
    }

    @Nested
    class EdgeCases {

        @Test
        void inAnEdgelessGraphEveryFirmHasEveryReasonButSingleTie() {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            b.addNode("a", "a", ActorKind.COMPANY);
            b.addNode("u", "u", ActorKind.UNIVERSITY);
            b.addNode("c", "c", ActorKind.COMPANY);
            IsolatedFirmsResult r = new IsolatedFirms(b.build()).compute();

            assertThat(r.firms()).hasSize(2).allSatisfy(f -> {
                assertThat(f.reasons()).containsExactly(NO_TIES, OUTSIDE_MAIN_COMPONENT, NO_KNOWLEDGE_SOURCE,
                        NO_FINANCIER, LOWEST_CORE_SHELL);
                assertThat(f.candidates()).isEmpty();
            });
            assertThat(r.mainComponentSize()).isEqualTo(1);
            assertThat(r.lowestTiedShell()).isZero();
        }

        @Test
        void anEmptyGraphHasNoFirms() {
            IsolatedFirmsResult r = new IsolatedFirms(CollaborationGraph.builder().build()).compute();
            assertThat(r.firms()).isEmpty();
            assertThat(r.firmCount()).isZero();
        }

        @Test
        void twoLargestComponentsOfEqualSizeAreBothMain() {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            for (String id : List.of("a", "b", "c", "d")) {
                b.addNode(id, id, ActorKind.COMPANY);
            }
            b.addEdge(0, 1);
            b.addEdge(2, 3);
            IsolatedFirmsResult r = new IsolatedFirms(b.build()).compute();
            assertThat(r.firms()).allSatisfy(f -> assertThat(f.reasons()).doesNotContain(OUTSIDE_MAIN_COMPONENT));
        }

        @Test
        void coreShellOfTiedActorsIsLowestEvenWhenNoFirmHasASingleTie() {
            // a triangle of firms and a 4-clique with a university: lowest tied shell is 2.
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            for (String id : List.of("t1", "t2", "t3", "k1", "k2", "k3")) {
                b.addNode(id, id, ActorKind.COMPANY);
            }
            b.addNode("u", "u", ActorKind.UNIVERSITY);
            b.addEdge(0, 1);
            b.addEdge(1, 2);
            b.addEdge(0, 2);
            int[] clique = {3, 4, 5, 6};
            for (int i = 0; i < clique.length; i++) {
                for (int j = i + 1; j < clique.length; j++) {
                    b.addEdge(clique[i], clique[j]);
                }
            }
            b.addEdge(2, 3);
            IsolatedFirmsResult r = new IsolatedFirms(b.build()).compute();

            assertThat(r.lowestTiedShell()).isEqualTo(2);
            assertThat(r.firms()).filteredOn(f -> f.has(LOWEST_CORE_SHELL)).extracting(IsolatedFirm::node)
                    .containsExactly(0, 1, 2);
        }

        @Test
        void candidateCountOutsideItsRangeIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> new IsolatedFirms.Parameters(-1))
                    .withMessageContaining("candidatesPerPurpose");
            assertThatIllegalArgumentException().isThrownBy(() -> new IsolatedFirms.Parameters(51));
        }
    }

    @Nested
    class AgainstOracles {

        static Stream<String> undirected() {
            return Oracle.UNDIRECTED.stream();
        }

        /** Oracle nodes are all firms, so every firm lacks a knowledge source and a financier. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("undirected")
        void isolatesPendantsAndComponentsMatchTheReferenceTools(String name) {
            Oracle oracle = Oracle.load(name);
            CollaborationGraph g = oracle.graph();
            IsolatedFirmsResult r = new IsolatedFirms(g).compute();
            JsonNode metrics = oracle.metrics();

            Set<Integer> isolates = new HashSet<>();
            metrics.get("isolates").forEach(id -> isolates.add(oracle.index(id.asText())));
            Map<Integer, Double> degree = oracle.perNode("degree");
            Set<Integer> pendants = degree.entrySet().stream().filter(e -> e.getValue() == 1.0)
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            List<Set<Integer>> components = new ArrayList<>();
            for (JsonNode c : metrics.get("connected_components")) {
                Set<Integer> members = new HashSet<>();
                c.forEach(id -> members.add(oracle.index(id.asText())));
                components.add(members);
            }
            int giant = components.stream().mapToInt(Set::size).max().orElse(0);
            Set<Integer> outside = components.stream().filter(c -> c.size() < giant).flatMap(Set::stream)
                    .collect(Collectors.toSet());

            assertThat(r.firmCount()).isEqualTo(metrics.get("n_nodes").asInt());
            assertThat(r.firms()).hasSize(g.nodeCount());
            assertThat(nodesWith(r, NO_TIES)).isEqualTo(isolates);
            assertThat(nodesWith(r, SINGLE_TIE)).isEqualTo(pendants);
            assertThat(nodesWith(r, OUTSIDE_MAIN_COMPONENT)).isEqualTo(outside);
            assertThat(r.mainComponentSize()).isEqualTo(giant);
            assertThat(r.count(NO_KNOWLEDGE_SOURCE)).isEqualTo(g.nodeCount());
            assertThat(r.count(NO_FINANCIER)).isEqualTo(g.nodeCount());
        }

        private Set<Integer> nodesWith(IsolatedFirmsResult r, IsolationReason reason) {
            return r.firms().stream().filter(f -> f.has(reason)).map(IsolatedFirm::node).collect(Collectors.toSet());
        }
    }

    @Nested
    class AgainstBruteForce {

        static LongStream seeds() {
            return LongStream.range(1, 61);
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("seeds")
        void reasonsAndCandidatesEqualAPlainRecomputation(long seed) {
            CollaborationGraph g = randomNetwork(seed);
            int k = 1 + (int) (seed % 4);
            IsolatedFirmsResult r = new IsolatedFirms(g, new IsolatedFirms.Parameters(k)).compute();

            Graph<Integer, Integer> jg = g.asJGraphT();
            List<Set<Integer>> components = new ConnectivityInspector<>(jg).connectedSets();
            int giant = components.stream().mapToInt(Set::size).max().orElse(0);
            boolean[] inMain = new boolean[g.nodeCount()];
            for (Set<Integer> c : components) {
                if (giant >= 2 && c.size() == giant) {
                    c.forEach(u -> inMain[u] = true);
                }
            }
            Map<Integer, Integer> core = new Coreness<>(jg).getScores();
            int lowest = IntStream.range(0, g.nodeCount()).filter(u -> g.degree(u) > 0).map(core::get).min()
                    .orElse(0);

            Map<Integer, String> expected = new java.util.TreeMap<>();
            for (int u = 0; u < g.nodeCount(); u++) {
                if (g.kind(u) != ActorKind.COMPANY) {
                    continue;
                }
                EnumSet<IsolationReason> reasons = EnumSet.noneOf(IsolationReason.class);
                Set<ActorKind> partnerKinds = new HashSet<>();
                for (int v : neighbours(g, u)) {
                    partnerKinds.add(g.kind(v));
                }
                if (g.degree(u) == 0) {
                    reasons.add(NO_TIES);
                }
                if (g.degree(u) == 1) {
                    reasons.add(SINGLE_TIE);
                }
                if (!inMain[u]) {
                    reasons.add(OUTSIDE_MAIN_COMPONENT);
                }
                if (partnerKinds.stream().noneMatch(ActorKind::isKnowledgeSource)) {
                    reasons.add(NO_KNOWLEDGE_SOURCE);
                }
                if (!partnerKinds.contains(ActorKind.FINANCIER)) {
                    reasons.add(NO_FINANCIER);
                }
                if (core.get(u) <= lowest) {
                    reasons.add(LOWEST_CORE_SHELL);
                }
                if (reasons.isEmpty()) {
                    continue;
                }
                List<String> candidates = new ArrayList<>();
                for (CandidatePurpose purpose : CandidatePurpose.values()) {
                    if (reasons.stream().anyMatch(x -> x.remedy() == purpose)) {
                        bestCandidates(g, u, purpose, inMain, k).forEach(c -> candidates.add(describe(g, c)));
                    }
                }
                expected.put(u, reasons + " core " + core.get(u) + " " + candidates);
            }
            Map<Integer, String> actual = new java.util.TreeMap<>();
            for (IsolatedFirm f : r.firms()) {
                actual.put(f.node(), f.reasons() + " core " + f.coreNumber() + " "
                        + f.candidates().stream().map(c -> describe(g, c)).toList());
            }
            assertThat(actual).isEqualTo(expected);
        }

        /** Every eligible actor scored by the documented key, sorted, the first k kept. */
        private List<ConnectionCandidate> bestCandidates(CollaborationGraph g, int f, CandidatePurpose purpose,
                                                         boolean[] inMain, int k) {
            List<ConnectionCandidate> all = new ArrayList<>();
            for (int c = 0; c < g.nodeCount(); c++) {
                if (c == f || g.adjacent(f, c) || !inMain[c] || !purpose.accepts(g.kind(c))) {
                    continue;
                }
                int introducer = ConnectionCandidate.NO_INTRODUCER;
                for (int q : neighbours(g, f)) {
                    if (g.adjacent(q, c)) {
                        introducer = q;
                        break;
                    }
                }
                Set<Integer> mine = Arrays.stream(g.clusterCodes(f)).boxed().collect(Collectors.toSet());
                List<Integer> shared = Arrays.stream(g.clusterCodes(c)).filter(mine::contains).boxed().toList();
                boolean sameRegion = g.regionCode(f) >= 0 && g.regionCode(f) == g.regionCode(c);
                all.add(new ConnectionCandidate(c, purpose, introducer, shared, sameRegion, g.degree(c)));
            }
            all.sort(Comparator.<ConnectionCandidate>comparingInt(c -> c.hasIntroducer() ? 0 : 1)
                    .thenComparingInt(c -> c.sharesCluster() ? (c.sameRegion() ? 0 : 1) : (c.sameRegion() ? 2 : 3))
                    .thenComparingInt(c -> -c.partners())
                    .thenComparingInt(ConnectionCandidate::node));
            return all.subList(0, Math.min(k, all.size()));
        }

        private String describe(CollaborationGraph g, ConnectionCandidate c) {
            return c.purpose() + ":" + c.node() + " via " + c.introducer() + " clusters " + c.sharedClusters()
                    + " region " + c.sameRegion() + " degree " + c.partners();
        }

        private int[] neighbours(CollaborationGraph g, int u) {
            int[] out = new int[g.degree(u)];
            for (int s = g.rowStart(u), i = 0; s < g.rowEnd(u); s++, i++) {
                out[i] = g.neighbour(s);
            }
            return out;
        }

        /**
         * A sparse random network of 30 to 70 actors of every kind, in up to three of four clusters
         * and one of three regions (or none), with a few isolates and a second component likely.
         */
        private CollaborationGraph randomNetwork(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 30 + random.nextInt(41);
            ActorKind[] kinds = ActorKind.values();
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            for (int u = 0; u < n; u++) {
                ActorKind kind = random.nextDouble() < 0.55 ? ActorKind.COMPANY : kinds[random.nextInt(kinds.length)];
                b.addNode("n" + u, "n" + u, kind);
                int region = random.nextInt(4);
                b.attributes(u, null, region == 3 ? null : "r" + region, null, null);
                for (int c = 0; c < 4; c++) {
                    if (random.nextDouble() < 0.3) {
                        b.member(u, "c" + c);
                    }
                }
            }
            double p = (1.0 + random.nextDouble() * 2.5) / n;
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
