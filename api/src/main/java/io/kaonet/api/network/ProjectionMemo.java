package io.kaonet.api.network;

import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.jobs.AnalysisTask;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.projection.Projections.Projection;

/**
 * Analysis results of one projection that are built from one another (a ranking from betweenness,
 * roles from a grouping). {@link Analyses#get(Scope, AnalysisKey, AnalysisTask)} looks the projection
 * up again on every call, so two results asked for one after the other may come from different data
 * versions; results asked of one memo all come from its graph. The results themselves live in the
 * {@link Analyses} cache, computed once.
 */
public final class ProjectionMemo {

    private final Analyses analyses;
    private final Projection projection;

    private ProjectionMemo(Analyses analyses, Projection projection) {
        this.analyses = analyses;
        this.projection = projection;
    }

    /** The memo of the scope's current projection. */
    public static ProjectionMemo of(Analyses analyses, Scope scope) {
        return new ProjectionMemo(analyses, analyses.projection(scope));
    }

    /** The projection's graph. */
    public CollaborationGraph graph() {
        return projection.graph();
    }

    /** A result computed once from this memo's graph; {@code task} may itself ask the memo for others. */
    public <R> R get(AnalysisKey<R> key, AnalysisTask<R> task) {
        return analyses.get(projection, key, task);
    }
}
