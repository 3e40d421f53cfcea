package io.kaonet.api.network;

import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.jobs.AnalysisTask;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.projection.Projections.Projection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Analysis results of one projection that are built from one another (a ranking from betweenness,
 * roles from a grouping). {@link Analyses#get(Scope, AnalysisKey, AnalysisTask)} looks the projection
 * up again on every call, so two results asked for one after the other may come from different data
 * versions; results asked of one memo all come from its graph. The results themselves live in the
 * {@link Analyses} cache, computed once.
 */
public final class ProjectionMemo {

    /** Null for a memo of a graph outside the cache. */
    private final Analyses analyses;
    private final Projection projection;
    private final Map<AnalysisKey<?>, Object> local = new ConcurrentHashMap<>();

    private ProjectionMemo(Analyses analyses, Projection projection) {
        this.analyses = analyses;
        this.projection = projection;
    }

    private ProjectionMemo(CollaborationGraph graph) {
        this(null, new Projection(Scope.ALL, -1, graph));
    }

    /** The memo of the scope's current projection. */
    public static ProjectionMemo of(Analyses analyses, Scope scope) {
        return new ProjectionMemo(analyses, analyses.projection(scope));
    }

    /** A memo of a graph read outside the projection cache (the command line's export), kept by the caller. */
    public static ProjectionMemo of(CollaborationGraph graph) {
        return new ProjectionMemo(graph);
    }

    /** The projection's graph. */
    public CollaborationGraph graph() {
        return projection.graph();
    }

    /** A result of this memo's graph if it has already been computed, without computing or waiting for it. */
    @SuppressWarnings("unchecked")
    public <R> Optional<R> computed(AnalysisKey<R> key) {
        return analyses != null ? analyses.computed(projection, key) : Optional.ofNullable((R) local.get(key));
    }

    /**
     * A result computed once from this memo's graph; {@code task} may itself ask the memo for others.
     * A memo outside the cache computes in the calling thread, unmonitored, and keeps what it computed.
     */
    @SuppressWarnings("unchecked")
    public <R> R get(AnalysisKey<R> key, AnalysisTask<R> task) {
        if (analyses != null) {
            return analyses.get(projection, key, task);
        }
        Object cached = local.get(key);
        if (cached == null) {
            // Computed outside the map so that a task may ask for another result.
            Object computed = task.compute(projection.graph(), Execution.UNMONITORED);
            cached = local.putIfAbsent(key, computed);
            if (cached == null) {
                cached = computed;
            }
        }
        return (R) cached;
    }
}
