package io.kaonet.core.brokerage;

/**
 * The exact 1-degree reduction for betweenness on an undirected graph (Baglioni, Geraci, Pellegrini
 * &amp; Lastres 2012): repeatedly fold a node of degree one into its only neighbour until none is
 * left. What is folded is a forest of trees hanging from the remaining "core" nodes.
 *
 * <p>Every folded node and every core node is a cut point between the branches hanging from it, so
 * the pairs whose paths it lies on within the trees are counted directly: for a node with folded
 * branches of sizes {@code c_1..c_k} (total {@code c}) and {@code o} other nodes in its component,
 * {@code Σ_{i<j} c_i c_j + c·o}. What remains are pairs whose ends hang from two different core
 * nodes {@code a, b}: their shortest paths are the core's {@code a–b} paths, so Brandes's algorithm
 * on the core with source and target weights {@code ω(a)} = (size of {@code a}'s tree) gives them.
 * Lengths play no part in the tree counts, so the reduction holds for weighted graphs too.
 *
 * <p>O(n + m).
 */
final class DegreeOneFolding {

    /** The core, renumbered {@code 0..coreSize-1}. */
    final Adjacency core;
    /** Original node of each core node. */
    final int[] original;
    /** {@code ω}: the number of original nodes each core node stands for (itself included). */
    final double[] weight;
    /** Betweenness (unordered pairs) each original node gets from paths within the folded trees. */
    final double[] treeBetweenness;
    /** How many nodes were folded away. */
    final int folded;

    private DegreeOneFolding(Adjacency core, int[] original, double[] weight, double[] treeBetweenness, int folded) {
        this.core = core;
        this.original = original;
        this.weight = weight;
        this.treeBetweenness = treeBetweenness;
        this.folded = folded;
    }

    static DegreeOneFolding of(Adjacency g) {
        if (g.directed()) {
            throw new IllegalArgumentException("degree-one folding needs an undirected reading");
        }
        int n = g.n;
        int[] componentSize = componentSizes(g);
        int[] degree = new int[n];
        int[] stack = new int[n];
        int top = 0;
        for (int u = 0; u < n; u++) {
            degree[u] = g.outDegree(u);
            if (degree[u] == 1) {
                stack[top++] = u;
            }
        }
        long[] size = new long[n];
        long[] childSum = new long[n];
        long[] childSquares = new long[n];
        java.util.Arrays.fill(size, 1);
        boolean[] removed = new boolean[n];
        int folded = 0;
        while (top > 0) {
            int x = stack[--top];
            if (removed[x] || degree[x] != 1) {
                continue;
            }
            int parent = -1;
            for (int e = g.start[x]; e < g.start[x + 1]; e++) {
                if (!removed[g.target[e]]) {
                    parent = g.target[e];
                    break;
                }
            }
            removed[x] = true;
            folded++;
            degree[x] = 0;
            childSum[parent] += size[x];
            childSquares[parent] += size[x] * size[x];
            size[parent] += size[x];
            if (--degree[parent] == 1) {
                stack[top++] = parent;
            }
        }

        double[] tree = new double[n];
        int coreSize = n - folded;
        int[] original = new int[coreSize];
        int[] index = new int[n];
        double[] weight = new double[coreSize];
        for (int u = 0, c = 0; u < n; u++) {
            long cs = childSum[u];
            long others = componentSize[u] - size[u];
            tree[u] = (double) ((cs * cs - childSquares[u]) / 2 + cs * others);
            if (!removed[u]) {
                original[c] = u;
                weight[c] = size[u];
                index[u] = c++;
            } else {
                index[u] = -1;
            }
        }
        int[] start = new int[coreSize + 1];
        int arcs = 0;
        for (int c = 0; c < coreSize; c++) {
            arcs += degree[original[c]];
        }
        int[] target = new int[arcs];
        double[] length = g.length == null ? null : new double[arcs];
        int at = 0;
        for (int c = 0; c < coreSize; c++) {
            start[c] = at;
            int u = original[c];
            for (int e = g.start[u]; e < g.start[u + 1]; e++) {
                int v = index[g.target[e]];
                if (v >= 0) {
                    target[at] = v;
                    if (length != null) {
                        length[at] = g.length[e];
                    }
                    at++;
                }
            }
        }
        start[coreSize] = at;
        return new DegreeOneFolding(Adjacency.undirected(coreSize, start, target, length), original, weight, tree,
                folded);
    }

    private static int[] componentSizes(Adjacency g) {
        int n = g.n;
        int[] component = new int[n];
        java.util.Arrays.fill(component, -1);
        int[] queue = new int[n];
        int[] sizes = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            component[s] = count;
            while (head < tail) {
                int u = queue[head++];
                for (int e = g.start[u]; e < g.start[u + 1]; e++) {
                    int v = g.target[e];
                    if (component[v] < 0) {
                        component[v] = count;
                        queue[tail++] = v;
                    }
                }
            }
            sizes[count++] = tail;
        }
        int[] out = new int[n];
        for (int u = 0; u < n; u++) {
            out[u] = sizes[component[u]];
        }
        return out;
    }
}
