package io.kaonet.core.cohesion;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole cohesion summary in one call: size, density, mean degree, components and giant share,
 * both average clusterings, transitivity, degree centralisation, mean distance and diameter (exact
 * up to a node-count limit, sampled above it), the main core, mean two-step reach, isolates and
 * pendants. Per cluster and per actor kind the same summary is computed on the subgraph induced by
 * the members (ties to outsiders are left out).
 *
 * <p>Cost: dominated by the distances, O(n·(n + m)) exact or O(k·(n + m)) sampled (see
 * {@link Distances}); the rest is O(n + m) plus triangle counting and two-step reach, both
 * O(Σ deg²) at worst. Repeats exactly for the same parameters.
 */
public final class CohesionReport implements Analysis<CohesionSummary> {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph      the graph (a scope's projection)
     * @param parameters how distances are measured
     * @throws NullPointerException if an argument is null
     */
    public CohesionReport(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** The summary of the whole graph. */
    @Override
    public CohesionSummary compute(Execution execution) {
        return summarise(graph, execution);
    }

    /**
     * The summary of each cluster's induced subgraph, keyed by cluster id in cluster-code order;
     * unmodifiable.
     */
    public Map<String, CohesionSummary> computePerCluster() {
        return computePerCluster(Execution.UNMONITORED);
    }

    /**
     * {@link #computePerCluster()}, polling {@code execution}: each cluster's summary reports its
     * steps as the whole network's would.
     */
    public Map<String, CohesionSummary> computePerCluster(Execution execution) {
        List<String> clusters = graph.clusterIds();
        Map<String, CohesionSummary> out = new LinkedHashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            boolean[] keep = new boolean[graph.nodeCount()];
            for (int u = 0; u < keep.length; u++) {
                keep[u] = graph.memberOf(u, c);
            }
            execution.checkpoint();
            out.put(clusters.get(c), summarise(graph.induced(keep), execution));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The summary of each present actor kind's induced subgraph; unmodifiable. */
    public Map<ActorKind, CohesionSummary> computePerKind() {
        return computePerKind(Execution.UNMONITORED);
    }

    /** {@link #computePerKind()}, polling {@code execution}. */
    public Map<ActorKind, CohesionSummary> computePerKind(Execution execution) {
        Map<ActorKind, CohesionSummary> out = new EnumMap<>(ActorKind.class);
        for (ActorKind kind : ActorKind.values()) {
            boolean[] keep = new boolean[graph.nodeCount()];
            boolean any = false;
            for (int u = 0; u < keep.length; u++) {
                keep[u] = graph.kind(u) == kind;
                any |= keep[u];
            }
            if (any) {
                execution.checkpoint();
                out.put(kind, summarise(graph.induced(keep), execution));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private CohesionSummary summarise(CollaborationGraph g, Execution execution) {
        DegreeStatisticsResult degrees = new DegreeStatistics(g).compute();
        ComponentsResult components = new Components(g).compute();
        execution.checkpoint();
        ClusteringResult clustering = new Clustering(g).compute(execution);
        DistancesResult distances = new Distances(g, parameters.distances()).compute(execution);
        CoreDecompositionResult cores = new CoreDecomposition(g).compute();
        execution.checkpoint();
        TwoStepReachResult reach = new TwoStepReach(g, parameters.distances().concurrency()).compute(execution);
        return new CohesionSummary(degrees.nodes(), degrees.edges(), degrees.density(), degrees.meanDegree(),
                components.count(), components.giantSize(), components.giantShare(),
                clustering.averageZerosIncluded(), clustering.averageLowDegreeExcluded(), clustering.transitivity(),
                degrees.degreeCentralization(), distances.meanDistance(), distances.diameter(), distances.sampled(),
                distances.standardError(), cores.maxCore(), reach.mean(), degrees.isolateCount(),
                degrees.pendantCount());
    }

    /**
     * How to compute the report.
     *
     * @param distances exact below {@code distances.exactNodeLimit()} nodes, sampled above
     */
    public record Parameters(Distances.Parameters distances) {

        /** @throws NullPointerException if {@code distances} is null */
        public Parameters {
            Objects.requireNonNull(distances, "distances must not be null");
        }

        /** Exact distances up to {@link Distances.Parameters#DEFAULT_EXACT_NODE_LIMIT} nodes. */
        public static Parameters defaults() {
            return new Parameters(Distances.Parameters.defaults());
        }
    }
}
