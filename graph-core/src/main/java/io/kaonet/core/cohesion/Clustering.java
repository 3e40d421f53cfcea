package io.kaonet.core.cohesion;

import io.kaonet.core.graph.CollaborationGraph;
import java.util.Objects;

/**
 * Triangles, local clustering coefficients, their averages and global transitivity of the
 * unweighted simple graph (Watts &amp; Strogatz 1998; Newman 2003 for transitivity).
 *
 * <p>Counts triangles by merging sorted adjacency rows, visiting each triangle once from its
 * lowest-ranked corner: O(Σ deg²) in the worst case, O(m·√m) with degree ordering. The local
 * coefficient of a node with degree below 2 is 0 (NetworkX and igraph's "zero" mode); the average
 * is given both with those nodes counted as 0 and with them left out.
 */
public final class Clustering {

    private final CollaborationGraph graph;

    /**
     * @param graph the graph to measure
     * @throws NullPointerException if {@code graph} is null
     */
    public Clustering(CollaborationGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
    }

    /** Counts triangles and derives the coefficients. */
    public ClusteringResult compute() {
        int n = graph.nodeCount();
        long[] triangles = new long[n];
        // Orient each edge from lower to higher (degree, index) rank; count each triangle once.
        int[] mark = new int[n];
        java.util.Arrays.fill(mark, -1);
        for (int u = 0; u < n; u++) {
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                int v = graph.neighbour(s);
                if (ranksBelow(u, v)) {
                    mark[v] = u;
                }
            }
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                int v = graph.neighbour(s);
                if (!ranksBelow(u, v)) {
                    continue;
                }
                for (int t = graph.rowStart(v); t < graph.rowEnd(v); t++) {
                    int w = graph.neighbour(t);
                    if (mark[w] == u && ranksBelow(v, w)) {
                        triangles[u]++;
                        triangles[v]++;
                        triangles[w]++;
                    }
                }
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

    private boolean ranksBelow(int a, int b) {
        int da = graph.degree(a);
        int db = graph.degree(b);
        return da < db || (da == db && a < b);
    }
}
