package io.kaonet.api.map;

import java.util.List;

/**
 * A scope's network as a graph to draw: nodes with their figures and positions, and merged ties.
 *
 * @param nodes  the actors, node {@code u} of the scope's graph at index {@code u}
 * @param ties   the ties, edge {@code e} of the scope's graph at index {@code e} (an ego network keeps a subset)
 * @param width  the width of the box the positions lie in
 * @param height its height
 */
public record NetworkGraph(List<GraphNode> nodes, List<GraphTie> ties, double width, double height) {

    public NetworkGraph {
        nodes = List.copyOf(nodes);
        ties = List.copyOf(ties);
    }
}
