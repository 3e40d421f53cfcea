package io.kaonet.core.cohesion;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.oracle.Oracle;
import java.util.Arrays;
import java.util.stream.Stream;

/** Slow, obviously correct reference computations for tests. */
final class BruteForce {

    static final int UNREACHABLE = Integer.MAX_VALUE / 4;

    private BruteForce() {
    }

    /** Every undirected oracle network, the three Davis graphs and EMON Cheyenne read as undirected. */
    static Stream<Oracle> oracles() {
        return Stream.of(Oracle.UNDIRECTED.stream().map(Oracle::load),
                Stream.of("bipartite", "women", "event").map(Oracle::davis),
                Stream.of(Oracle.emonCheyenne())).flatMap(s -> s);
    }

    /** All-pairs distances by Floyd–Warshall on the adjacency matrix. */
    static int[][] floydWarshall(CollaborationGraph g) {
        int n = g.nodeCount();
        int[][] d = new int[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(d[i], UNREACHABLE);
            d[i][i] = 0;
            for (int s = g.rowStart(i); s < g.rowEnd(i); s++) {
                d[i][g.neighbour(s)] = 1;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (d[i][k] + d[k][j] < d[i][j]) {
                        d[i][j] = d[i][k] + d[k][j];
                    }
                }
            }
        }
        return d;
    }

    /** Mean over connected ordered pairs i ≠ j, NaN when there are none. */
    static double meanDistance(int[][] d) {
        long sum = 0;
        long pairs = 0;
        for (int i = 0; i < d.length; i++) {
            for (int j = 0; j < d.length; j++) {
                if (i != j && d[i][j] < UNREACHABLE) {
                    sum += d[i][j];
                    pairs++;
                }
            }
        }
        return pairs == 0 ? Double.NaN : (double) sum / pairs;
    }

    /** Largest finite distance. */
    static int diameter(int[][] d) {
        int max = 0;
        for (int[] row : d) {
            for (int x : row) {
                if (x < UNREACHABLE) {
                    max = Math.max(max, x);
                }
            }
        }
        return max;
    }

    /** Core numbers by repeated peeling: core(u) is the largest k whose k-core still holds u. */
    static int[] peelCores(CollaborationGraph g) {
        int n = g.nodeCount();
        int[] core = new int[n];
        for (int k = 1; ; k++) {
            boolean[] alive = new boolean[n];
            Arrays.fill(alive, true);
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int u = 0; u < n; u++) {
                    if (!alive[u]) {
                        continue;
                    }
                    int deg = 0;
                    for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                        if (alive[g.neighbour(s)]) {
                            deg++;
                        }
                    }
                    if (deg < k) {
                        alive[u] = false;
                        changed = true;
                    }
                }
            }
            boolean any = false;
            for (int u = 0; u < n; u++) {
                if (alive[u]) {
                    core[u] = k;
                    any = true;
                }
            }
            if (!any) {
                return core;
            }
        }
    }
}
