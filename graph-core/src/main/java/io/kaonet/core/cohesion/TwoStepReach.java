package io.kaonet.core.cohesion;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Objects;

/**
 * Two-step reach: for each node, the number of distinct other nodes at distance 1 or 2 — the
 * faces one introduction away (Borgatti's "2-step reach"; igraph's {@code neighborhood_size(order
 * = 2) − 1}). The mean is over all nodes, isolates counting 0.
 *
 * <p>For each node the neighbours and their neighbours are marked in a per-worker array, so every
 * node costs the sum of its neighbours' degrees: O(Σ deg²) in total, O(n) memory per worker, in
 * parallel over nodes. Repeats exactly.
 */
public final class TwoStepReach implements Analysis<TwoStepReachResult> {

    private final CollaborationGraph graph;
    private final int concurrency;

    /**
     * Uses every available processor.
     *
     * @param graph the graph to measure
     * @throws NullPointerException if {@code graph} is null
     */
    public TwoStepReach(CollaborationGraph graph) {
        this(graph, ParallelLoop.defaultConcurrency());
    }

    /**
     * @param graph       the graph to measure
     * @param concurrency the largest number of worker threads
     * @throws NullPointerException     if {@code graph} is null
     * @throws IllegalArgumentException if {@code concurrency < 1}
     */
    public TwoStepReach(CollaborationGraph graph, int concurrency) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.concurrency = concurrency;
    }

    /** Counts every node's two-step reach. */
    @Override
    public TwoStepReachResult compute(Execution execution) {
        int n = graph.nodeCount();
        int[] reach = new int[n];
        // The mark of node u's pass is u + 1, unique per pass, so a worker's array is never cleared.
        ParallelLoop.run(n, concurrency, execution, () -> new int[n], (mark, u) -> {
            int tag = u + 1;
            mark[u] = tag;
            int count = 0;
            for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
                int v = graph.neighbour(s);
                if (mark[v] != tag) {
                    mark[v] = tag;
                    count++;
                }
                for (int t = graph.rowStart(v), stop = graph.rowEnd(v); t < stop; t++) {
                    int w = graph.neighbour(t);
                    if (mark[w] != tag) {
                        mark[w] = tag;
                        count++;
                    }
                }
            }
            reach[u] = count;
        });
        int[] degree = new int[n];
        for (int u = 0; u < n; u++) {
            degree[u] = graph.degree(u);
        }
        return new TwoStepReachResult(reach, degree);
    }
}
