package io.kaonet.api.map;

import io.kaonet.core.model.ActorKind;
import java.util.List;

/**
 * An actor as a node of the drawn graph, with its figures in the scope.
 *
 * @param id          the actor's id
 * @param name        display name
 * @param kind        what sort of player it is
 * @param industry    sector, or null
 * @param region      region, or null
 * @param clusters    ids of the clusters it is a member of during the scope's dates
 * @param degree      neighbours in the scope
 * @param betweenness normalised betweenness in the scope
 * @param x           horizontal position, 0 to the graph's width
 * @param y           vertical position, 0 to the graph's height (downwards)
 */
public record GraphNode(String id, String name, ActorKind kind, String industry, String region, List<String> clusters,
                        int degree, double betweenness, double x, double y) {

    public GraphNode {
        clusters = List.copyOf(clusters);
    }
}
