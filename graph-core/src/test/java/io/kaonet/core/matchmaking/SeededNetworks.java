package io.kaonet.core.matchmaking;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small seeded random networks with every attribute matchmaking reads (kinds, industries, regions,
 * clusters, keywords, tie kinds and weights), kept as a tie list so that a test can rebuild one with
 * a tie added.
 */
final class SeededNetworks {

    private static final ActorKind[] KINDS = {ActorKind.COMPANY, ActorKind.COMPANY, ActorKind.COMPANY,
        ActorKind.UNIVERSITY, ActorKind.COORDINATOR, ActorKind.FINANCIER};
    private static final String[] INDUSTRIES = {"machining", "electronics", "software", "bio"};
    private static final String[] WORDS = {"milling", "sensor design", "image processing", "assay", "loans",
        "joint research", "laser", "casting"};
    private static final TieKind[] TIE_KINDS = {TieKind.JOINT_RESEARCH, TieKind.SUPPLY, TieKind.ALLIANCE,
        TieKind.COORDINATION, TieKind.INTRODUCTION, TieKind.FINANCING};

    final int nodes;
    final List<int[]> ties = new ArrayList<>();
    final List<Integer> weights = new ArrayList<>();
    final List<TieKind> kinds = new ArrayList<>();
    private final long seed;

    private SeededNetworks(long seed, int nodes) {
        this.seed = seed;
        this.nodes = nodes;
    }

    /**
     * A G(n, p) network plus a few isolates; with {@code maxWeight > 1} ties weigh 1..maxWeight.
     */
    static SeededNetworks gnp(long seed, int n, double p, int maxWeight) {
        SeededNetworks net = new SeededNetworks(seed, n);
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        for (int u = 0; u < n - 3; u++) {
            for (int v = u + 1; v < n - 3; v++) {
                if (random.nextDouble() < p) {
                    net.ties.add(new int[] {u, v});
                    net.weights.add(maxWeight > 1 ? 1 + random.nextInt(maxWeight) : 1);
                    net.kinds.add(TIE_KINDS[random.nextInt(TIE_KINDS.length)]);
                }
            }
        }
        return net;
    }

    /** The network. */
    CollaborationGraph graph() {
        return build(-1, -1);
    }

    /** The network with an extra ALLIANCE tie of weight 1 between u and v. */
    CollaborationGraph withTie(int u, int v) {
        return build(u, v);
    }

    private CollaborationGraph build(int extraU, int extraV) {
        SplittableRandom random = new SplittableRandom(seed);
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < nodes; u++) {
            ActorKind kind = KINDS[random.nextInt(KINDS.length)];
            b.addNode(String.format("n%03d", u), "Node " + u, kind);
            String industry = kind == ActorKind.COMPANY || random.nextInt(4) == 0
                    ? INDUSTRIES[random.nextInt(INDUSTRIES.length)] : null;
            b.attributes(u, industry, random.nextBoolean() ? "north" : random.nextBoolean() ? "south" : null, "JP", null);
            b.keywords(u, words(random), words(random), words(random));
            int clusters = random.nextInt(3);
            for (int c = 0; c < clusters; c++) {
                b.member(u, "C" + random.nextInt(3));
            }
        }
        for (int i = 0; i < ties.size(); i++) {
            b.addTie(ties.get(i)[0], ties.get(i)[1], kinds.get(i), weights.get(i), null);
        }
        if (extraU >= 0) {
            b.addTie(extraU, extraV, TieKind.ALLIANCE, 1, null);
        }
        return b.build();
    }

    private static List<String> words(SplittableRandom random) {
        List<String> out = new ArrayList<>();
        int k = random.nextInt(3);
        for (int i = 0; i < k; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            out.add(random.nextBoolean() ? w : w.toUpperCase());
        }
        return out;
    }
}
