package io.kaonet.core.communities;

import java.util.Objects;

/**
 * Communities found by {@link Louvain} or {@link Leiden}.
 *
 * @param partition  the community of every node, numbered {@code 0..k-1} by lowest node
 * @param modularity the modularity of {@code partition} on the input graph, with the resolution and
 *                   weighting the algorithm ran with (NaN for a graph without edges)
 * @param levels     aggregation levels that merged nodes (0 when no two nodes were put together);
 *                   for Leiden, those of its last iteration
 * @param iterations Louvain: sweeps over the nodes, summed over levels; Leiden: iterations of the
 *                   whole algorithm (each a full multi-level run)
 * @param converged  whether the algorithm stopped because nothing improved, rather than at its
 *                   level or iteration limit
 * @param seed       the seed of the random order; the same seed gives the same result
 */
public record CommunityResult(Partition partition, double modularity, int levels, int iterations,
                              boolean converged, long seed) {

    /** @throws NullPointerException if the partition is null */
    public CommunityResult {
        Objects.requireNonNull(partition, "partition must not be null");
    }

    /** The number of communities. */
    public int communityCount() {
        return partition.count();
    }

    /** The community of node {@code u}. */
    public int communityOf(int u) {
        return partition.communityOf(u);
    }
}
