package io.kaonet.api.exchange;

import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.brokers.BrokersController;
import io.kaonet.api.brokers.BetweennessKey;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.core.brokerage.StructuralHolesResult;
import io.kaonet.core.analysis.NodeScores;
import io.kaonet.core.cohesion.Clustering;
import io.kaonet.core.cohesion.Components;
import io.kaonet.core.cohesion.CoreDecomposition;
import io.kaonet.core.communities.CommunityResult;
import io.kaonet.core.communities.Louvain;
import io.kaonet.importers.export.MetricColumn;
import java.util.function.Function;

/**
 * Per-actor metrics that an export can carry as node attributes, computed on the scope's graph with
 * the API's defaults, so that a file holds the numbers the API answers: betweenness, constraint and
 * effective size as {@code Network.brokers} gives them (exact, unweighted structural holes; the
 * results are shared with it through the projection's memo), communities as {@code
 * Network.communities} gives them with its default arguments (Louvain, seed 42, resolution 1).
 */
public enum ExportMetric {
    /** Number of distinct partners. */
    DEGREE("degree", memo -> memo.graph()::degree),
    /** Sum of tie weights. */
    STRENGTH("strength", memo -> memo.graph()::strength),
    /** k-core number (Batagelj and Zaversnik 2003). */
    CORE_NUMBER("coreNumber", memo -> new CoreDecomposition(memo.graph()).compute()::core),
    /** Local clustering coefficient (Watts and Strogatz 1998; 0 below degree 2). */
    LOCAL_CLUSTERING("localClustering", memo -> new Clustering(memo.graph()).compute()::local),
    /** Index of the connected component. */
    COMPONENT("component", memo -> new Components(memo.graph()).compute()::componentOf),
    /** Raw betweenness (Brandes 2001), exact. */
    BETWEENNESS("betweenness", memo -> memo.get(BetweennessKey.exact(), BetweennessKey.exact()::compute)::raw),
    /** Burt's aggregate constraint, unweighted; empty for an isolate. */
    CONSTRAINT("constraint", memo -> holes(memo)::constraint),
    /** Burt's effective size, unweighted; empty for an isolate. */
    EFFECTIVE_SIZE("effectiveSize", memo -> holes(memo)::effectiveSize),
    /** Index of the Louvain community (seed 42, resolution 1), as {@code Community.index}. */
    COMMUNITY("community", memo -> memo.get(new Communities(ExportMetric.COMMUNITY_SEED,
            ExportMetric.COMMUNITY_RESOLUTION), (g, run) -> new Louvain(g, Louvain.Parameters.DEFAULTS
            .withSeed(ExportMetric.COMMUNITY_SEED).withResolution(ExportMetric.COMMUNITY_RESOLUTION)).compute(run))
            .partition()::communityOf);

    /** The defaults of {@code Network.communities}. */
    static final long COMMUNITY_SEED = 42;
    static final double COMMUNITY_RESOLUTION = 1.0;

    private final String columnName;
    private final Function<ProjectionMemo, NodeScores> scores;

    ExportMetric(String columnName, Function<ProjectionMemo, NodeScores> scores) {
        this.columnName = columnName;
        this.scores = scores;
    }

    /** The column name in exported files. */
    public String columnName() {
        return columnName;
    }

    /** Computes the metric for every node of the memo's graph (results other fields share are taken from the memo). */
    public MetricColumn compute(ProjectionMemo memo) {
        NodeScores value = scores.apply(memo);
        double[] values = new double[memo.graph().nodeCount()];
        for (int u = 0; u < values.length; u++) {
            values[u] = value.score(u);
        }
        return new MetricColumn(columnName, values);
    }

    private static StructuralHolesResult holes(ProjectionMemo memo) {
        BrokersController.HolesKey unweighted = BrokersController.HolesKey.unweighted();
        return memo.get(unweighted, unweighted::compute);
    }

    /** Louvain communities for an export. */
    private record Communities(long seed, double resolution) implements AnalysisKey<CommunityResult> {
    }
}
