package io.kaonet.core.cohesion;

import io.kaonet.core.graph.CollaborationGraph;
import java.util.Objects;

/**
 * The k-core decomposition: the core number of each node, the largest {@code k} such that the node
 * belongs to a subgraph where every node has degree at least {@code k} (Seidman 1983).
 *
 * <p>Batagelj &amp; Zaveršnik's bucket algorithm ("An O(m) algorithm for cores decomposition of
 * networks", 2003): nodes are kept sorted by current degree in an array of bins and peeled in
 * order of least degree; each peel lowers its higher-degree neighbours by one and moves them one
 * bin down in O(1). O(n + m) time, O(n) extra memory; repeats exactly. Matches JGraphT's
 * {@code Coreness} and NetworkX's {@code core_number}.
 */
public final class CoreDecomposition {

    private final CollaborationGraph graph;

    /**
     * @param graph the graph to decompose
     * @throws NullPointerException if {@code graph} is null
     */
    public CoreDecomposition(CollaborationGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
    }

    /** Computes the core number of every node. */
    public CoreDecompositionResult compute() {
        int n = graph.nodeCount();
        int[] deg = new int[n];
        int maxDegree = 0;
        for (int u = 0; u < n; u++) {
            deg[u] = graph.degree(u);
            maxDegree = Math.max(maxDegree, deg[u]);
        }
        // bin[d] = first position of degree d in vert, after a counting sort of the nodes by degree.
        int[] bin = new int[maxDegree + 1];
        for (int u = 0; u < n; u++) {
            bin[deg[u]]++;
        }
        for (int d = 0, start = 0; d <= maxDegree; d++) {
            int count = bin[d];
            bin[d] = start;
            start += count;
        }
        int[] pos = new int[n];
        int[] vert = new int[n];
        for (int u = 0; u < n; u++) {
            pos[u] = bin[deg[u]]++;
            vert[pos[u]] = u;
        }
        for (int d = maxDegree; d > 0; d--) {
            bin[d] = bin[d - 1];
        }
        bin[0] = 0;
        for (int i = 0; i < n; i++) {
            int v = vert[i];
            for (int s = graph.rowStart(v), end = graph.rowEnd(v); s < end; s++) {
                int u = graph.neighbour(s);
                if (deg[u] > deg[v]) {
                    int du = deg[u];
                    int pu = pos[u];
                    int pw = bin[du];
                    int w = vert[pw];
                    if (u != w) {
                        pos[u] = pw;
                        vert[pu] = w;
                        pos[w] = pu;
                        vert[pw] = u;
                    }
                    bin[du]++;
                    deg[u]--;
                }
            }
        }
        return new CoreDecompositionResult(deg);
    }
}
