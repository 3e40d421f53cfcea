package io.kaonet.core.cohesion;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The k-core decomposition: the core number of each node, the largest {@code k} such that the node
 * belongs to a subgraph where every node has degree at least {@code k} (Seidman 1983).
 *
 * <p>Batagelj &amp; Zaveršnik's bucket algorithm ("An O(m) algorithm for cores decomposition of
 * networks", 2003): nodes are kept sorted by current degree in an array of bins and peeled in
 * order of least degree; each peel lowers its higher-degree neighbours by one and moves them one
 * bin down in O(1). O(n + m) time, O(n) extra memory. Used with one thread.
 *
 * <p>With more threads, level-synchronous peeling as in ParK (Dasari, Desh &amp; Zubair, "ParK: An
 * efficient algorithm for k-core decomposition on multicore processors", 2014) with the
 * refinements of PKC (Kabir &amp; Madduri, "Parallel k-core decomposition on multicore platforms",
 * 2017): for k = 0, 1, 2, … each thread scans its share of the nodes not yet peeled for those of
 * degree k, then peels them, lowering each neighbour's degree with an atomic decrement; a neighbour
 * that falls to k joins the peeling thread's list at the same level, one that was already at k gets
 * its decrement back. Scans are sequential reads and the only shared writes are the decrements, so
 * two cores beat the bucket algorithm's random moves. O(n·K + m) work for a largest core K (each
 * thread's share shrinks to the nodes left as the levels go up), O(n) extra memory.
 *
 * <p>Both give the same core numbers, whatever the scheduling (a node's core number is the level
 * it is peeled at); they match JGraphT's {@code Coreness} and NetworkX's {@code core_number}.
 */
public final class CoreDecomposition implements Analysis<CoreDecompositionResult> {

    private static final VarHandle DEGREE = MethodHandles.arrayElementVarHandle(int[].class);

    private final CollaborationGraph graph;
    private final int threads;

    /**
     * Decomposes with as many threads as there are processors.
     *
     * @param graph the graph to decompose
     * @throws NullPointerException if {@code graph} is null
     */
    public CoreDecomposition(CollaborationGraph graph) {
        this(graph, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param graph   the graph to decompose
     * @param threads how many threads peel at once (1: the sequential bucket algorithm)
     * @throws NullPointerException     if {@code graph} is null
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public CoreDecomposition(CollaborationGraph graph, int threads) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** Computes the core number of every node. */
    @Override
    public CoreDecompositionResult compute(Execution execution) {
        execution.progress().expect(graph.nodeCount());
        return new CoreDecompositionResult(threads == 1 || graph.nodeCount() < 2 ? bucketCores(execution)
                : peeledCores(execution));
    }

    /** Batagelj–Zaveršnik: the core numbers, sequentially. */
    private int[] bucketCores(Execution execution) {
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
            execution.step(1);
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
        return deg;
    }

    /** Level-synchronous peeling on {@link #threads} workers: the core numbers. */
    private int[] peeledCores(Execution execution) {
        int n = graph.nodeCount();
        int workers = Math.min(threads, n);
        int[] deg = new int[n];
        Share[] shares = new Share[workers];
        IntStream.range(0, workers).parallel().forEach(w -> {
            int from = (int) ((long) n * w / workers);
            int to = (int) ((long) n * (w + 1) / workers);
            for (int u = from; u < to; u++) {
                deg[u] = graph.degree(u);
            }
            shares[w] = new Share(from, to);
        });
        for (int level = 0; Arrays.stream(shares).anyMatch(Share::unpeeled); level++) {
            int k = level;
            // Two phases, so that no node is found by a scan after a peel of the same level has listed it.
            IntStream.range(0, workers).parallel().forEach(w -> shares[w].scan(deg, k));
            execution.checkpoint();
            IntStream.range(0, workers).parallel().forEach(w -> shares[w].peel(graph, deg, k));
            execution.step(Arrays.stream(shares).mapToLong(s -> s.peelCount).sum());
        }
        return deg;
    }

    /** One worker's nodes not yet peeled, and its list of nodes to peel at the current level. */
    private static final class Share {
        private final int[] left;
        private int leftCount;
        private int[] peel = new int[64];
        private int peelCount;

        Share(int from, int to) {
            left = IntStream.range(from, to).toArray();
            leftCount = left.length;
        }

        boolean unpeeled() {
            return leftCount > 0;
        }

        /** Lists the nodes of degree {@code k} to peel and drops them (and those peeled before) from the nodes left. */
        void scan(int[] deg, int k) {
            peelCount = 0;
            int kept = 0;
            for (int i = 0; i < leftCount; i++) {
                int u = left[i];
                int d = deg[u];
                if (d == k) {
                    push(u);
                } else if (d > k) {
                    left[kept++] = u;
                }
            }
            leftCount = kept;
        }

        /** Peels the listed nodes, and those whose degree falls to {@code k} meanwhile. */
        void peel(CollaborationGraph graph, int[] deg, int k) {
            for (int i = 0; i < peelCount; i++) {
                int v = peel[i];
                for (int s = graph.rowStart(v), end = graph.rowEnd(v); s < end; s++) {
                    int u = graph.neighbour(s);
                    if ((int) DEGREE.getOpaque(deg, u) > k) {
                        int before = (int) DEGREE.getAndAdd(deg, u, -1);
                        if (before == k + 1) {
                            push(u);
                        } else if (before <= k) {
                            DEGREE.getAndAdd(deg, u, 1); // another peel got there first: u stays at k
                        }
                    }
                }
            }
        }

        private void push(int u) {
            if (peelCount == peel.length) {
                peel = Arrays.copyOf(peel, peel.length * 2);
            }
            peel[peelCount++] = u;
        }
    }
}
