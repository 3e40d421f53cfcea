package io.kaonet.core.communities;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.util.SplittableRandom;

/** Seeded random graphs for the community tests. */
final class SeededGraphs {

    private SeededGraphs() {
    }

    /**
     * A planted-partition graph: {@code groups} groups of {@code size} nodes; each pair inside a
     * group is tied with probability {@code pIn}, across groups with {@code pOut}; weights 1..maxWeight.
     */
    static CollaborationGraph planted(long seed, int groups, int size, double pIn, double pOut, int maxWeight) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = groups * size;
        CollaborationGraphBuilder b = nodes(n);
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                double p = u / size == v / size ? pIn : pOut;
                if (random.nextDouble() < p) {
                    b.addTie(u, v, TieKind.ALLIANCE, 1 + random.nextInt(maxWeight), null);
                }
            }
        }
        return b.build();
    }

    /** An Erdős–Rényi graph G(n, p) with weights 1..maxWeight. */
    static CollaborationGraph erdosRenyi(long seed, int n, double p, int maxWeight) {
        return planted(seed, 1, n, p, p, maxWeight);
    }

    static CollaborationGraphBuilder nodes(int n) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < n; u++) {
            b.addNode("n" + u, null, ActorKind.COMPANY);
        }
        return b;
    }

    /** A graph from literal edges {@code {u, v}} on nodes 0..n-1, unweighted. */
    static CollaborationGraph of(int n, int[][] edges) {
        CollaborationGraphBuilder b = nodes(n);
        for (int[] e : edges) {
            b.addEdge(e[0], e[1]);
        }
        return b.build();
    }
}
