package io.kaonet.core.brokerage;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.util.SplittableRandom;

/** Small seeded random graphs for checking the fast algorithms against plain ones. */
final class SeededGraphs {

    private SeededGraphs() {
    }

    /**
     * A G(n, p) graph; with {@code maxWeight > 1} each tie gets an integer weight in 1..maxWeight;
     * with {@code directedShare > 0} that share of ties is a one-way (supply) arc.
     */
    static CollaborationGraph gnp(long seed, int n, double p, int maxWeight, double directedShare) {
        SplittableRandom random = new SplittableRandom(seed);
        CollaborationGraphBuilder b = nodes(n, random);
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                if (random.nextDouble() < p) {
                    tie(b, random, u, v, maxWeight, directedShare);
                }
            }
        }
        return b.build();
    }

    /**
     * A graph rich in trees: a random core of {@code core} nodes, then {@code hanging} nodes each tied
     * to one earlier node (so trees and pendant chains hang from the core and from each other), and
     * a few isolates and a separate small tree.
     */
    static CollaborationGraph withTrees(long seed, int core, double p, int hanging, int maxWeight) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = core + hanging + 6;
        CollaborationGraphBuilder b = nodes(n, random);
        for (int u = 0; u < core; u++) {
            for (int v = u + 1; v < core; v++) {
                if (random.nextDouble() < p) {
                    tie(b, random, u, v, maxWeight, 0);
                }
            }
        }
        for (int x = core; x < core + hanging; x++) {
            tie(b, random, x, random.nextInt(x), maxWeight, 0);
        }
        int t = core + hanging;
        // two isolates (t, t+1) and a separate tree on t+2..t+5
        tie(b, random, t + 2, t + 3, maxWeight, 0);
        tie(b, random, t + 3, t + 4, maxWeight, 0);
        tie(b, random, t + 3, t + 5, maxWeight, 0);
        return b.build();
    }

    private static CollaborationGraphBuilder nodes(int n, SplittableRandom random) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        ActorKind[] kinds = ActorKind.values();
        for (int u = 0; u < n; u++) {
            b.addNode("n" + u, null, kinds[random.nextInt(4)]);
        }
        return b;
    }

    private static void tie(CollaborationGraphBuilder b, SplittableRandom random, int u, int v, int maxWeight,
                            double directedShare) {
        double w = maxWeight > 1 ? 1 + random.nextInt(maxWeight) : 1.0;
        if (random.nextDouble() < directedShare) {
            boolean forward = random.nextBoolean();
            b.addTie(forward ? u : v, forward ? v : u, TieKind.SUPPLY, w, null);
        } else {
            b.addTie(u, v, TieKind.ALLIANCE, w, null);
        }
    }
}
