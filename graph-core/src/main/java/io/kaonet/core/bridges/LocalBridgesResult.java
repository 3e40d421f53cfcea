package io.kaonet.core.bridges;

import java.util.List;

/** The local bridges of a graph, in edge-id order, with their spans. */
public final class LocalBridgesResult {

    private final List<LocalBridge> localBridges;
    private final LocalBridge[] byEdge;

    LocalBridgesResult(int edgeCount, LocalBridge[] found) {
        this.localBridges = List.of(found);
        this.byEdge = new LocalBridge[edgeCount];
        for (LocalBridge b : found) {
            byEdge[b.edge()] = b;
        }
    }

    /** Every local bridge (bridges included), in edge-id order; unmodifiable. */
    public List<LocalBridge> localBridges() {
        return localBridges;
    }

    /** The number of local bridges, bridges included. */
    public int count() {
        return localBridges.size();
    }

    /**
     * Whether edge {@code e} is a local bridge.
     *
     * @throws IndexOutOfBoundsException if {@code e} is not an edge id of the graph
     */
    public boolean isLocalBridge(int e) {
        return byEdge[e] != null;
    }

    /**
     * The span of edge {@code e}: {@link LocalBridge#INFINITE_SPAN} for a bridge, its span (3 or
     * more) for another local bridge, and 2 for an edge whose ends share a neighbour.
     *
     * @throws IndexOutOfBoundsException if {@code e} is not an edge id of the graph
     */
    public int span(int e) {
        return byEdge[e] == null ? 2 : byEdge[e].span();
    }
}
