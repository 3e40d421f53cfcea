package io.kaonet.core.bridges;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Objects;

/**
 * The E–I index of a grouping (Krackhardt &amp; Stern 1988, "Informal networks and organizational
 * crises", Social Psychology Quarterly 51(2)): {@code (E − I) / (E + I)} where {@code E} counts
 * ties between groups and {@code I} ties within a group; from −1 (all ties internal) to +1 (all
 * external). Per group {@code g}: {@code E_g} counts ties with exactly one end in {@code g},
 * {@code I_g} ties with both ends in it.
 *
 * <p>The grouping is one int per node (an industry code, a sector, a cluster code...);
 * {@link #UNKNOWN_GROUP} marks a node whose group is unknown, and ties touching such a node are left
 * out of E and I and counted as excluded. The result also gives a baseline: the index the grouping
 * would have if ties fell uniformly at random among the pairs of nodes with a known group
 * ({@code E} and {@code I} replaced by the numbers of possible external and internal pairs), since
 * the raw index depends on group sizes. O(n + m + G) time and O(G) memory for {@code G} groups, so
 * group codes should be dense ({@code 0..G-1}); repeats exactly.
 */
public final class EIIndex implements Analysis<EIIndexResult> {

    /** The group of a node whose group is unknown. */
    public static final int UNKNOWN_GROUP = -1;

    private final CollaborationGraph graph;
    private final int[] groups;

    /**
     * @param graph  the graph
     * @param groups the group of each node: {@code 0, 1, ...}, or {@link #UNKNOWN_GROUP}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code groups} does not have one entry per node or holds a
     *                                  value below {@link #UNKNOWN_GROUP}
     */
    public EIIndex(CollaborationGraph graph, int[] groups) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        Objects.requireNonNull(groups, "groups must not be null");
        if (groups.length != graph.nodeCount()) {
            throw new IllegalArgumentException("groups must have one entry per node (" + graph.nodeCount()
                    + "), had " + groups.length);
        }
        for (int u = 0; u < groups.length; u++) {
            if (groups[u] < UNKNOWN_GROUP) {
                throw new IllegalArgumentException("group of node " + u + " must be -1 (unknown) or more, was "
                        + groups[u]);
            }
        }
        this.groups = groups.clone();
    }

    /**
     * Groups by industry code; actors with no industry are unknown.
     *
     * @throws NullPointerException if {@code graph} is null
     */
    public static EIIndex byIndustry(CollaborationGraph graph) {
        int[] g = new int[graph.nodeCount()];
        for (int u = 0; u < g.length; u++) {
            g[u] = graph.industryCode(u);
        }
        return new EIIndex(graph, g);
    }

    /**
     * Groups by sector of the industry–academia–government triple ({@code Sector.ordinal()}).
     *
     * @throws NullPointerException if {@code graph} is null
     */
    public static EIIndex bySector(CollaborationGraph graph) {
        int[] g = new int[graph.nodeCount()];
        for (int u = 0; u < g.length; u++) {
            g[u] = graph.kind(u).sector().ordinal();
        }
        return new EIIndex(graph, g);
    }

    /** Counts internal and external ties, overall and per group. */
    @Override
    public EIIndexResult compute(Execution execution) {
        execution.progress().expect(graph.nodeCount());
        int groupCount = 0;
        for (int g : groups) {
            groupCount = Math.max(groupCount, g + 1);
        }
        long[] size = new long[groupCount];
        long known = 0;
        for (int g : groups) {
            if (g != UNKNOWN_GROUP) {
                size[g]++;
                known++;
            }
        }
        long[] external = new long[groupCount];
        long[] internal = new long[groupCount];
        long e = 0;
        long i = 0;
        long excluded = 0;
        for (int u = 0; u < graph.nodeCount(); u++) {
            execution.step(1);
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                int v = graph.neighbour(s);
                if (v < u) {
                    continue;
                }
                int gu = groups[u];
                int gv = groups[v];
                if (gu == UNKNOWN_GROUP || gv == UNKNOWN_GROUP) {
                    excluded++;
                } else if (gu == gv) {
                    i++;
                    internal[gu]++;
                } else {
                    e++;
                    external[gu]++;
                    external[gv]++;
                }
            }
        }
        long possibleInternal = 0;
        for (long s : size) {
            possibleInternal += s * (s - 1) / 2;
        }
        long possibleExternal = known * (known - 1) / 2 - possibleInternal;
        double[] baseline = new double[groupCount];
        for (int g = 0; g < groupCount; g++) {
            baseline[g] = ratio(size[g] * (known - size[g]), size[g] * (size[g] - 1) / 2);
        }
        return new EIIndexResult(e, i, excluded, ratio(possibleExternal, possibleInternal), size, external, internal,
                baseline);
    }

    static double ratio(long external, long internal) {
        long total = external + internal;
        return total == 0 ? Double.NaN : (double) (external - internal) / total;
    }
}
