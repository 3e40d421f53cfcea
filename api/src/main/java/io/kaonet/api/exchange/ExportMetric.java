package io.kaonet.api.exchange;

import io.kaonet.core.cohesion.Clustering;
import io.kaonet.core.cohesion.Components;
import io.kaonet.core.cohesion.CoreDecomposition;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.importers.export.MetricColumn;

/** Per-actor metrics that an export can carry as node attributes, computed on the scope's graph. */
public enum ExportMetric {
    /** Number of distinct partners. */
    DEGREE,
    /** Sum of tie weights. */
    STRENGTH,
    /** k-core number (Batagelj and Zaversnik 2003). */
    CORE_NUMBER,
    /** Local clustering coefficient (Watts and Strogatz 1998; 0 below degree 2). */
    LOCAL_CLUSTERING,
    /** Index of the connected component. */
    COMPONENT;

    /** The column name in exported files. */
    public String columnName() {
        return switch (this) {
            case DEGREE -> "degree";
            case STRENGTH -> "strength";
            case CORE_NUMBER -> "coreNumber";
            case LOCAL_CLUSTERING -> "localClustering";
            case COMPONENT -> "component";
        };
    }

    /** Computes the metric for every node of the graph. */
    public MetricColumn compute(CollaborationGraph graph) {
        double[] values = new double[graph.nodeCount()];
        switch (this) {
            case DEGREE -> {
                for (int u = 0; u < values.length; u++) {
                    values[u] = graph.degree(u);
                }
            }
            case STRENGTH -> {
                for (int u = 0; u < values.length; u++) {
                    values[u] = graph.strength(u);
                }
            }
            case CORE_NUMBER -> {
                var cores = new CoreDecomposition(graph).compute();
                for (int u = 0; u < values.length; u++) {
                    values[u] = cores.core(u);
                }
            }
            case LOCAL_CLUSTERING -> {
                var clustering = new Clustering(graph).compute();
                for (int u = 0; u < values.length; u++) {
                    values[u] = clustering.local(u);
                }
            }
            case COMPONENT -> {
                var components = new Components(graph).compute();
                for (int u = 0; u < values.length; u++) {
                    values[u] = components.componentOf(u);
                }
            }
        }
        return new MetricColumn(columnName(), values);
    }
}
