package io.kaonet.core.communities;

import io.kaonet.core.graph.CollaborationGraph;
import java.util.Arrays;

/**
 * The weighted graph Louvain and Leiden work on: the collaboration graph at level 0, then graphs
 * whose nodes are the communities of the level below. Compressed sparse rows without self-loops;
 * the weight inside a node (edges among the original nodes it stands for) is kept apart in
 * {@link #self}, so a node's strength is its row sum plus twice its self weight.
 */
final class WorkingGraph {

    final int n;
    final int[] offsets;
    final int[] targets;
    final double[] weights;
    final double[] self;
    final double[] strength;
    /** m, the total edge weight, the same at every level. */
    final double totalWeight;

    private WorkingGraph(int n, int[] offsets, int[] targets, double[] weights, double[] self, double[] strength,
                         double totalWeight) {
        this.n = n;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.self = self;
        this.strength = strength;
        this.totalWeight = totalWeight;
    }

    static WorkingGraph of(CollaborationGraph graph, boolean weighted) {
        int n = graph.nodeCount();
        boolean useWeights = weighted && graph.weighted();
        int arcs = n == 0 ? 0 : graph.rowEnd(n - 1);
        int[] offsets = new int[n + 1];
        int[] targets = new int[arcs];
        double[] weights = new double[arcs];
        double[] strength = new double[n];
        double total = 0;
        for (int u = 0; u < n; u++) {
            offsets[u] = graph.rowStart(u);
            double k = 0;
            for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
                targets[s] = graph.neighbour(s);
                double w = useWeights ? graph.weight(s) : 1.0;
                weights[s] = w;
                k += w;
            }
            strength[u] = k;
            total += k;
        }
        offsets[n] = arcs;
        return new WorkingGraph(n, offsets, targets, weights, new double[n], strength, total / 2);
    }

    /**
     * The graph whose node {@code c} stands for the nodes with {@code group[u] == c}; parallel
     * edges are summed, edges inside a group become its self weight. O(n + m).
     */
    WorkingGraph aggregate(int[] group, int groupCount) {
        int[] start = new int[groupCount + 1];
        for (int u = 0; u < n; u++) {
            start[group[u] + 1]++;
        }
        for (int c = 0; c < groupCount; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, groupCount);
        int[] members = new int[n];
        for (int u = 0; u < n; u++) {
            members[fill[group[u]]++] = u;
        }
        int[] newOffsets = new int[groupCount + 1];
        int[] newTargets = new int[targets.length];
        double[] newWeights = new double[targets.length];
        double[] newSelf = new double[groupCount];
        double[] newStrength = new double[groupCount];
        double[] acc = new double[groupCount];
        int[] mark = new int[groupCount];
        Arrays.fill(mark, -1);
        int[] touched = new int[groupCount];
        int pos = 0;
        for (int c = 0; c < groupCount; c++) {
            newOffsets[c] = pos;
            int nt = 0;
            double inside = 0;
            double selfSum = 0;
            double k = 0;
            for (int i = start[c]; i < start[c + 1]; i++) {
                int u = members[i];
                selfSum += self[u];
                k += strength[u];
                for (int s = offsets[u], end = offsets[u + 1]; s < end; s++) {
                    int d = group[targets[s]];
                    double w = weights[s];
                    if (d == c) {
                        inside += w;
                    } else {
                        if (mark[d] != c) {
                            mark[d] = c;
                            acc[d] = 0;
                            touched[nt++] = d;
                        }
                        acc[d] += w;
                    }
                }
            }
            for (int j = 0; j < nt; j++) {
                int d = touched[j];
                newTargets[pos] = d;
                newWeights[pos] = acc[d];
                pos++;
            }
            newSelf[c] = selfSum + inside / 2;
            newStrength[c] = k;
        }
        newOffsets[groupCount] = pos;
        return new WorkingGraph(groupCount, newOffsets, Arrays.copyOf(newTargets, pos), Arrays.copyOf(newWeights, pos),
                newSelf, newStrength, totalWeight);
    }
}
