package io.kaonet.api.cohesion;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import java.util.ArrayList;
import java.util.List;

/**
 * An actor of an analysed network, as analysis answers name it: read from the projection, so that
 * no further database read is needed.
 *
 * @param id         stable external id
 * @param name       display name
 * @param kind       kind of player
 * @param clusterIds clusters it is a member of within the scope's dates
 */
public record ActorInScope(String id, String name, ActorKind kind, List<String> clusterIds) {

    /** Node {@code u} of a projection. */
    public static ActorInScope of(CollaborationGraph graph, int u) {
        List<String> all = graph.clusterIds();
        List<String> clusters = new ArrayList<>();
        for (int c : graph.clusterCodes(u)) {
            clusters.add(all.get(c));
        }
        clusters.sort(null);
        return new ActorInScope(graph.id(u), graph.name(u), graph.kind(u), List.copyOf(clusters));
    }
}
