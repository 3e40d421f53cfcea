package io.kaonet.api.cohesion;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import io.kaonet.api.errors.InvalidArgumentException;

import static io.kaonet.api.cohesion.Figures.finite;

import io.kaonet.api.network.Network;
import io.kaonet.api.paging.Connection;
import io.kaonet.api.paging.PageArguments;
import io.kaonet.api.jobs.AnalysisJobKind;
import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.jobs.Job;
import io.kaonet.api.jobs.JobStarter;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.cohesion.CohesionReport;
import io.kaonet.core.cohesion.CoreDecomposition;
import io.kaonet.core.cohesion.CoreDecompositionResult;
import io.kaonet.core.cohesion.Distances;
import io.kaonet.core.cohesion.SmallWorld;
import io.kaonet.core.cohesion.SmallWorldResult;
import io.kaonet.core.cohesion.TwoStepReach;
import io.kaonet.core.cohesion.TwoStepReachResult;
import io.kaonet.core.collaboration.CollaborationRatios;
import io.kaonet.core.collaboration.CollaborationRatiosResult;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.projection.Projections.Projection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Cohesion of a scope's network: the summary (whole, per cluster, per kind), σ, k-cores, two-step reach, collaboration ratios. */
@Controller
public class CohesionController implements JobStarter {

    /** The most random graphs one σ request may ask for. */
    /** The most random reference graphs smallWorld takes. */
    public static final int MAX_RANDOM_GRAPHS = 100;
    private static final String REACH_CURSOR = "reach";

    private final Analyses analyses;

    public CohesionController(Analyses analyses) {
        this.analyses = analyses;
    }

    @SchemaMapping(typeName = "Network", field = "cohesion")
    public CohesionFigures cohesion(Network network) {
        return analyses.get(network.scope(), new Report(), CohesionController::report);
    }

    /**
     * Whether the scope's cohesion is cached or quick to compute: its long part is a breadth-first
     * search from each distance source, so its work is sources × (actors + ties), held to the bound
     * every page's analysis keeps inside a request ({@link Analyses#IN_REQUEST_WORK}).
     */
    @SchemaMapping(typeName = "Network", field = "cohesionReady")
    public boolean cohesionReady(Network network) {
        Projection projection = analyses.projection(network.scope());
        return atOnce(projection.graph()) || analyses.computed(projection, new Report()).isPresent();
    }

    static boolean atOnce(CollaborationGraph g) {
        Distances.Parameters distances = CohesionReport.Parameters.defaults().distances();
        long sources = g.nodeCount() <= distances.exactNodeLimit() ? g.nodeCount() : Math.min(g.nodeCount(), distances.sampleSources());
        return sources * ((long) g.nodeCount() + g.edgeCount()) <= Analyses.IN_REQUEST_WORK;
    }

    @Override
    public Optional<Job> start(AnalysisJobKind kind, Scope scope) {
        return kind == AnalysisJobKind.COHESION ? Optional.of(analyses.start(scope, new Report(),
                CohesionController::report)) : Optional.empty();
    }

    private static CohesionFigures report(CollaborationGraph g, Execution run) {
        return CohesionFigures.of(new CohesionReport(g, CohesionReport.Parameters.defaults()).compute(run));
    }

    @SchemaMapping(typeName = "Network", field = "cohesionByCluster")
    public List<ClusterCohesion> cohesionByCluster(Network network) {
        return analyses.get(network.scope(), new ReportByCluster(), (g, run) -> {
            List<ClusterCohesion> out = new ArrayList<>();
            new CohesionReport(g, CohesionReport.Parameters.defaults()).computePerCluster()
                    .forEach((id, s) -> out.add(new ClusterCohesion(id, CohesionFigures.of(s))));
            out.sort(Comparator.comparing(ClusterCohesion::clusterId));
            return List.copyOf(out);
        });
    }

