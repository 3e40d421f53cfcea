package io.kaonet.core.brokerage;

import io.kaonet.core.graph.CollaborationGraph;

/** How an analysis reads the ties of a {@link CollaborationGraph}. */
public enum Direction {
    /** Every tie joins its two ends both ways, whatever its kind. */
    UNDIRECTED,
    /**
     * Ties are read as the arcs they carry ({@link CollaborationGraph#hasArc(int, int)}): a directed
     * tie (financing, supply, ...) is one arc from giver to receiver, an undirected tie is two arcs.
     */
    DIRECTED
}
