package io.kaonet.core.matchmaking;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.util.Set;

/**
 * How much more often than average two kinds (and two industries) of actors are tied by a
 * collaboration, learnt from the graph itself: the lift of a pair of groups is its smoothed tie
 * density over the density of the whole graph. Smoothing adds one pseudo-tie at the base density,
 * so the lift of a pair of small groups stays near 1 instead of jumping to 0 or to a large value
 * on one tie. O(n + m) to build, O(1) to read.
 */
final class Affinities {

    private final int kindCount = ActorKind.values().length;
    private final double[] kindLift;
    private final int industries;
    private final double[] industryLift;

    Affinities(CollaborationGraph graph, Set<TieKind> collaborationKinds) {
        int mask = 0;
        for (TieKind k : collaborationKinds) {
            mask |= k.bit();
        }
        int n = graph.nodeCount();
        industries = graph.industries().size();
        long[] kindNodes = new long[kindCount];
        long[] industryNodes = new long[industries];
        long industryNodeTotal = 0;
        for (int u = 0; u < n; u++) {
            kindNodes[graph.kind(u).ordinal()]++;
            int ind = graph.industryCode(u);
            if (ind >= 0) {
                industryNodes[ind]++;
                industryNodeTotal++;
            }
        }
        long[] kindTies = new long[kindCount * kindCount];
        long[] industryTies = new long[industries * industries];
        long ties = 0;
        long industryTieTotal = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            if ((graph.edgeKinds(e).mask() & mask) == 0) {
                continue;
            }
            int a = graph.edgeLow(e);
            int b = graph.edgeHigh(e);
            ties++;
            int ka = graph.kind(a).ordinal();
            int kb = graph.kind(b).ordinal();
            kindTies[Math.min(ka, kb) * kindCount + Math.max(ka, kb)]++;
            int ia = graph.industryCode(a);
            int ib = graph.industryCode(b);
            if (ia >= 0 && ib >= 0) {
                industryTies[Math.min(ia, ib) * industries + Math.max(ia, ib)]++;
                industryTieTotal++;
            }
        }
        kindLift = lifts(kindTies, kindNodes, ties, n);
        industryLift = lifts(industryTies, industryNodes, industryTieTotal, industryNodeTotal);
    }

    private static double[] lifts(long[] ties, long[] nodes, long total, long nodeTotal) {
        int groups = nodes.length;
        double[] lift = new double[groups * groups];
        double pairs = nodeTotal * (nodeTotal - 1) / 2.0;
        double base = pairs == 0 ? 0 : total / pairs;
        for (int a = 0; a < groups; a++) {
            for (int b = a; b < groups; b++) {
                double value = 1;
                if (base > 0) {
                    double possible = a == b ? nodes[a] * (nodes[a] - 1) / 2.0 : (double) nodes[a] * nodes[b];
                    double density = (ties[a * groups + b] + 1) / (possible + 1 / base);
                    value = density / base;
                }
                lift[a * groups + b] = value;
                lift[b * groups + a] = value;
            }
        }
        return lift;
    }

    /** The lift of a pair of kinds: 1 when such pairs are tied as often as any two actors. */
    double kindLift(ActorKind a, ActorKind b) {
        return kindLift[a.ordinal() * kindCount + b.ordinal()];
    }

    /** The lift of a pair of industry codes, or NaN when either is unknown (-1). */
    double industryLift(int a, int b) {
        if (a < 0 || b < 0) {
            return Double.NaN;
        }
        return industryLift[a * industries + b];
    }
}
