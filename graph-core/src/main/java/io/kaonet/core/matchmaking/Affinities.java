package io.kaonet.core.matchmaking;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.util.Set;
import java.util.function.ToIntBiFunction;

/**
 * How much more often than average two kinds (and two industries, two countries) of actors are tied by a
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
    private final int countries;
    private final double[] countryLift;

    Affinities(CollaborationGraph graph, Set<TieKind> collaborationKinds) {
        int mask = 0;
        for (TieKind k : collaborationKinds) {
            mask |= k.bit();
        }
        kindLift = codeLifts(graph, mask, kindCount, (g, u) -> g.kind(u).ordinal());
        industries = graph.industries().size();
        industryLift = codeLifts(graph, mask, industries, CollaborationGraph::industryCode);
        int countryCodes = 0;
        for (int u = 0; u < graph.nodeCount(); u++) {
            countryCodes = Math.max(countryCodes, graph.countryCode(u) + 1);
        }
        countries = countryCodes;
        countryLift = codeLifts(graph, mask, countries, CollaborationGraph::countryCode);
    }

    /** The lifts of pairs of codes read by {@code code} (-1: unknown), over the actors with a known code. */
    private static double[] codeLifts(CollaborationGraph graph, int mask, int groups,
                                      ToIntBiFunction<CollaborationGraph, Integer> code) {
        long[] nodes = new long[groups];
        long nodeTotal = 0;
        for (int u = 0; u < graph.nodeCount(); u++) {
            int c = code.applyAsInt(graph, u);
            if (c >= 0) {
                nodes[c]++;
                nodeTotal++;
            }
        }
        long[] ties = new long[groups * groups];
        long tieTotal = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            if ((graph.edgeKinds(e).mask() & mask) == 0) {
                continue;
            }
            int a = code.applyAsInt(graph, graph.edgeLow(e));
            int b = code.applyAsInt(graph, graph.edgeHigh(e));
            if (a >= 0 && b >= 0) {
                ties[Math.min(a, b) * groups + Math.max(a, b)]++;
                tieTotal++;
            }
        }
        return lifts(ties, nodes, tieTotal, nodeTotal);
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

    /** The lift of a pair of country codes, or NaN when either is unknown (-1). */
    double countryLift(int a, int b) {
        if (a < 0 || b < 0) {
            return Double.NaN;
        }
        return countryLift[a * countries + b];
    }

    /** The lift of a pair of industry codes, or NaN when either is unknown (-1). */
    double industryLift(int a, int b) {
        if (a < 0 || b < 0) {
            return Double.NaN;
        }
        return industryLift[a * industries + b];
    }
}
