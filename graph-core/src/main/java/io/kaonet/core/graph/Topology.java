package io.kaonet.core.graph;

import io.kaonet.core.model.TieKind;
import java.util.Arrays;
import java.util.Objects;

/**
 * The ties of a {@link CollaborationGraph}: a simple undirected graph on nodes {@code 0..n-1} in
 * compressed sparse rows, with each edge's weight, tie kinds, directions and first day.
 *
 * <p>The neighbours of {@code u} sit in slots {@code rowStart(u)..rowEnd(u)-1}, sorted ascending.
 * Edge {@code e} joins {@code edgeLow(e) < edgeHigh(e)}; edges are numbered in (low, high) order, so
 * edge ids follow from the slots and need no storage. Per tie it holds 14 bytes: two 4-byte
 * neighbour slots, a 2-byte mask of the tie kinds with the two direction bits in its top bits, and a
 * 4-byte start day; and 16 more, two 8-byte double weights (one per slot, so that a row is read
 * without a search), unless every weight is 1. Per node it holds three ints. Instances are immutable
 * and safe to share between threads; they are made by {@link CollaborationGraphBuilder}.
 */
public final class Topology {

    /** Stored in {@link #edgeSince(int)} when a tie's start is unknown. */
    public static final int UNKNOWN_DAY = Integer.MIN_VALUE;

    /** Flag bit: some tie of the edge points from its low to its high end. */
    static final short ARC_LOW_TO_HIGH = (short) (1 << 14);
    /** Flag bit: some tie of the edge points from its high to its low end. */
    static final short ARC_HIGH_TO_LOW = (short) (1 << 15);
    private static final int KIND_BITS = (1 << 14) - 1;

    static {
        if (TieKind.values().length > 14) {
            throw new ExceptionInInitializerError("an edge's flags hold 14 tie kinds, there are "
                    + TieKind.values().length);
        }
    }

    private final int[] offsets;
    private final int[] neighbours;
    private final double[] weights;
    private final int[] firstUpperSlot;
    private final int[] upperBase;
    private final short[] edgeFlags;
    private final int[] edgeSince;
    private final double totalWeight;

    /**
     * @param weights per slot, or null when every weight is 1
     * @param edgeFlags per edge: the kind mask in the low 14 bits, {@link #ARC_LOW_TO_HIGH} and
     *                  {@link #ARC_HIGH_TO_LOW}
     */
    Topology(int[] offsets, int[] neighbours, double[] weights, short[] edgeFlags, int[] edgeSince) {
        int n = offsets.length - 1;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.weights = weights;
        this.edgeFlags = edgeFlags;
        this.edgeSince = edgeSince;
        this.firstUpperSlot = new int[n];
        this.upperBase = new int[n + 1];
        int edges = 0;
        for (int u = 0; u < n; u++) {
            int s = offsets[u];
            int end = offsets[u + 1];
            while (s < end && neighbours[s] < u) {
                s++;
            }
            firstUpperSlot[u] = s;
            upperBase[u] = edges;
            edges += end - s;
        }
        upperBase[n] = edges;
        double sum = 0;
        if (weights != null) {
            for (double w : weights) {
                sum += w;
            }
            sum /= 2;
        } else {
            sum = edges;
        }
        this.totalWeight = sum;
    }

    /** The heap these arrays hold, in bytes, with a 16-byte header per array. O(1). */
    long estimatedBytes() {
        return arrayBytes(offsets.length, 4) + arrayBytes(neighbours.length, 4)
                + (weights == null ? 0 : arrayBytes(weights.length, 8)) + arrayBytes(firstUpperSlot.length, 4)
                + arrayBytes(upperBase.length, 4) + arrayBytes(edgeFlags.length, 2) + arrayBytes(edgeSince.length, 4);
    }

    static long arrayBytes(int length, int elementBytes) {
        return 16L + (long) length * elementBytes;
    }

    /** The number of nodes. */
    public int nodeCount() {
        return offsets.length - 1;
    }

    /** The number of edges (parallel ties merged). */
    public int edgeCount() {
        return upperBase[upperBase.length - 1];
    }

    /** The number of neighbours of {@code u}. */
    public int degree(int u) {
        return offsets[u + 1] - offsets[u];
    }

    /** The first adjacency slot of {@code u}. */
    public int rowStart(int u) {
        return offsets[u];
    }

    /** One past the last adjacency slot of {@code u}. */
    public int rowEnd(int u) {
        return offsets[u + 1];
    }

