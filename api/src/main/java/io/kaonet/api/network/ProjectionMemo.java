package io.kaonet.api.network;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.projection.Projections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Analysis results of one projection that are built from one another (a ranking from betweenness,
 * roles from a grouping). {@link Projections#analysis} looks the projection up again on every call,
 * so two results asked for one after the other may come from different data versions; results asked
 * of one memo all come from its graph. The memo itself is cached with the projection, so it is
 * dropped when the data changes.
 */
public final class ProjectionMemo {

    private final CollaborationGraph graph;
    private final Map<String, Object> results = new ConcurrentHashMap<>();

    private ProjectionMemo(CollaborationGraph graph) {
        this.graph = graph;
    }

    /** The memo of the scope's current projection. */
    public static ProjectionMemo of(Projections projections, Scope scope) {
        return projections.analysis(scope, ProjectionMemo.class.getName(), ProjectionMemo::new);
    }

    /** A memo of a graph read outside the projection cache (the command line's export), kept by the caller. */
    public static ProjectionMemo of(CollaborationGraph graph) {
        return new ProjectionMemo(graph);
    }

    /** The projection's graph. */
    public CollaborationGraph graph() {
        return graph;
    }

    /**
     * A result computed once from this memo's graph. {@code compute} may itself ask the memo for other
     * results; two racing threads may both compute, and the first result wins.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String name, Function<CollaborationGraph, T> compute) {
        Object cached = results.get(name);
        if (cached == null) {
            Object computed = compute.apply(graph);
            cached = results.putIfAbsent(name, computed);
            if (cached == null) {
                cached = computed;
            }
        }
        return (T) cached;
    }
}
