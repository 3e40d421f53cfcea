package io.kaonet.api.map;

import io.kaonet.api.brokers.BetweennessMethod;
import java.util.List;
import java.util.Objects;

/**
 * A scope's network as a graph to draw: nodes with their figures and positions, and merged ties.
 *
 * @param nodes  the actors, node {@code u} of the scope's graph at index {@code u}
 * @param ties   the ties, edge {@code e} of the scope's graph at index {@code e} (an ego network keeps a subset)
 * @param width  the width of the box the positions lie in
 * @param height its height
 * @param betweenness how the nodes' betweenness was computed: exact, or estimated from sampled sources
 */
public record NetworkGraph(List<GraphNode> nodes, List<GraphTie> ties, double width, double height,
                           BetweennessMethod betweenness) {

    public NetworkGraph {
        Objects.requireNonNull(betweenness, "betweenness must not be null");
        nodes = List.copyOf(nodes);
        ties = List.copyOf(ties);
    }
}
