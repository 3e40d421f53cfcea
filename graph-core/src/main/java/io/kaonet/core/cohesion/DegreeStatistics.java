package io.kaonet.core.cohesion;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Objects;

/**
 * Size, density, mean degree, Freeman degree centralisation, isolates and pendants of the
 * unweighted simple graph.
 *
 * <p>Density is {@code 2m / (n(n − 1))} (0 when {@code n < 2}, as NetworkX's {@code density});
 * mean degree {@code 2m / n}. Degree centralisation follows Freeman (1978/79, "Centrality in social
 * networks: conceptual clarification", Social Networks 1): {@code Σ (d_max − d_i)} divided by its
 * largest possible value over graphs of {@code n} nodes, {@code (n − 1)(n − 2)}, reached by the
 * star; this is igraph's {@code centralization_degree(normalized=TRUE, loops=FALSE)}. It is 1 for a
 * star, 0 for a regular graph, and NaN when {@code n < 3} (no graph can vary). O(n).
 */
public final class DegreeStatistics implements Analysis<DegreeStatisticsResult> {

    private final CollaborationGraph graph;

    /**
     * @param graph the graph to measure
     * @throws NullPointerException if {@code graph} is null
     */
    public DegreeStatistics(CollaborationGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
    }

    /** Computes the statistics. */
    @Override
    public DegreeStatisticsResult compute(Execution execution) {
        int n = graph.nodeCount();
        execution.progress().expect(n);
        long m = graph.edgeCount();
        int max = 0;
        int isolates = 0;
        int pendants = 0;
        for (int u = 0; u < n; u++) {
            execution.step(1);
            int d = graph.degree(u);
            max = Math.max(max, d);
            if (d == 0) {
                isolates++;
            } else if (d == 1) {
                pendants++;
            }
        }
        int[] isolated = new int[isolates];
        int[] pendant = new int[pendants];
        long gap = 0;
        for (int u = 0, i = 0, p = 0; u < n; u++) {
            int d = graph.degree(u);
            gap += max - d;
            if (d == 0) {
                isolated[i++] = u;
            } else if (d == 1) {
                pendant[p++] = u;
            }
        }
        double density = n < 2 ? 0 : 2.0 * m / ((double) n * (n - 1));
        double meanDegree = n == 0 ? 0 : 2.0 * m / n;
        double centralization = n < 3 ? Double.NaN : gap / ((double) (n - 1) * (n - 2));
        return new DegreeStatisticsResult(n, m, density, meanDegree, max, gap, centralization, isolated, pendant);
    }
}
