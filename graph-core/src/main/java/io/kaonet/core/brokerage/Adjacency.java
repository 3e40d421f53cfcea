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
            reverse = transpose(this, true);
            reverse.reverse = this;
        }
        return reverse;
    }

    /**
     * A numbering that puts nodes met together in a breadth-first search next to each other, so
     * that searches touch fewer cache lines: components in order of their highest-degree node, each
     * searched from that node. {@code result[u]} is the new index of {@code u}.
     */
    int[] breadthFirstNumbering() {
        int maxDegree = 0;
        for (int u = 0; u < n; u++) {
            maxDegree = Math.max(maxDegree, outDegree(u));
        }
        // nodes by descending degree, by a counting sort
        int[] bucket = new int[maxDegree + 2];
        for (int u = 0; u < n; u++) {
            bucket[maxDegree - outDegree(u) + 1]++;
        }
        for (int d = 0; d <= maxDegree; d++) {
            bucket[d + 1] += bucket[d];
        }
        int[] byDegree = new int[n];
        for (int u = 0; u < n; u++) {
            byDegree[bucket[maxDegree - outDegree(u)]++] = u;
        }
        Adjacency both = directed ? union(this, reversed()) : this;
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int[] queue = new int[n];
        int next = 0;
        for (int root : byDegree) {
            if (number[root] >= 0) {
                continue;
            }
            int head = next;
            number[root] = next;
            queue[next++] = root;
            while (head < next) {
                int u = queue[head++];
                for (int e = both.start[u]; e < both.start[u + 1]; e++) {
                    int v = both.target[e];
                    if (number[v] < 0) {
                        number[v] = next;
                        queue[next++] = v;
                    }
                }
            }
        }
        return number;
    }

    /** These arcs with node {@code u} renamed {@code number[u]}; rows sorted. */
    Adjacency renumbered(int[] number) {
        int[] rs = new int[n + 1];
        for (int u = 0; u < n; u++) {
            rs[number[u] + 1] = outDegree(u);
        }
        for (int u = 0; u < n; u++) {
            rs[u + 1] += rs[u];
        }
        int[] rt = new int[arcCount()];
        double[] rl = length == null ? null : new double[arcCount()];
        for (int u = 0; u < n; u++) {
            int at = rs[number[u]];
            for (int e = start[u]; e < start[u + 1]; e++, at++) {
                rt[at] = number[target[e]];
                if (rl != null) {
                    rl[at] = length[e];
                }
            }
        }
        Adjacency unsorted = new Adjacency(n, rs, rt, rl, directed);
        // Transposing sorts every row; an undirected graph is its own transpose.
        return directed ? transpose(transpose(unsorted, true), true) : transpose(unsorted, false);
    }

    /** The transposed arcs, every row sorted (sources are visited in ascending order). */
    private static Adjacency transpose(Adjacency a, boolean directed) {
        int n = a.n;
        int[] rs = new int[n + 1];
        for (int e = 0; e < a.start[n]; e++) {
            rs[a.target[e] + 1]++;
        }
        for (int u = 0; u < n; u++) {
            rs[u + 1] += rs[u];
        }
        int[] fill = Arrays.copyOf(rs, n);
        int[] rt = new int[a.start[n]];
        double[] rl = a.length == null ? null : new double[a.start[n]];
        for (int u = 0; u < n; u++) {
            for (int e = a.start[u]; e < a.start[u + 1]; e++) {
                int slot = fill[a.target[e]]++;
                rt[slot] = u;
                if (rl != null) {
                    rl[slot] = a.length[e];
                }
            }
        }
        return new Adjacency(n, rs, rt, rl, directed);
    }

    /** Out- and in-neighbours together (duplicates allowed), for walking a directed graph weakly. */
    private static Adjacency union(Adjacency out, Adjacency in) {
        int n = out.n;
        int[] rs = new int[n + 1];
        int[] rt = new int[out.arcCount() + in.arcCount()];
        int at = 0;
        for (int u = 0; u < n; u++) {
            rs[u] = at;
            for (int e = out.start[u]; e < out.start[u + 1]; e++) {
                rt[at++] = out.target[e];
            }
            for (int e = in.start[u]; e < in.start[u + 1]; e++) {
                rt[at++] = in.target[e];
            }
        }
        rs[n] = at;
        return new Adjacency(n, rs, rt, null, true);
    }
}
