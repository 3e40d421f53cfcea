package io.kaonet.core.cohesion;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.SplittableRandom;

/**
 * Erdős–Rényi G(n, m) graphs: {@code m} distinct pairs drawn uniformly from the {@code n(n − 1)/2}
 * possible ones. When {@code m} is more than half of them, the pairs left out are drawn instead,
 * so the expected number of draws stays below {@code 2m}. Deterministic for a random source.
 */
final class RandomGraphs {

    private RandomGraphs() {
    }

    static CollaborationGraph gnm(int n, long m, SplittableRandom random) {
        long possible = (long) n * (n - 1) / 2;
        if (m < 0 || m > possible) {
            throw new IllegalArgumentException("a simple graph on " + n + " nodes has 0.." + possible
                    + " edges, asked for " + m);
        }
        boolean complement = m > possible / 2;
        long draws = complement ? possible - m : m;
        LongOpenHashSet drawn = new LongOpenHashSet((int) Math.min(draws, Integer.MAX_VALUE - 8));
        while (drawn.size() < draws) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            if (u != v) {
                drawn.add(key(Math.min(u, v), Math.max(u, v), n));
            }
        }
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < n; u++) {
            b.addNode(Integer.toString(u), null, ActorKind.COMPANY);
        }
        if (complement) {
            for (int u = 0; u < n; u++) {
                for (int v = u + 1; v < n; v++) {
                    if (!drawn.contains(key(u, v, n))) {
                        b.addEdge(u, v);
                    }
                }
            }
        } else {
            drawn.forEach((long k) -> b.addEdge((int) (k / n), (int) (k % n)));
        }
        return b.build();
    }

    private static long key(int low, int high, int n) {
        return (long) low * n + high;
    }
}
