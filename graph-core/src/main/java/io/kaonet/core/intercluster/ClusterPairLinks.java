package io.kaonet.core.intercluster;

import java.util.Objects;

/**
 * The ties linking one pair of clusters.
 *
 * @param pair the clusters
 * @param ties how many ties link them
 */
public record ClusterPairLinks(ClusterPair pair, int ties) {

    /** @throws IllegalArgumentException if ties is not positive */
    public ClusterPairLinks {
        Objects.requireNonNull(pair, "pair must not be null");
        if (ties < 1) {
            throw new IllegalArgumentException("ties must be positive, was " + ties);
        }
    }
}
