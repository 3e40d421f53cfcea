package io.kaonet.api.communities;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import static io.kaonet.api.cohesion.Figures.finite;

import io.kaonet.api.cohesion.ActorInScope;
import io.kaonet.api.cohesion.RankedPage;
import io.kaonet.api.network.Network;
import io.kaonet.api.paging.Connection;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.communities.ClusterAgreement;
import io.kaonet.core.communities.ClusterAgreementResult;
import io.kaonet.core.communities.CommunityResult;
import io.kaonet.core.communities.Leiden;
import io.kaonet.core.communities.Louvain;
import io.kaonet.core.communities.Modularity;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Arguments;
import io.kaonet.api.paging.PageArguments;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Communities of a scope's network and their agreement with the declared clusters. */
@Controller
public class CommunitiesController {

    private static final String CURSOR = "community";

    private final Analyses analyses;

    public CommunitiesController(Analyses analyses) {
        this.analyses = analyses;
    }

    /**
     * The arguments of {@code Network.communities}; the defaults are the schema's. The resolution is
     * checked here, before the projection is read, so a bad one fails fast.
     *
     * @param algorithm  Louvain or Leiden
     * @param seed       seed of the detection
     * @param resolution modularity resolution
     */
    public record CommunitiesArguments(CommunityAlgorithm algorithm, Integer seed, Double resolution) {

        public CommunitiesArguments {
            requireGiven("algorithm", algorithm);
            requireGiven("seed", seed);
            requireGiven("resolution", resolution);
            new Modularity.Parameters(resolution, Modularity.Parameters.WEIGHTED_DEFAULT);
        }
    }

    @SchemaMapping(typeName = "Network", field = "communities")
    public CommunitiesAnswer communities(Network network, @Arguments CommunitiesArguments arguments) {
        CommunityAlgorithm algorithm = arguments.algorithm();
        int seed = arguments.seed();
        double resolution = arguments.resolution();
        return analyses.get(network.scope(), new Detection(algorithm, seed, resolution),
                (g, run) -> detect(g, algorithm, seed, resolution, run));
    }

    @SchemaMapping(typeName = "Communities", field = "communities")
    public Connection<CommunityView> communityPage(CommunitiesAnswer answer, @Arguments PageArguments page) {
        return RankedPage.of(answer.all(), page.first(), page.after(), CURSOR);
    }

    private static CommunitiesAnswer detect(CollaborationGraph g, CommunityAlgorithm algorithm, long seed,
                                            double resolution, Execution run) {
        CommunityResult result = switch (algorithm) {
            case LOUVAIN -> new Louvain(g, Louvain.Parameters.DEFAULTS.withSeed(seed).withResolution(resolution))
                    .compute(run);
            case LEIDEN -> new Leiden(g, Leiden.Parameters.DEFAULTS.withSeed(seed).withResolution(resolution))
                    .compute(run);
        };
        Modularity.Parameters modularity = new Modularity.Parameters(resolution, Modularity.Parameters.WEIGHTED_DEFAULT);
        ClusterAgreementResult agreement = new ClusterAgreement(g, result.partition(), modularity).compute(run);
        List<String> clusterIds = g.clusterIds();
        List<CommunityView> views = new ArrayList<>();
        List<int[]> groups = result.partition().groups();
        for (int c = 0; c < groups.size(); c++) {
            int[] members = groups.get(c);
            int[] perCluster = new int[clusterIds.size()];
            List<ActorInScope> actors = new ArrayList<>(members.length);
            for (int u : members) {
                actors.add(ActorInScope.of(g, u));
                for (int code : g.clusterCodes(u)) {
                    perCluster[code]++;
                }
            }
            actors.sort(Comparator.comparing(ActorInScope::id));
            int best = -1;
            for (int code = 0; code < perCluster.length; code++) {
                if (perCluster[code] > 0 && (best < 0 || perCluster[code] > perCluster[best]
                        || perCluster[code] == perCluster[best] && clusterIds.get(code).compareTo(clusterIds.get(best)) < 0)) {
                    best = code;
                }
            }
            views.add(new CommunityView(c, members.length, best < 0 ? null : clusterIds.get(best),
                    best < 0 ? null : (double) perCluster[best] / members.length, List.copyOf(actors)));
        }
        views.sort(Comparator.comparingInt(CommunityView::size).reversed().thenComparingInt(CommunityView::index));
        return new CommunitiesAnswer(algorithm, seed, resolution, finite(result.modularity()), result.communityCount(),
                result.levels(), result.iterations(), result.converged(),
                new AgreementFigures(finite(agreement.normalizedMutualInformation()),
                        finite(agreement.adjustedRandIndex()), agreement.comparedActors(), agreement.withoutCluster(),
                        agreement.inSeveralClusters(), finite(agreement.declaredModularity())),
                List.copyOf(views));
    }

    /**
     * Detected communities as the schema's {@code Communities}; {@code all} holds every community,
     * largest first, for the paged {@code communities} field.
     */
    public record CommunitiesAnswer(CommunityAlgorithm algorithm, long seed, double resolution, Double modularity,
                                    int count, int levels, int iterations, boolean converged,
                                    AgreementFigures agreementWithClusters, List<CommunityView> all) {
    }

    /** The schema's {@code ClusterAgreement}. */
    public record AgreementFigures(Double nmi, Double ari, int comparedActors, int withoutCluster,
                                   int inSeveralClusters, Double declaredModularity) {

        /** The schema's {@code normalizedMutualInformation} ({@code nmi} is its deprecated name). */
        public Double normalizedMutualInformation() {
            return nmi;
        }

        /** The schema's {@code adjustedRandIndex} ({@code ari} is its deprecated name). */
        public Double adjustedRandIndex() {
            return ari;
        }
    }

    /** One community as the schema's {@code Community}. */
    public record CommunityView(int index, int size, String dominantCluster, Double dominantClusterShare,
                                List<ActorInScope> members) {

        /** The {@code mainCluster} field, as the cluster's id (resolved to a Cluster by {@code References}). */
        public String mainCluster() {
            return dominantCluster;
        }

        /** The schema's {@code mainClusterShare}. */
        public Double mainClusterShare() {
            return dominantClusterShare;
        }
    }

    private record Detection(CommunityAlgorithm algorithm, int seed, double resolution)
            implements AnalysisKey<CommunitiesAnswer> {
    }
}
