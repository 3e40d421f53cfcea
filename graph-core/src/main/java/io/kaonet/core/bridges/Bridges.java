package io.kaonet.core.bridges;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Objects;

/**
 * The bridges (edges whose removal disconnects their ends) and articulation points (nodes whose
 * removal increases the number of components) of the undirected collaboration graph.
 *
 * <p>Tarjan's lowpoint method (Tarjan 1972; Hopcroft &amp; Tarjan 1973, "Efficient algorithms for
 * graph manipulation", CACM 16(6)) run as a depth-first search on an explicit stack, so it does not
 * recurse and cannot overflow the thread stack on long paths (JGraphT's recursive
 * {@code BiconnectivityInspector} does on a 50,000-node path). Edge {@code (p, u)} of the DFS tree
 * is a bridge when {@code low(u) > disc(p)}; a non-root {@code p} is an articulation point when some
 * child has {@code low(u) >= disc(p)}, the root when it has two or more DFS children.
 *
 * <p>O(n + m) time (plus O(log deg) per back-edge lookup of an edge id), O(n + m) memory. The
 * result does not depend on the search order, so it repeats exactly.
 */
public final class Bridges implements Analysis<BridgesResult> {

    /**
     * Nodes done between two polls of the termination flag: a poll per node would be an atomic update
     * of a job's progress per node, while 64 nodes take microseconds, so a stop still comes at once.
     */
    private static final int POLL_EVERY = 64;

    private final CollaborationGraph graph;

    /**
     * @param graph the graph to inspect
     * @throws NullPointerException if {@code graph} is null
     */
    public Bridges(CollaborationGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
    }

    /** Finds every bridge and articulation point. One progress step per node, the termination flag polled every 64 nodes. */
    @Override
    public BridgesResult compute(Execution execution) {
        int n = graph.nodeCount();
        execution.progress().expect(n);
        execution.checkpoint();
        int unreported = 0;
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] nextSlot = new int[n];
        int[] stack = new int[n];
        boolean[] bridge = new boolean[graph.edgeCount()];
        boolean[] cut = new boolean[n];
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (disc[root] != 0) {
                continue;
            }
            int rootChildren = 0;
            int top = 0;
            stack[top++] = root;
            disc[root] = low[root] = ++time;
            parent[root] = -1;
            nextSlot[root] = graph.rowStart(root);
            while (top > 0) {
                int u = stack[top - 1];
                if (nextSlot[u] < graph.rowEnd(u)) {
                    int v = graph.neighbour(nextSlot[u]++);
                    if (disc[v] == 0) {
                        parent[v] = u;
                        disc[v] = low[v] = ++time;
                        nextSlot[v] = graph.rowStart(v);
                        stack[top++] = v;
                        if (u == root) {
                            rootChildren++;
                        }
                    } else if (v != parent[u]) {
                        // The graph is simple, so skipping the parent node skips exactly the tree edge.
                        low[u] = Math.min(low[u], disc[v]);
                    }
                    continue;
                }
                top--;
                if (++unreported == POLL_EVERY) {
                    execution.step(POLL_EVERY);
                    unreported = 0;
                }
                int p = parent[u];
                if (p < 0) {
                    continue;
                }
                low[p] = Math.min(low[p], low[u]);
                if (low[u] > disc[p]) {
                    // p's cursor has not moved since it pushed u, so its last slot is the edge to u.
                    bridge[graph.edgeId(p, nextSlot[p] - 1)] = true;
                }
                if (low[u] >= disc[p] && p != root) {
                    cut[p] = true;
                }
            }
            if (rootChildren > 1) {
                cut[root] = true;
            }
        }
        execution.progress().advance(unreported);
        return new BridgesResult(bridge, cut);
    }
}
