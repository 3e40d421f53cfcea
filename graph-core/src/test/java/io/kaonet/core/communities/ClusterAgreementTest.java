package io.kaonet.core.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClusterAgreementTest {

    static Stream<OracleCommunities.Entry> referencePartitions() {
        return OracleCommunities.networks().flatMap(o -> OracleCommunities.entries(o).stream());
    }

    /** The oracle graph with each reference community declared as a cluster "c0", "c1", …. */
    private static CollaborationGraph withClusters(OracleCommunities.Entry entry) {
        CollaborationGraph g = entry.oracle().graph();
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < g.nodeCount(); u++) {
            b.addNode(g.id(u), g.name(u), g.kind(u));
            b.member(u, "c" + entry.partition().communityOf(u));
        }
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                if (g.neighbour(s) > u) {
                    b.addTie(u, g.neighbour(s), io.kaonet.core.model.TieKind.ALLIANCE, g.weight(s), null);
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referencePartitions")
    void modularityOfDeclaredClustersMatchesTheReferenceModularity(OracleCommunities.Entry entry) {
        CollaborationGraph g = withClusters(entry);
        Partition anything = Partition.singletons(g.nodeCount());

        entry.value("modularity").ifPresent(expected -> assertThat(
                new ClusterAgreement(g, anything, Modularity.Parameters.UNWEIGHTED).compute().declaredModularity())
                .isCloseTo(expected, within(1e-9)));
        entry.value("modularity_weighted").ifPresent(expected -> assertThat(
                new ClusterAgreement(g, anything, Modularity.Parameters.DEFAULTS).compute().declaredModularity())
                .isCloseTo(expected, within(1e-9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referencePartitions")
    void detectingTheDeclaredClustersAgreesPerfectly(OracleCommunities.Entry entry) {
        CollaborationGraph g = withClusters(entry);

        ClusterAgreementResult r = new ClusterAgreement(g, entry.partition(), Modularity.Parameters.DEFAULTS).compute();

        assertThat(r.normalizedMutualInformation()).isCloseTo(1, within(1e-12));
        assertThat(r.adjustedRandIndex()).isCloseTo(1, within(1e-12));
        assertThat(r.comparedActors()).isEqualTo(g.nodeCount());
        assertThat(r.declared()).isEqualTo(entry.partition());
    }

    /**
     * Nodes 0–5. Clusters: A = {0, 1, 2}, B = {3, 4}; node 5 in A and B; node 6 in none.
     * Edges: triangle 0–1–2, edge 3–4, 2–3, 5–0, 6–4.
     */
    private static CollaborationGraph mixed() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < 7; u++) {
            b.addNode("n" + u, null, ActorKind.COMPANY);
        }
        b.member(0, "A").member(1, "A").member(2, "A").member(3, "B").member(4, "B").member(5, "A").member(5, "B");
        int[][] edges = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {2, 3}, {5, 0}, {6, 4}};
        for (int[] e : edges) {
            b.addEdge(e[0], e[1]);
        }
        return b.build();
    }

    @Test
    void actorsInSeveralClustersOrNoneAreLeftOutOfTheComparison() {
        CollaborationGraph g = mixed();
        // Detected: {0,1,2,5} and {3,4,6}: on the compared nodes 0–4 this is exactly A | B.
        Partition detected = Partition.of(new int[] {0, 0, 0, 1, 1, 0, 1});

        ClusterAgreementResult r = new ClusterAgreement(g, detected, Modularity.Parameters.DEFAULTS).compute();

        assertThat(r.comparedActors()).isEqualTo(5);
        assertThat(r.inSeveralClusters()).isEqualTo(1);
        assertThat(r.withoutCluster()).isEqualTo(1);
        assertThat(r.normalizedMutualInformation()).isCloseTo(1, within(1e-12));
        assertThat(r.adjustedRandIndex()).isCloseTo(1, within(1e-12));
    }

    @Test
    void actorsLeftOutAreSingletonsOfTheDeclaredPartition() {
        CollaborationGraph g = mixed();

        ClusterAgreementResult r = new ClusterAgreement(g, Partition.singletons(7), Modularity.Parameters.DEFAULTS)
                .compute();

        assertThat(r.declared()).isEqualTo(Partition.of(new int[] {0, 0, 0, 1, 1, 2, 3}));
        // m = 7, degrees 3 2 3 2 2 1 1. A = {0,1,2}: 3 inner edges, K = 8; B = {3,4}: 1 inner edge, K = 4;
        // {5}: K = 1; {6}: K = 1.  Q = (3 + 1)/7 − (64 + 16 + 1 + 1)/196 = 30/196.
        assertThat(r.declaredModularity()).isCloseTo(30.0 / 196, within(1e-15));
        // Singletons against A | B over the compared nodes: no pair is together in the singletons, ARI 0.
        assertThat(r.adjustedRandIndex()).isCloseTo(0, within(1e-12));
    }

    @Test
    void withoutAnyClusterNothingIsCompared() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        b.addNode("a", null, ActorKind.COMPANY);
        b.addNode("b", null, ActorKind.COMPANY);
        b.addEdge(0, 1);

        ClusterAgreementResult r = new ClusterAgreement(b.build(), Partition.singletons(2), Modularity.Parameters.DEFAULTS)
                .compute();

        assertThat(r.comparedActors()).isZero();
        assertThat(r.withoutCluster()).isEqualTo(2);
        assertThat(r.normalizedMutualInformation()).isNaN();
        assertThat(r.adjustedRandIndex()).isNaN();
        // Two singletons joined by one edge: 0 − 2 × (1/2)² = −1/2.
        assertThat(r.declaredModularity()).isCloseTo(-0.5, within(1e-15));
    }

    @Test
    void refusesAPartitionOfAnotherSize() {
        assertThatThrownBy(() -> new ClusterAgreement(mixed(), Partition.singletons(3), Modularity.Parameters.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("covers 3 nodes, the graph has 7");
    }
}
