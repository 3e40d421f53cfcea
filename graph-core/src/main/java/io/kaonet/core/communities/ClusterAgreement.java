package io.kaonet.core.communities;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Objects;

/**
 * How closely detected communities follow the declared cluster projects: NMI and ARI (see
 * {@link PartitionAgreement}) between the detected partition and the cluster memberships, and the
 * modularity of the declared clusters taken as a partition.
 *
 * <p><b>Actors in several clusters or in none.</b> Memberships do not partition the actors: some
 * belong to no cluster (national bodies, foreign partners) and some to several. NMI and ARI are
 * therefore computed over the actors that belong to <em>exactly one</em> cluster, comparing their
 * detected community with that cluster; the others are left out and counted
 * ({@link ClusterAgreementResult#withoutCluster()}, {@link ClusterAgreementResult#inSeveralClusters()}).
 * For the modularity of the declared clusters every actor must be in one group, so each actor left
 * out becomes a community of its own: it adds no inner weight and only its own expected share
 * {@code −γ (k/2m)²}, which neither rewards nor hides it.
 *
 * <p>O(n log n + m). Deterministic.
 */
public final class ClusterAgreement implements Analysis<ClusterAgreementResult> {

    private final CollaborationGraph graph;
    private final Partition detected;
    private final Modularity.Parameters modularity;

    /**
     * @param graph      the graph the communities were detected on, with its cluster memberships
     * @param detected   the detected communities
     * @param modularity resolution and weighting for the modularity of the declared clusters (use
     *                   those the detection ran with)
     * @throws IllegalArgumentException if the partition covers another number of nodes than the graph
     * @throws NullPointerException     if an argument is null
     */
    public ClusterAgreement(CollaborationGraph graph, Partition detected, Modularity.Parameters modularity) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.detected = Objects.requireNonNull(detected, "detected partition must not be null");
        this.modularity = Objects.requireNonNull(modularity, "modularity parameters must not be null");
        if (detected.nodeCount() != graph.nodeCount()) {
            throw new IllegalArgumentException("partition covers " + detected.nodeCount() + " nodes, the graph has "
                    + graph.nodeCount());
        }
    }

    /** Compares the partitions and measures the declared one. */
    @Override
    public ClusterAgreementResult compute(Execution execution) {
        int n = graph.nodeCount();
        int clusters = graph.clusterIds().size();
        execution.progress().expect(n);
        int[] declaredLabels = new int[n];
        int compared = 0;
        int without = 0;
        int several = 0;
        for (int u = 0; u < n; u++) {
            execution.step(1);
            int count = graph.clusterCount(u);
            if (count == 1) {
                declaredLabels[u] = graph.clusterCodes(u)[0];
                compared++;
            } else {
                declaredLabels[u] = clusters + u;
                if (count == 0) {
                    without++;
                } else {
                    several++;
                }
            }
        }
        int[] detectedSubset = new int[compared];
        int[] declaredSubset = new int[compared];
        for (int u = 0, i = 0; u < n; u++) {
            if (graph.clusterCount(u) == 1) {
                detectedSubset[i] = detected.communityOf(u);
                declaredSubset[i] = declaredLabels[u];
                i++;
            }
        }
        double nmi = Double.NaN;
        double ari = Double.NaN;
        if (compared > 0) {
            PartitionAgreementResult agreement =
                    new PartitionAgreement(Partition.of(detectedSubset), Partition.of(declaredSubset)).compute(execution);
            nmi = agreement.normalizedMutualInformation();
            ari = agreement.adjustedRandIndex();
        }
        Partition declared = Partition.of(declaredLabels);
        double declaredModularity = new Modularity(graph, modularity).compute(declared);
        return new ClusterAgreementResult(nmi, ari, compared, without, several, declared, declaredModularity);
    }
}
