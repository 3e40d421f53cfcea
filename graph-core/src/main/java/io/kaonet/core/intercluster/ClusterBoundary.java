package io.kaonet.core.intercluster;

import java.util.List;

/**
 * One cluster's ties across its boundary: its E–I index (Krackhardt &amp; Stern 1988) over the
 * membership, and its gatekeepers, ranked.
 *
 * @param cluster     the cluster code
 * @param members     its members in the graph
 * @param external    ties with exactly one end a member
 * @param internal    ties with both ends members
 * @param eiIndex     {@code (external − internal) / (external + internal)}; NaN without ties
 * @param eiBaseline  the index if ties fell uniformly at random:
 *                    {@code n_g(N − n_g)} possible external against {@code n_g(n_g − 1)/2} internal pairs
 * @param gatekeepers the members with an external partner, by external partners (descending), then
 *                    gatekeeper plus representative pairs (descending), then node
 */
public record ClusterBoundary(int cluster, long members, long external, long internal, double eiIndex,
                              double eiBaseline, List<Gatekeeper> gatekeepers) {

    /** Copies the list. */
    public ClusterBoundary {
        gatekeepers = List.copyOf(gatekeepers);
    }
}