    @SchemaMapping(typeName = "Network", field = "cohesionByKind")
    public List<KindCohesion> cohesionByKind(Network network) {
        return analyses.get(network.scope(), new ReportByKind(), (g, run) -> {
            List<KindCohesion> out = new ArrayList<>();
            new CohesionReport(g, CohesionReport.Parameters.defaults()).computePerKind()
                    .forEach((kind, s) -> out.add(new KindCohesion(kind, CohesionFigures.of(s))));
            return List.copyOf(out);
        });
    }

    /**
     * The arguments of {@code Network.smallWorld}; the defaults are the schema's.
     *
     * @param randomGraphs how many random reference graphs, 1 to {@link #MAX_RANDOM_GRAPHS}
     * @param seed         seed of the reference graphs
     * @param clustering   which clustering coefficient
     * @param domain       which part of the graph is measured
     */
    public record SmallWorldArguments(Integer randomGraphs, Integer seed, SmallWorld.ClusteringMeasure clustering,
                                      SmallWorld.Domain domain) {

        public SmallWorldArguments {
            requireGiven("randomGraphs", randomGraphs);
            requireGiven("seed", seed);
            requireGiven("clustering", clustering);
            requireGiven("domain", domain);
            if (randomGraphs < 1 || randomGraphs > MAX_RANDOM_GRAPHS) {
                throw new InvalidArgumentException("randomGraphs", randomGraphs,
                        "randomGraphs must be within [1, " + MAX_RANDOM_GRAPHS + "], was " + randomGraphs);
            }
        }
    }

    @SchemaMapping(typeName = "Network", field = "smallWorld")
    public SmallWorldFigures smallWorld(Network network, @Arguments SmallWorldArguments arguments) {
        SmallWorld.Parameters p = new SmallWorld.Parameters(arguments.randomGraphs(), arguments.seed(),
                arguments.domain(), arguments.clustering(), Distances.Parameters.defaults());
        return analyses.get(network.scope(), new SmallWorldKey(p),
                (g, run) -> SmallWorldFigures.of(new SmallWorld(g, p).compute(run)));
    }

    @SchemaMapping(typeName = "Network", field = "kCores")
    public KCores kCores(Network network) {
        return analyses.get(network.scope(), new KCoresKey(), (g, run) -> {
            CoreDecompositionResult cores = new CoreDecomposition(g).compute(run);
            List<KShell> shells = new ArrayList<>();
            for (int k = 0; k <= cores.maxCore(); k++) {
                int size = cores.shellSize(k);
                if (size > 0) {
                    shells.add(new KShell(k, size));
                }
            }
            List<ActorInScope> members = new ArrayList<>();
            for (int u : cores.mainCore()) {
                members.add(ActorInScope.of(g, u));
            }
            members.sort(Comparator.comparing(ActorInScope::id));
            return new KCores(cores.maxCore(), members.size(), List.copyOf(members), List.copyOf(shells));
        });
    }

    @SchemaMapping(typeName = "Network", field = "twoStepReach")
    public Connection<ReachEntry> twoStepReach(Network network, @Arguments PageArguments arguments) {
        List<ReachEntry> all = analyses.get(network.scope(), new Reach(), CohesionController::reachEntries);
        return RankedPage.of(all, arguments.first(), arguments.after(), REACH_CURSOR);
    }

    @SchemaMapping(typeName = "Network", field = "collaborationRatios")
    public CollaborationAnswer collaborationRatios(Network network) {
        return analyses.get(network.scope(), new Ratios(), (g, run) -> {
            CollaborationRatiosResult r = new CollaborationRatios(g).compute(run);
            List<ClusterRatio> byCluster = new ArrayList<>();
            r.byCluster().forEach((id, ratios) -> byCluster.add(new ClusterRatio(id, CollaborationFigures.of(ratios))));
            byCluster.sort(Comparator.comparing(ClusterRatio::clusterId));
            return new CollaborationAnswer(List.copyOf(r.collaborationKinds()), CollaborationFigures.of(r.overall()),
                    List.copyOf(byCluster));
        });
    }

