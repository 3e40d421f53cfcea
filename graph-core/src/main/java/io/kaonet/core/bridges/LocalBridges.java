package io.kaonet.core.bridges;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Arrays;
import java.util.Objects;

/**
 * Local bridges and their span (Granovetter 1973, "The strength of weak ties"; the definition of
 * NetworkX's {@code local_bridges}): an edge {@code u–v} is a local bridge when {@code u} and
 * {@code v} have no neighbour in common; its span is the distance from {@code u} to {@code v}
 * after removing the edge, infinite when the edge is a bridge. Bridges are local bridges.
 *
 * <p>Cost: the common-neighbour test scans the shorter of the two rows and looks each entry up in
 * the other, O(Σ<sub>edges</sub> min(deg) · log deg) ≤ O(m√m log n); bridges are found in O(n + m)
 * by {@link Bridges}; each remaining local bridge costs one bidirectional breadth-first search
 * (O(n + m) at worst, usually far less), run in parallel over the local bridges. The result
 * repeats exactly.
 */
public final class LocalBridges implements Analysis<LocalBridgesResult> {

    private final CollaborationGraph graph;

    /**
     * @param graph the graph to inspect
     * @throws NullPointerException if {@code graph} is null
     */
    public LocalBridges(CollaborationGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
    }

    /** Finds every local bridge and its span. */
    @Override
    public LocalBridgesResult compute(Execution execution) {
        execution.progress().expect(graph.nodeCount());
        BridgesResult bridges = new Bridges(graph).compute(execution);
        SpanSearch search = new SpanSearch(graph);
        int m = graph.edgeCount();
        int[] edges = new int[m];
        int[] low = new int[m];
        int[] high = new int[m];
        boolean[] bridge = new boolean[m];
        int count = 0;
        for (int u = 0, e = 0; u < graph.nodeCount(); u++) {
            execution.step(1);
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                int v = graph.neighbour(s);
                if (v < u) {
                    continue;
                }
                // Upper slots come in edge-id order, so e is the id of edge u–v.
                if (bridges.isBridge(e) || !search.shareNeighbour(u, v)) {
                    edges[count] = e;
                    low[count] = u;
                    high[count] = v;
                    bridge[count] = bridges.isBridge(e);
                    count++;
                }
                e++;
            }
        }
        int[] span = search.spans(Arrays.copyOf(low, count), Arrays.copyOf(high, count), Arrays.copyOf(bridge, count));
        LocalBridge[] out = new LocalBridge[count];
        for (int i = 0; i < count; i++) {
            out[i] = new LocalBridge(edges[i], low[i], high[i], span[i]);
        }
        return new LocalBridgesResult(m, out);
    }
}
