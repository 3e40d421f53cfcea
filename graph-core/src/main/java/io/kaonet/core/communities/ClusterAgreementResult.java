package io.kaonet.core.communities;

import java.util.Objects;

/**
 * The agreement of detected communities with the declared clusters; see {@link ClusterAgreement}.
 *
 * @param normalizedMutualInformation NMI over the actors in exactly one cluster; NaN when there are none
 * @param adjustedRandIndex           ARI over the same actors; NaN when there are none
 * @param comparedActors              actors in exactly one cluster
 * @param withoutCluster              actors in no cluster, left out of NMI and ARI
 * @param inSeveralClusters           actors in two or more clusters, left out of NMI and ARI
 * @param declared                    the declared clusters as a partition of every node, each actor
 *                                    left out in a community of its own
 * @param declaredModularity          the modularity of {@code declared}; NaN for a graph without edges
 */
public record ClusterAgreementResult(double normalizedMutualInformation, double adjustedRandIndex, int comparedActors,
                                     int withoutCluster, int inSeveralClusters, Partition declared,
                                     double declaredModularity) {

    /** @throws NullPointerException if the declared partition is null */
    public ClusterAgreementResult {
        Objects.requireNonNull(declared, "declared partition must not be null");
    }
}
