package io.kaonet.core.brokerage;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/** Caller group codes mapped to dense indexes {@code 0..size-1} in order of first appearance. */
final class Grouping {

    /** Dense group of each node. */
    final int[] dense;
    /** The caller's code of each dense group. */
    final int[] codes;
    private final long[] sizes;

    private Grouping(int[] dense, int[] codes, long[] sizes) {
        this.dense = dense;
        this.codes = codes;
        this.sizes = sizes;
    }

    static Grouping of(int n, IntUnaryOperator groupOf) {
        Int2IntOpenHashMap index = new Int2IntOpenHashMap();
        index.defaultReturnValue(-1);
        int[] dense = new int[n];
        int[] codes = new int[Math.max(n, 1)];
        long[] sizes = new long[Math.max(n, 1)];
        for (int u = 0; u < n; u++) {
            int code = groupOf.applyAsInt(u);
            int g = index.get(code);
            if (g < 0) {
                g = index.size();
                index.put(code, g);
                codes[g] = code;
            }
            dense[u] = g;
            sizes[g]++;
        }
        int count = index.size();
        return new Grouping(dense, Arrays.copyOf(codes, count), Arrays.copyOf(sizes, count));
    }

    int size() {
        return codes.length;
    }

    long[] sizes() {
        return sizes.clone();
    }

    long sizeOf(int denseGroup) {
        return sizes[denseGroup];
    }
}
