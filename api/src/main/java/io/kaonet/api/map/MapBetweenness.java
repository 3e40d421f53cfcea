package io.kaonet.api.map;

import io.kaonet.core.graph.CollaborationGraph;
import java.util.Arrays;

/**
 * Normalised betweenness for the map: Brandes' algorithm (2001) over the unweighted simple graph,
 * on the graph's own adjacency arrays. O(nm) time, O(n) memory besides the graph. Raw scores count
 * each unordered pair once and are divided by (n−1)(n−2)/2, n counting isolates (NetworkX's
 * convention); below three nodes every score is 0.
 *
 * <p>A stopgap until {@code io.kaonet.core.brokerage.Betweenness} exists, written because JGraphT's
 * {@code BetweennessCentrality} took 2.5 s on the demo network (this takes tens of milliseconds) and
 * the map must draw within 2 s. The map asks for it through one cached analysis, so swapping the
 * implementation changes only this class.
 */
final class MapBetweenness {

    private MapBetweenness() {
    }

    static double[] normalised(CollaborationGraph g) {
        int n = g.nodeCount();
        double[] score = new double[n];
        if (n < 3) {
            return score;
        }
        int[] stack = new int[n];
        int[] queue = new int[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        for (int s = 0; s < n; s++) {
            if (g.degree(s) == 0) {
                continue;
            }
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            distance[s] = 0;
            paths[s] = 1;
            int head = 0;
            int tail = 0;
            int top = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int slot = g.rowStart(v); slot < g.rowEnd(v); slot++) {
                    int w = g.neighbour(slot);
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            // Predecessors are the neighbours one step closer to s, so no lists are kept.
            while (top > 0) {
                int w = stack[--top];
                for (int slot = g.rowStart(w); slot < g.rowEnd(w); slot++) {
                    int v = g.neighbour(slot);
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                if (w != s) {
                    score[w] += dependency[w];
                }
            }
        }
        // Each pair was counted from both ends; the pair count normalises.
        double pairs = (n - 1.0) * (n - 2.0) / 2.0;
        for (int u = 0; u < n; u++) {
            score[u] = score[u] / 2.0 / pairs;
        }
        return score;
    }
}
