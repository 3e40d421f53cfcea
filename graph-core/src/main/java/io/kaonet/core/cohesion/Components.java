package io.kaonet.core.cohesion;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Arrays;
import java.util.Objects;

/**
 * Connected components of the undirected collaboration graph, found by an iterative breadth-first
 * search (no recursion, so no stack overflow on large graphs).
 *
 * <p>O(n + m) time, O(n) extra memory. Component numbers are assigned in order of each component's
 * lowest node index, so results repeat exactly for the same graph.
 */
public final class Components implements Analysis<ComponentsResult> {

    /**
     * Nodes done between two polls of the termination flag: a poll per node would be an atomic update
     * of a job's progress per node, while 64 nodes take microseconds, so a stop still comes at once.
     */
    private static final int POLL_EVERY = 64;

    private final CollaborationGraph graph;

    /**
     * @param graph the graph to decompose
     * @throws NullPointerException if {@code graph} is null
     */
    public Components(CollaborationGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
    }

    /** Finds the components. One progress step per node, the termination flag polled every 64 nodes. */
    @Override
    public ComponentsResult compute(Execution execution) {
        int n = graph.nodeCount();
        execution.progress().expect(n);
        execution.checkpoint();
        int unreported = 0;
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        int count = 0;
        int[] sizes = new int[Math.max(n, 1)];
        for (int start = 0; start < n; start++) {
            if (component[start] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            component[start] = count;
            while (head < tail) {
                int u = queue[head++];
                if (++unreported == POLL_EVERY) {
                    execution.step(POLL_EVERY);
                    unreported = 0;
                }
                for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
                    int v = graph.neighbour(s);
                    if (component[v] < 0) {
                        component[v] = count;
                        queue[tail++] = v;
                    }
                }
            }
            sizes[count++] = tail;
        }
        execution.progress().advance(unreported);
        return new ComponentsResult(component, Arrays.copyOf(sizes, count));
    }
}