    private static List<ReachEntry> reachEntries(CollaborationGraph g, Execution run) {
        TwoStepReachResult reach = new TwoStepReach(g).compute(run);
        List<ReachEntry> out = new ArrayList<>(g.nodeCount());
        for (int u = 0; u < g.nodeCount(); u++) {
            out.add(new ReachEntry(ActorInScope.of(g, u), g.degree(u), reach.reach(u), reach.secondStep(u)));
        }
        out.sort(Comparator.comparingInt(ReachEntry::reach).reversed().thenComparing(e -> e.actor().id()));
        return List.copyOf(out);
    }

    /** The cohesion of one cluster. */
    public record ClusterCohesion(String clusterId, CohesionFigures cohesion) {

        /** The {@code cluster} field, as the cluster's id (resolved to a Cluster by {@code References}). */
        public String cluster() {
            return clusterId;
        }
    }

    /** The cohesion of one actor kind. */
    public record KindCohesion(ActorKind kind, CohesionFigures cohesion) {
    }

    /** The k-core decomposition as the schema's {@code KCores}. */
    public record KCores(int mainCore, int mainCoreSize, List<ActorInScope> mainCoreMembers, List<KShell> shells) {
    }

    /** One non-empty shell. */
    public record KShell(int k, int size) {
    }

    /** One actor's two-step reach. */
    public record ReachEntry(ActorInScope actor, int degree, int reach, int secondStep) {
    }

    /** The collaboration ratios as the schema's {@code CollaborationRatios}. */
    public record CollaborationAnswer(List<TieKind> collaborationKinds, CollaborationFigures overall,
                                      List<ClusterRatio> byCluster) {
    }

    /** The ratios of one cluster. */
    public record ClusterRatio(String clusterId, CollaborationFigures ratios) {

        /** The {@code cluster} field, as the cluster's id (resolved to a Cluster by {@code References}). */
        public String cluster() {
            return clusterId;
        }
    }

    /** {@link SmallWorldResult} as the schema's {@code SmallWorld}. */
    public record SmallWorldFigures(Double sigma, Double clustering, Double meanDistance, Double randomClustering,
                                    Double randomMeanDistance, Double randomClusteringSd, Double randomMeanDistanceSd,
                                    int randomGraphs, long seed, SmallWorld.Domain domain,
                                    SmallWorld.ClusteringMeasure clusteringMeasure, int nodes, long edges,
                                    boolean distancesSampled) {

        static SmallWorldFigures of(SmallWorldResult r) {
            return new SmallWorldFigures(finite(r.sigma()), finite(r.clustering()), finite(r.meanDistance()),
                    finite(r.randomClustering()), finite(r.randomMeanDistance()), finite(r.randomClusteringSd()),
                    finite(r.randomMeanDistanceSd()), r.randomGraphs(), r.seed(), r.domain(), r.clusteringMeasure(),
                    r.nodes(), r.edges(), r.distancesSampled());
        }

        /** Actors measured (the schema's {@code actors}; {@code nodes} is its deprecated name). */
        public int actors() {
            return nodes;
        }

        /** Ties measured (the schema's {@code ties}; {@code edges} is its deprecated name). */
        public long ties() {
            return edges;
        }

        /** The schema's {@code randomClusteringStandardDeviation}. */
        public Double randomClusteringStandardDeviation() {
            return randomClusteringSd;
        }

        /** The schema's {@code randomMeanDistanceStandardDeviation}. */
        public Double randomMeanDistanceStandardDeviation() {
            return randomMeanDistanceSd;
        }
    }

    private record Report() implements AnalysisKey<CohesionFigures> {
    }

    private record ReportByCluster() implements AnalysisKey<List<ClusterCohesion>> {
    }

    private record ReportByKind() implements AnalysisKey<List<KindCohesion>> {
    }

    private record SmallWorldKey(SmallWorld.Parameters parameters) implements AnalysisKey<SmallWorldFigures> {
    }

    private record KCoresKey() implements AnalysisKey<KCores> {
    }

    private record Reach() implements AnalysisKey<List<ReachEntry>> {
    }

    private record Ratios() implements AnalysisKey<CollaborationAnswer> {
    }
}
