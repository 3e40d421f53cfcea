package io.kaonet.core.intercluster;

import java.util.List;

/**
 * A tie that links two or more clusters.
 *
 * @param edge  the edge id
 * @param low   the lower-numbered end
 * @param high  the higher-numbered end
 * @param pairs the pairs of clusters it links, ascending; never empty
 */
public record InterClusterTie(int edge, int low, int high, List<ClusterPair> pairs) {

    /** @throws IllegalArgumentException if it links no pair */
    public InterClusterTie {
        pairs = List.copyOf(pairs);
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("an inter-cluster tie links at least one pair of clusters");
        }
    }
}