    /** The neighbour stored in an adjacency slot. */
    public int neighbour(int slot) {
        return neighbours[slot];
    }

    /** The weight of the edge in an adjacency slot (1 when the graph is unweighted). */
    public double weight(int slot) {
        return weights == null ? 1.0 : weights[slot];
    }

    /** Whether any edge has a weight other than 1. */
    public boolean weighted() {
        return weights != null;
    }

    /** The sum of all edge weights (the edge count when unweighted). */
    public double totalWeight() {
        return totalWeight;
    }

    /** The sum of the weights of {@code u}'s edges (its degree when unweighted). */
    public double strength(int u) {
        if (weights == null) {
            return degree(u);
        }
        double s = 0;
        for (int i = offsets[u]; i < offsets[u + 1]; i++) {
            s += weights[i];
        }
        return s;
    }

    /** The slot of {@code v} in {@code u}'s row, or -1 when they are not adjacent. O(log deg u). */
    public int slotOf(int u, int v) {
        int i = Arrays.binarySearch(neighbours, offsets[u], offsets[u + 1], v);
        return i >= 0 ? i : -1;
    }

    /** Whether {@code u} and {@code v} are adjacent. O(log deg u). */
    public boolean adjacent(int u, int v) {
        return slotOf(u, v) >= 0;
    }

    /** The id of the edge stored in slot {@code slot} of {@code u}'s row. O(1) or O(log deg). */
    public int edgeId(int u, int slot) {
        int v = neighbours[slot];
        if (v > u) {
            return upperBase[u] + (slot - firstUpperSlot[u]);
        }
        int back = Arrays.binarySearch(neighbours, firstUpperSlot[v], offsets[v + 1], u);
        return upperBase[v] + (back - firstUpperSlot[v]);
    }

    /** The lower-numbered end of edge {@code e}. O(log n). */
    public int edgeLow(int e) {
        Objects.checkIndex(e, edgeCount());
        int i = Arrays.binarySearch(upperBase, 0, upperBase.length, e);
        if (i < 0) {
            i = -i - 2;
        } else {
            // several nodes may share a base when some have no upper edges: take the last with edges
            while (i + 1 < upperBase.length && upperBase[i + 1] == e) {
                i++;
            }
        }
        return i;
    }

    /** The higher-numbered end of edge {@code e}. O(log n). */
    public int edgeHigh(int e) {
        return neighbours[upperSlot(e)];
    }

    /** The slot of edge {@code e} in the row of its low end. O(log n). */
    int upperSlot(int e) {
        int u = edgeLow(e);
        return firstUpperSlot[u] + (e - upperBase[u]);
    }

    /** The weight of edge {@code e}. */
    public double edgeWeight(int e) {
        return weights == null ? 1.0 : weights[upperSlot(e)];
    }

    /** The kinds of the ties merged into edge {@code e}. */
    public TieKinds edgeKinds(int e) {
        return new TieKinds(edgeFlags[e] & KIND_BITS);
    }

    /** The earliest start day (epoch day) of the ties merged into edge {@code e}, or {@link #UNKNOWN_DAY}. */
    public int edgeSince(int e) {
        return edgeSince[e];
    }

    /** Whether some tie of edge {@code e} points from its low to its high end (undirected ties point both ways). */
    public boolean arcLowToHigh(int e) {
        return (edgeFlags[e] & ARC_LOW_TO_HIGH) != 0;
    }

    /** Whether some tie of edge {@code e} points from its high to its low end. */
    public boolean arcHighToLow(int e) {
        return (edgeFlags[e] & ARC_HIGH_TO_LOW) != 0;
    }

    /** Whether a tie reads as an arc {@code from → neighbour(slot)}, for the slot in {@code from}'s row. */
    public boolean hasArc(int from, int slot) {
        int to = neighbours[slot];
        int e = edgeId(from, slot);
        return from < to ? arcLowToHigh(e) : arcHighToLow(e);
    }

    /** The first slot of {@code u}'s row that holds a higher-numbered neighbour. */
    int firstUpperSlot(int u) {
        return firstUpperSlot[u];
    }

    /** The id of the edge in the first upper slot of {@code u}'s row. */
    int upperBase(int u) {
        return upperBase[u];
    }

    /** The packed kinds and directions of edge {@code e}. */
    short flags(int e) {
        return edgeFlags[e];
    }
}
