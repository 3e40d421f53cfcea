package io.kaonet.core.cohesion;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Triangles, local clustering coefficients, their averages and global transitivity of the
 * unweighted simple graph (Watts &amp; Strogatz 1998; Newman 2003 for transitivity).
 *
 * <p>Counts triangles on the edges oriented from lower to higher (degree, index) rank, finding
 * each triangle once from its lowest-ranked corner with a marker array (Schank &amp; Wagner 2005,
 * "Finding, counting and listing all triangles in large graphs"): O(m·√m) time. Nodes are split
 * among the available processors, each counting into its own array, so counts do not depend on the
 * split. The local coefficient of a node with degree below 2 is 0 (NetworkX and igraph's "zero"
 * mode); the average is given both with those nodes counted as 0 and with them left out.
 */
public final class Clustering implements Analysis<ClusteringResult> {

    private final CollaborationGraph graph;

    /**
     * @param graph the graph to measure
     * @throws NullPointerException if {@code graph} is null
     */
    public Clustering(CollaborationGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
    }

    /** Counts triangles and derives the coefficients. */
    @Override
    public ClusteringResult compute(Execution execution) {
        int n = graph.nodeCount();
        // Orient each edge from its lower to its higher (degree, index) rank: every node then has
        // O(√m) out-neighbours, and each triangle is found once, from its lowest corner.
        int[] outStart = new int[n + 1];
        for (int u = 0; u < n; u++) {
            int count = 0;
            for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
                if (ranksBelow(u, graph.neighbour(s))) {
                    count++;
                }
            }
            outStart[u + 1] = outStart[u] + count;
        }
        int[] out = new int[outStart[n]];
        for (int u = 0, at = 0; u < n; u++) {
            for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
                int v = graph.neighbour(s);
                if (ranksBelow(u, v)) {
                    out[at++] = v;
                }
            }
        }
        // Each worker counts into its own array; integer sums do not depend on the split.
        List<long[]> counts = Collections.synchronizedList(new ArrayList<>());
        ParallelLoop.run(n, ParallelLoop.defaultConcurrency(), execution, () -> {
            Workspace w = new Workspace(n);
            counts.add(w.triangles);
            return w;
        }, (w, u) -> {
            int[] mark = w.mark;
            long[] found = w.triangles;
            int from = outStart[u];
            int to = outStart[u + 1];
            for (int i = from; i < to; i++) {
                mark[out[i]] = u;
            }
            for (int i = from; i < to; i++) {
                int v = out[i];
                for (int j = outStart[v], end = outStart[v + 1]; j < end; j++) {
                    int x = out[j];
                    if (mark[x] == u) {
                        found[u]++;
                        found[v]++;
                        found[x]++;
                    }
                }
            }
        });
        long[] triangles = new long[n];
        for (long[] c : counts) {
            for (int u = 0; u < n; u++) {
                triangles[u] += c[u];
            }
        }
        double[] local = new double[n];
        double sumAll = 0;
        int eligible = 0;
        long closed = 0;
        long triples = 0;
        for (int u = 0; u < n; u++) {
            long d = graph.degree(u);
            long pairs = d * (d - 1) / 2;
            if (d >= 2) {
                local[u] = triangles[u] / (double) pairs;
                eligible++;
            }
            sumAll += local[u];
            closed += triangles[u];
            triples += pairs;
        }
        double averageAll = n == 0 ? 0 : sumAll / n;
        double averageEligible = eligible == 0 ? Double.NaN : sumAll / eligible;
        double transitivity = triples == 0 ? 0 : (double) closed / triples;
        return new ClusteringResult(triangles, local, averageAll, averageEligible, transitivity);
    }

    private static final class Workspace {
        final int[] mark;
        final long[] triangles;

        Workspace(int n) {
            mark = new int[n];
            Arrays.fill(mark, -1);
            triangles = new long[n];
        }
    }

    private boolean ranksBelow(int a, int b) {
        int da = graph.degree(a);
        int db = graph.degree(b);
        return da < db || (da == db && a < b);
    }
}
