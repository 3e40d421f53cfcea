package io.kaonet.api.exchange;

import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.brokers.BrokersController;
import io.kaonet.api.brokers.BetweennessKey;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.brokerage.Direction;
import io.kaonet.core.brokerage.StructuralHoles;
import io.kaonet.core.brokerage.StructuralHolesResult;
import io.kaonet.core.cohesion.Clustering;
import io.kaonet.core.cohesion.Components;
import io.kaonet.core.cohesion.CoreDecomposition;
import io.kaonet.core.communities.CommunityResult;
import io.kaonet.core.communities.Louvain;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.importers.export.MetricColumn;
import java.util.function.IntToDoubleFunction;

/**
 * Per-actor metrics that an export can carry as node attributes, computed on the scope's graph with
 * the API's defaults, so that a file holds the numbers the API answers: betweenness, constraint and
 * effective size as {@code Network.brokers} gives them (exact, unweighted structural holes; the
 * results are shared with it through the projection's memo), communities as {@code
 * Network.communities} gives them with its default arguments (Louvain, seed 42, resolution 1).
 */
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
    COMPONENT,
    /** Raw betweenness (Brandes 2001), exact. */
    BETWEENNESS,
    /** Burt's aggregate constraint, unweighted; empty for an isolate. */
    CONSTRAINT,
    /** Burt's effective size, unweighted; empty for an isolate. */
    EFFECTIVE_SIZE,
    /** Index of the Louvain community (seed 42, resolution 1), as {@code Community.index}. */
    COMMUNITY;

    /** The defaults of {@code Network.communities}. */
    static final long COMMUNITY_SEED = 42;
    static final double COMMUNITY_RESOLUTION = 1.0;

    /** The column name in exported files. */
    public String columnName() {
        return switch (this) {
            case DEGREE -> "degree";
            case STRENGTH -> "strength";
            case CORE_NUMBER -> "coreNumber";
            case LOCAL_CLUSTERING -> "localClustering";
            case COMPONENT -> "component";
            case BETWEENNESS -> "betweenness";
            case CONSTRAINT -> "constraint";
            case EFFECTIVE_SIZE -> "effectiveSize";
            case COMMUNITY -> "community";
        };
    }

    /** Computes the metric for every node of the memo's graph (results other fields share are taken from the memo). */
    public MetricColumn compute(ProjectionMemo memo) {
        CollaborationGraph graph = memo.graph();
        IntToDoubleFunction value = switch (this) {
            case DEGREE -> graph::degree;
            case STRENGTH -> graph::strength;
            case CORE_NUMBER -> new CoreDecomposition(graph).compute()::core;
            case LOCAL_CLUSTERING -> new Clustering(graph).compute()::local;
            case COMPONENT -> new Components(graph).compute()::componentOf;
            case BETWEENNESS -> memo.get(BetweennessKey.exact(), BetweennessKey.exact()::compute)::raw;
            case CONSTRAINT -> holes(memo)::constraint;
            case EFFECTIVE_SIZE -> holes(memo)::effectiveSize;
            case COMMUNITY -> memo.get(new Communities(COMMUNITY_SEED, COMMUNITY_RESOLUTION),
                    (g, run) -> new Louvain(g, Louvain.Parameters.DEFAULTS.withSeed(COMMUNITY_SEED)
                            .withResolution(COMMUNITY_RESOLUTION)).compute()).partition()::communityOf;
        };
        double[] values = new double[graph.nodeCount()];
        for (int u = 0; u < values.length; u++) {
            values[u] = value.applyAsDouble(u);
        }
        return new MetricColumn(columnName(), values);
    }

    private static StructuralHolesResult holes(ProjectionMemo memo) {
        BrokersController.HolesKey unweighted = BrokersController.HolesKey.unweighted();
        return memo.get(unweighted, unweighted::compute);
    }

    /** Louvain communities for an export. */
    private record Communities(long seed, double resolution) implements AnalysisKey<CommunityResult> {
    }
}
