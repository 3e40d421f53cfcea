package io.kaonet.core.linkprediction;

import java.util.Arrays;
import java.util.List;

/**
 * Keeps the best {@code capacity} pairs offered: a binary min-heap whose root is the worst pair
 * kept. Worse means a lower score, or an equal score and a later (u, v).
 */
final class PairHeap {

    private final int capacity;
    private int size;
    private int[] us = new int[16];
    private int[] vs = new int[16];
    private double[] ranks = new double[16];
    private PairScores[] scores = new PairScores[16];

    PairHeap(int capacity) {
        this.capacity = capacity;
    }

    /** Whether a pair with this rank would be kept now. */
    boolean accepts(int u, int v, double rank) {
        return capacity > 0 && (size < capacity || worse(ranks[0], us[0], vs[0], rank, u, v));
    }

    void offer(int u, int v, PairScores s, double rank) {
        if (capacity == 0) {
            return;
        }
        if (size < capacity) {
            if (size == us.length) {
                int cap = (int) Math.min((long) size * 2, Integer.MAX_VALUE - 8);
                us = Arrays.copyOf(us, cap);
                vs = Arrays.copyOf(vs, cap);
                ranks = Arrays.copyOf(ranks, cap);
                scores = Arrays.copyOf(scores, cap);
            }
            set(size, u, v, s, rank);
            siftUp(size++);
        } else if (worse(ranks[0], us[0], vs[0], rank, u, v)) {
            set(0, u, v, s, rank);
            siftDown(0);
        }
    }

    /** The pairs kept, best first; empties the heap. */
    List<ScoredPair> bestFirst() {
        ScoredPair[] out = new ScoredPair[size];
        while (size > 0) {
            out[size - 1] = new ScoredPair(us[0], vs[0], scores[0]);
            size--;
            if (size > 0) {
                set(0, us[size], vs[size], scores[size], ranks[size]);
                siftDown(0);
            }
        }
        return List.of(out);
    }

    /** Whether pair a ranks below pair b. */
    private static boolean worse(double rankA, int ua, int va, double rankB, int ub, int vb) {
        if (rankA != rankB) {
            return rankA < rankB;
        }
        return ua != ub ? ua > ub : va > vb;
    }

    private boolean worse(int i, int j) {
        return worse(ranks[i], us[i], vs[i], ranks[j], us[j], vs[j]);
    }

    private void set(int i, int u, int v, PairScores s, double rank) {
        us[i] = u;
        vs[i] = v;
        scores[i] = s;
        ranks[i] = rank;
    }

    private void swap(int i, int j) {
        int u = us[i];
        int v = vs[i];
        PairScores s = scores[i];
        double r = ranks[i];
        set(i, us[j], vs[j], scores[j], ranks[j]);
        set(j, u, v, s, r);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && worse(right, left)) {
                worst = right;
            }
            if (!worse(worst, i)) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }
}
