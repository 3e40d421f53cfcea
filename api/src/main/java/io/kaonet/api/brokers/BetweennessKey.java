package io.kaonet.api.brokers;

import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.graph.CollaborationGraph;

/**
 * Betweenness with those parameters: one cache entry per projection, shared by the broker list, the
 * map and an analysis job.
 *
 * @param parameters exact or sampled, direction, tie length
 */
public record BetweennessKey(Betweenness.Parameters parameters) implements AnalysisKey<BetweennessResult> {

    /** Exact betweenness in hops on the undirected graph. */
    public static BetweennessKey exact() {
        return new BetweennessKey(Betweenness.Parameters.exact());
    }

    /** Computes it. */
    public BetweennessResult compute(CollaborationGraph graph, Execution execution) {
        return new Betweenness(graph, parameters).compute(execution);
    }
}
