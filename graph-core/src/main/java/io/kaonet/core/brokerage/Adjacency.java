package io.kaonet.core.brokerage;

import io.kaonet.core.graph.CollaborationGraph;
import java.util.Arrays;

/**
 * Compressed rows of the arcs an analysis walks: out-arcs of {@code u} in slots
 * {@code start[u]..start[u+1]-1}, targets ascending, with optional arc lengths. For an undirected
 * reading the in-rows are the out-rows.
 */
final class Adjacency {

    final int n;
    final int[] start;
    final int[] target;
    /** Arc lengths, or null when every arc has length 1. */
    final double[] length;
    private final boolean directed;
    private Adjacency reverse;

    private Adjacency(int n, int[] start, int[] target, double[] length, boolean directed) {
        this.n = n;
        this.start = start;
        this.target = target;
        this.length = length;
        this.directed = directed;
    }

    /** Which value, if any, of each tie becomes its length. */
    enum Lengths { NONE, WEIGHT, INVERSE_WEIGHT }

    static Adjacency of(CollaborationGraph g, Direction direction, Lengths lengths) {
        int n = g.nodeCount();
        boolean directed = direction == Direction.DIRECTED;
        boolean keepLengths = lengths != Lengths.NONE && g.weighted();
        int[] start = new int[n + 1];
        int[] target = new int[2 * g.edgeCount()];
        double[] length = keepLengths ? new double[target.length] : null;
        int at = 0;
        for (int u = 0; u < n; u++) {
            start[u] = at;
            for (int s = g.rowStart(u), end = g.rowEnd(u); s < end; s++) {
                if (directed && !g.hasArc(u, s)) {
                    continue;
                }
                target[at] = g.neighbour(s);
                if (keepLengths) {
                    double w = g.weight(s);
                    length[at] = lengths == Lengths.WEIGHT ? w : 1.0 / w;
                }
                at++;
            }
        }
        start[n] = at;
        if (at < target.length) {
            target = Arrays.copyOf(target, at);
            length = length == null ? null : Arrays.copyOf(length, at);
        }
        return new Adjacency(n, start, target, length, directed);
    }

    /** Builds rows from explicit arrays (for reduced graphs). */
    static Adjacency undirected(int n, int[] start, int[] target, double[] length) {
        return new Adjacency(n, start, target, length, false);
    }

    /**
     * A numbering of the nodes in breadth-first order (each component from its lowest node, in node
     * order), so that nodes close in the graph get close numbers: searches then touch memory that is
     * close together. {@code rank[u]} is the new number of node {@code u}. O(n + m).
     */
    int[] breadthFirstRanks() {
        int[] rank = new int[n];
        Arrays.fill(rank, -1);
        int[] queue = new int[n];
        int tail = 0;
        for (int root = 0; root < n; root++) {
            if (rank[root] >= 0) {
                continue;
            }
            int head = tail;
            rank[root] = tail;
            queue[tail++] = root;
            while (head < tail) {
                int u = queue[head++];
                for (int e = start[u]; e < start[u + 1]; e++) {
                    int v = target[e];
                    if (rank[v] < 0) {
                        rank[v] = tail;
                        queue[tail++] = v;
                    }
                }
                if (directed) {
                    // Follow in-arcs too, so that a directed component is still numbered together.
                    Adjacency in = reversed();
                    for (int e = in.start[u]; e < in.start[u + 1]; e++) {
                        int v = in.target[e];
                        if (rank[v] < 0) {
                            rank[v] = tail;
                            queue[tail++] = v;
                        }
                    }
                }
            }
        }
        return rank;
    }

    /** The same arcs with node {@code u} renumbered {@code rank[u]}, rows sorted. O(n + m). */
    Adjacency renumbered(int[] rank) {
        int[] node = new int[n];
        for (int u = 0; u < n; u++) {
            node[rank[u]] = u;
        }
        // Scattering the arcs of the sources in new order fills every row of the transposed graph in
        // ascending order; an undirected reading is its own transpose, a directed one is transposed back.
        int[] rs = new int[n + 1];
        for (int e = 0; e < start[n]; e++) {
            rs[rank[target[e]] + 1]++;
        }
        for (int r = 0; r < n; r++) {
            rs[r + 1] += rs[r];
        }
        int[] fill = Arrays.copyOf(rs, n);
        int[] rt = new int[start[n]];
        double[] rl = length == null ? null : new double[start[n]];
        for (int r = 0; r < n; r++) {
            int u = node[r];
            for (int e = start[u]; e < start[u + 1]; e++) {
                int slot = fill[rank[target[e]]]++;
                rt[slot] = r;
                if (rl != null) {
                    rl[slot] = length[e];
                }
            }
        }
        if (!directed) {
            return new Adjacency(n, rs, rt, rl, false);
        }
        Adjacency transposed = new Adjacency(n, rs, rt, rl, true);
        Adjacency back = transposed.reversed();
        return new Adjacency(n, back.start, back.target, back.length, true);
    }

    int arcCount() {
        return start[n];
    }

    int outDegree(int u) {
        return start[u + 1] - start[u];
    }

    boolean directed() {
        return directed;
    }

    /** Whether the arc {@code u -> v} exists. O(log outdeg u). */
    boolean hasArc(int u, int v) {
        return Arrays.binarySearch(target, start[u], start[u + 1], v) >= 0;
    }

    /** The in-rows: the same rows when undirected, else the transposed arcs (built once, sorted). */
    synchronized Adjacency reversed() {
        if (!directed) {
            return this;
        }
        if (reverse == null) {
            int[] rs = new int[n + 1];
            for (int e = 0; e < start[n]; e++) {
                rs[target[e] + 1]++;
            }
            for (int u = 0; u < n; u++) {
                rs[u + 1] += rs[u];
            }
            int[] fill = Arrays.copyOf(rs, n);
            int[] rt = new int[start[n]];
            double[] rl = length == null ? null : new double[start[n]];
            // Sources are visited in ascending order, so every in-row comes out sorted.
            for (int u = 0; u < n; u++) {
                for (int e = start[u]; e < start[u + 1]; e++) {
                    int slot = fill[target[e]]++;
                    rt[slot] = u;
                    if (rl != null) {
                        rl[slot] = length[e];
                    }
                }
            }
            reverse = new Adjacency(n, rs, rt, rl, true);
            reverse.reverse = this;
        }
        return reverse;
    }
}
