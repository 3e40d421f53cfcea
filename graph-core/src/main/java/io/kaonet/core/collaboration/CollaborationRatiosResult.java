package io.kaonet.core.collaboration;

import io.kaonet.core.model.TieKind;
import java.util.Map;
import java.util.Set;

/**
 * The collaboration ratios of a graph; see {@link CollaborationRatios}.
 *
 * @param overall            over every firm of the graph
 * @param byCluster          over the member firms of each cluster, keyed by cluster id in the
 *                           graph's cluster-code order; unmodifiable
 * @param collaborationKinds the tie kinds that counted as collaboration
 */
public record CollaborationRatiosResult(Ratios overall, Map<String, Ratios> byCluster, Set<TieKind> collaborationKinds) {
}
