package io.kaonet.api.brokers;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import java.util.Optional;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.cohesion.ClusteringResult;
import io.kaonet.core.cohesion.Clustering;
import io.kaonet.core.analysis.Execution;
import io.kaonet.api.jobs.JobStarter;
import io.kaonet.api.jobs.Job;
import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.jobs.AnalysisJobKind;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.network.Network;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.api.paging.Connection;
import io.kaonet.api.paging.CountArguments;
import io.kaonet.api.paging.OffsetPage;
import io.kaonet.api.paging.SortDirection;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.brokerage.BrokerageResult;
import io.kaonet.core.brokerage.BrokerageRoles;
import io.kaonet.core.brokerage.Direction;
import io.kaonet.core.brokerage.StructuralHoles;
import io.kaonet.core.brokerage.StructuralHolesResult;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.reads.ActorQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code network(scope) { brokers(...) }}: every actor of the scope ranked by a brokerage measure.
 * Betweenness, structural holes and brokerage roles are each cached on the scope's projection, per
 * option, so a page after the first costs a sort lookup and one actor query.
 */
@Controller
public class BrokersController implements JobStarter {

    private final Analyses analyses;
    private final ActorQueries actors;

    public BrokersController(Analyses analyses, ActorQueries actors) {
        this.analyses = analyses;
        this.actors = actors;
    }

    /**
     * The arguments of {@code Network.brokers}, bound as one record; the defaults are the schema's.
     *
     * @param first     page size
     * @param after     cursor of the last broker of the previous page, or null
     * @param orderBy   the measure to rank by
     * @param direction largest or smallest first
     * @param groupBy   the grouping of the brokerage roles
     * @param weighted  whether tie weights count in the structural-hole measures
     * @param pivots    sampled sources of betweenness, or null for exact betweenness
     * @param seed      seed of the sample
     * @param tieDirection how betweenness and structural holes read ties
     * @param tieLength what a path's length is for betweenness
     */
    public record BrokersArguments(Integer first, String after, BrokerOrder orderBy, SortDirection direction,
                                   ActorGrouping groupBy, Boolean weighted, Integer pivots, Integer seed,
                                   Direction tieDirection, Betweenness.TieLength tieLength) {

        public BrokersArguments {
            requireGiven("first", first);
            requireGiven("tieDirection", tieDirection);
            requireGiven("tieLength", tieLength);
            requireGiven("orderBy", orderBy);
            requireGiven("direction", direction);
            requireGiven("groupBy", groupBy);
            requireGiven("weighted", weighted);
            requireGiven("seed", seed);
            if (pivots != null && pivots < 1) {
                throw new InvalidArgumentException("pivots", pivots, "pivots must be at least 1, was " + pivots);
            }
        }
    }

    @SchemaMapping(typeName = "Network", field = "brokers")
    public BrokerConnection brokers(Network network, @Arguments BrokersArguments arguments) {
        String kind = "broker/" + arguments.orderBy() + "/" + arguments.direction();
        OffsetPage page = OffsetPage.of(kind, arguments.first(), arguments.after());
        BrokerAnalysis analysis = analysis(network.scope(), arguments.groupBy(), arguments.weighted(),
                arguments.pivots(), arguments.seed(), arguments.tieDirection(), arguments.tieLength());
        int[] order = analysis.order(arguments.orderBy(), arguments.direction());
        Connection<Broker> connection = page.of(kind, order.length, i -> analysis.broker(order[i], i + 1));
        return BrokerConnection.of(connection, analysis.method(), arguments.groupBy(), arguments.weighted());
    }

    @SchemaMapping(typeName = "Broker", field = "triangles")
    public long triangles(Broker broker) {
        return broker.analysis().clustering().triangles(broker.node());
    }

    @BatchMapping(typeName = "Broker", field = "actor")
    public Map<Broker, Actor> actor(List<Broker> brokers) {
        Map<String, Actor> byId = actors.byIds(brokers.stream().map(Broker::actorId).toList());
        Map<Broker, Actor> out = new LinkedHashMap<>();
        for (Broker b : brokers) {
            out.put(b, byId.get(b.actorId()));
        }
        return out;
    }

    @SchemaMapping(typeName = "Broker", field = "connects")
    public List<BrokerGroupPair> connects(Broker broker, @Arguments CountArguments count) {
        int first = count.first();
        if (first < 0) {
            throw new InvalidArgumentException("first", first, "first must not be negative, was " + first);
        }
        return broker.analysis().connects(broker.node(), first);
    }

    @Override
    public Optional<Job> start(AnalysisJobKind kind, Scope scope) {
        return switch (kind) {
            case EXACT_BETWEENNESS -> {
                BetweennessKey exact = BetweennessKey.exact();
                yield Optional.of(analyses.start(scope, exact, exact::compute));
            }
            case STRUCTURAL_HOLES -> {
                HolesKey holes = holesKey(false, Direction.UNDIRECTED);
                yield Optional.of(analyses.start(scope, holes, holes::compute));
            }
            default -> Optional.empty();
        };
    }

    private static HolesKey holesKey(boolean weighted, Direction reading) {
        return new HolesKey(new StructuralHoles.Parameters(reading, weighted,
                StructuralHoles.Parameters.THREADS_DEFAULT));
    }

    private BrokerAnalysis analysis(Scope scope, ActorGrouping grouping, boolean weighted, Integer pivots, long seed,
                                    Direction reading, Betweenness.TieLength length) {
        ProjectionMemo memo = ProjectionMemo.of(analyses, scope);
        BetweennessKey betweennessKey = new BetweennessKey((pivots == null ? Betweenness.Parameters.exact()
                : Betweenness.Parameters.sampled(pivots, seed)).withDirection(reading).withTieLength(length));
        HolesKey holesKey = holesKey(weighted, reading);
        return memo.get(new BrokersKey(grouping, holesKey, betweennessKey), (graph, run) -> {
            BetweennessResult betweenness = memo.get(betweennessKey, betweennessKey::compute);
            StructuralHolesResult holes = memo.get(holesKey, holesKey::compute);
            ActorGrouping.Groups groups = grouping.on(memo);
            BrokerageResult roles = memo.get(new RolesKey(grouping),
                    (g, r) -> new BrokerageRoles(g, BrokerageRoles.Parameters.of(groups::code)).compute(r));
            ClusteringResult clustering = memo.get(new Triangles(), (g, r) -> new Clustering(g).compute(r));
            return new BrokerAnalysis(graph, betweenness, holes, roles, groups, clustering);
        });
    }

    /**
     * Structural holes with those parameters: one cache entry per projection, shared by the broker
     * list, exports and an analysis job.
     *
     * @param parameters direction and weights
     */
    public record HolesKey(StructuralHoles.Parameters parameters) implements AnalysisKey<StructuralHolesResult> {

        /** Undirected and unweighted, as the broker list reads them by default. */
        public static HolesKey unweighted() {
            return holesKey(false, Direction.UNDIRECTED);
        }

        /** Computes them. */
        public StructuralHolesResult compute(CollaborationGraph graph, Execution execution) {
            return new StructuralHoles(graph, parameters).compute(execution);
        }
    }

    /** Triangles and local clustering per actor. */
    private record Triangles() implements AnalysisKey<ClusteringResult> {
    }

    /** Brokerage roles over a grouping. */
    private record RolesKey(ActorGrouping grouping) implements AnalysisKey<BrokerageResult> {
    }

    /** The brokerage measures for one set of options, with their rankings. */
    private record BrokersKey(ActorGrouping grouping, HolesKey holes, BetweennessKey betweenness)
            implements AnalysisKey<BrokerAnalysis> {
    }
}
