package io.kaonet.api.connectivity;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.errors.NotFoundException;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.network.Network;
import io.kaonet.core.connectivity.ClusterSeparation;
import io.kaonet.core.connectivity.ClusterSeparationResult;
import io.kaonet.core.connectivity.IntroductionPaths;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.queries.reads.ActorQueries;
import io.kaonet.queries.reads.ClusterQueries;
import java.util.Arrays;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Network.clusterSeparation} and {@code Network.introductionPaths}: JGraphT's cut and path algorithms. */
@Controller
public class ConnectivityController {

    private final Analyses analyses;
    private final ActorQueries actors;
    private final ClusterQueries clusters;

    public ConnectivityController(Analyses analyses, ActorQueries actors, ClusterQueries clusters) {
        this.analyses = analyses;
        this.actors = actors;
        this.clusters = clusters;
    }

    /**
     * The arguments of {@code Network.clusterSeparation}.
     *
     * @param firstClusterId  id of the cluster the cut is nearest to
     * @param secondClusterId id of the other cluster; must differ from the first
     * @throws InvalidArgumentException when both ids are the same
     */
    public record ClusterSeparationArguments(String firstClusterId, String secondClusterId) {

        public ClusterSeparationArguments {
            if (firstClusterId != null && firstClusterId.equals(secondClusterId)) {
                throw new InvalidArgumentException("secondClusterId", secondClusterId,
                        "secondClusterId must differ from firstClusterId; both were '" + secondClusterId + "'");
            }
        }
    }

    /**
     * The arguments of {@code Network.introductionPaths}; the default number of paths is the schema's.
     *
     * @param sourceActorId id of the actor the paths start from
     * @param targetActorId id of the actor they lead to; must differ from the source
     * @param first         how many paths, 1 to {@link IntroductionPaths#MAX_PATHS}
     * @throws InvalidArgumentException when first is null or out of range, or both ids are the same
     */
    public record IntroductionPathsArguments(String sourceActorId, String targetActorId, Integer first) {

        public IntroductionPathsArguments {
            requireGiven("first", first);
            if (first < 1 || first > IntroductionPaths.MAX_PATHS) {
                throw new InvalidArgumentException("first", first, "first must be 1 to " + IntroductionPaths.MAX_PATHS
                        + ", was " + first);
            }
            if (sourceActorId != null && sourceActorId.equals(targetActorId)) {
                throw new InvalidArgumentException("targetActorId", targetActorId,
                        "targetActorId must differ from sourceActorId; both were '" + targetActorId + "'");
            }
        }
    }

    @SchemaMapping(typeName = "Network", field = "clusterSeparation")
    public Separation clusterSeparation(Network network, @Arguments ClusterSeparationArguments arguments) {
        String firstClusterId = arguments.firstClusterId();
        String secondClusterId = arguments.secondClusterId();
        requireCluster("firstClusterId", firstClusterId);
        requireCluster("secondClusterId", secondClusterId);
        ClusterSeparation.Parameters parameters = new ClusterSeparation.Parameters(firstClusterId, secondClusterId);
        return analyses.get(network.scope(), new SeparationKey(parameters), (g, run) -> {
            ClusterSeparationResult r = new ClusterSeparation(g, parameters).compute(run);
            return new Separation(firstClusterId, secondClusterId,
                    Arrays.stream(r.separators()).mapToObj(g::id).toList(), r.size(), r.connected(),
                    r.firstMembers(), r.secondMembers(), r.sharedMembers());
        });
    }

    @SchemaMapping(typeName = "Network", field = "introductionPaths")
    public List<Path> introductionPaths(Network network, @Arguments IntroductionPathsArguments arguments) {
        requireActor("sourceActorId", arguments.sourceActorId());
        requireActor("targetActorId", arguments.targetActorId());
        IntroductionPaths.Parameters parameters = new IntroductionPaths.Parameters(arguments.sourceActorId(),
                arguments.targetActorId(), arguments.first());
        return analyses.get(network.scope(), new PathsKey(parameters),
                (g, run) -> new IntroductionPaths(g, parameters).compute(run).paths().stream()
                        .map(p -> Path.of(g, p)).toList());
    }

    private void requireCluster(String field, String id) {
        if (clusters.all().stream().noneMatch(c -> c.id().equals(id))) {
            throw new NotFoundException(field, id, "cluster");
        }
    }

    private void requireActor(String field, String id) {
        if (actors.byId(id).isEmpty()) {
            throw new NotFoundException(field, id, "actor");
        }
    }

    /**
     * GraphQL {@code ClusterSeparation}; clusters and actors are ids, resolved to the stored records
     * by the schema's one actor and cluster type.
     */
    public record Separation(String firstCluster, String secondCluster, List<String> separators, int disjointPaths,
                             boolean connected, int firstClusterActors, int secondClusterActors,
                             int sharedActors) {
    }

    /** GraphQL {@code IntroductionPath}: the actors' ids along it. */
    public record Path(int length, List<String> actors) {

        static Path of(CollaborationGraph g, List<Integer> nodes) {
            return new Path(nodes.size() - 1, nodes.stream().map(g::id).toList());
        }
    }

    private record SeparationKey(ClusterSeparation.Parameters parameters) implements AnalysisKey<Separation> {
        @Override
        public long estimatedBytes(Separation result, int nodeCount) {
            return 1024L + 64L * result.separators().size();
        }
    }

    private record PathsKey(IntroductionPaths.Parameters parameters) implements AnalysisKey<List<Path>> {
        @Override
        public long estimatedBytes(List<Path> result, int nodeCount) {
            return 1024L + 64L * result.stream().mapToLong(p -> p.actors().size()).sum();
        }
    }
}
