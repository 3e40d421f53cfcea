package io.kaonet.core.communities;

import io.kaonet.core.graph.CollaborationGraph;
import java.util.Objects;

/**
 * The modularity of a partition of the collaboration graph (Newman &amp; Girvan 2004; weighted form
 * Newman 2004; resolution γ as in Reichardt &amp; Bornholdt 2006):
 *
 * <pre>
 *   Q = Σ<sub>c</sub> [ L<sub>c</sub> / m − γ (K<sub>c</sub> / 2m)² ]
 * </pre>
 *
 * where m is the total edge weight (the edge count when unweighted), L<sub>c</sub> the weight of
 * the edges inside community c and K<sub>c</sub> the summed strength (degree) of its nodes. This
 * equals NetworkX's {@code community.modularity} and igraph's {@code modularity}. A graph without
 * edges has no modularity: the result is NaN, as in igraph.
 *
 * <p>O(n + m) time, O(k) extra memory for k communities. Instances are immutable and thread-safe.
 */
public final class Modularity {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph      the graph the partitions are of
     * @param parameters resolution and whether weights count
     */
    public Modularity(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** Newman–Girvan modularity, weighted. */
    public Modularity(CollaborationGraph graph) {
        this(graph, Parameters.DEFAULTS);
    }

    /**
     * The modularity of a partition of this graph.
     *
     * @throws IllegalArgumentException if the partition does not have one entry per node
     */
    public double compute(Partition partition) {
        Objects.requireNonNull(partition, "partition must not be null");
        if (partition.nodeCount() != graph.nodeCount()) {
            throw new IllegalArgumentException("partition covers " + partition.nodeCount()
                    + " nodes, the graph has " + graph.nodeCount());
        }
        return of(graph, partition.array(), partition.count(), parameters.weighted(), parameters.resolution());
    }

    static double of(CollaborationGraph graph, int[] community, int count, boolean weighted, double resolution) {
        boolean useWeights = weighted && graph.weighted();
        double m = useWeights ? graph.totalWeight() : graph.edgeCount();
        if (m == 0) {
            return Double.NaN;
        }
        double[] inside = new double[count];
        double[] strength = new double[count];
        for (int u = 0; u < graph.nodeCount(); u++) {
            int cu = community[u];
            for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
                double w = useWeights ? graph.weight(s) : 1.0;
                strength[cu] += w;
                if (community[graph.neighbour(s)] == cu) {
                    inside[cu] += w;
                }
            }
        }
        // Each inside edge was seen from both ends.
        double q = 0;
        for (int c = 0; c < count; c++) {
            double share = strength[c] / (2 * m);
            q += inside[c] / (2 * m) - resolution * share * share;
        }
        return q;
    }

    /**
     * How modularity is measured.
     *
     * @param resolution γ, the weight of the null model: 1 is Newman–Girvan modularity; larger values
     *                   favour smaller communities. Must be finite and not negative.
     * @param weighted   whether edge weights count; when false every edge counts 1
     */
    public record Parameters(double resolution, boolean weighted) {

        /** Newman–Girvan modularity. */
        public static final double RESOLUTION_DEFAULT = 1.0;

        /** Edge weights count by default: they are the merged tie counts or strengths. */
        public static final boolean WEIGHTED_DEFAULT = true;

        /** Resolution 1, weighted. */
        public static final Parameters DEFAULTS = new Parameters(RESOLUTION_DEFAULT, WEIGHTED_DEFAULT);

        /** Resolution 1, every edge counting 1. */
        public static final Parameters UNWEIGHTED = new Parameters(RESOLUTION_DEFAULT, false);

        /** @throws IllegalArgumentException if the resolution is negative, infinite or NaN */
        public Parameters {
            requireResolution(resolution);
        }

        static void requireResolution(double resolution) {
            if (!(resolution >= 0) || Double.isInfinite(resolution)) {
                throw new IllegalArgumentException("resolution must be a finite number >= 0, was " + resolution);
            }
        }
    }
}
