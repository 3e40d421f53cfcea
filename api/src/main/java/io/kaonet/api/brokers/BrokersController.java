package io.kaonet.api.brokers;

import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisJobKind;
import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.jobs.Job;
import io.kaonet.api.jobs.JobStarter;
import io.kaonet.api.network.Network;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.api.paging.Connection;
import io.kaonet.api.paging.OffsetPage;
import io.kaonet.api.paging.SortDirection;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.brokerage.BrokerageResult;
import io.kaonet.core.brokerage.BrokerageRoles;
import io.kaonet.core.brokerage.Direction;
import io.kaonet.core.brokerage.StructuralHoles;
import io.kaonet.core.brokerage.StructuralHolesResult;
import io.kaonet.core.cohesion.Clustering;
import io.kaonet.core.cohesion.ClusteringResult;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.reads.ActorQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
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

    static final int DEFAULT_PAGE = 20;
    static final int DEFAULT_CONNECTS = 10;

    private final Analyses analyses;
    private final ActorQueries actors;

    public BrokersController(Analyses analyses, ActorQueries actors) {
        this.analyses = analyses;
        this.actors = actors;
    }

    @SchemaMapping(typeName = "Network", field = "brokers")
    public BrokerConnection brokers(Network network, @Argument Integer first, @Argument String after,
                                    @Argument BrokerOrder orderBy, @Argument SortDirection direction,
                                    @Argument ActorGrouping groupBy, @Argument Boolean weighted,
                                    @Argument Integer pivots, @Argument Integer seed,
                                    @Argument Direction tieDirection, @Argument Betweenness.TieLength tieLength) {
        Direction reading = tieDirection == null ? Direction.UNDIRECTED : tieDirection;
        Betweenness.TieLength length = tieLength == null ? Betweenness.TieLength.HOPS : tieLength;
        BrokerOrder metric = orderBy == null ? BrokerOrder.BETWEENNESS : orderBy;
        SortDirection dir = direction == null ? SortDirection.DESC : direction;
        ActorGrouping grouping = groupBy == null ? ActorGrouping.KIND : groupBy;
        boolean useWeights = weighted != null && weighted;
        long sampleSeed = seed == null ? 1L : seed.longValue();
        if (pivots != null && pivots < 1) {
            throw new IllegalArgumentException("pivots must be at least 1, was " + pivots);
        }
        String kind = "broker/" + metric + "/" + dir;
        OffsetPage page = OffsetPage.of(kind, first, after, DEFAULT_PAGE);
        BrokerAnalysis analysis = analysis(network.scope(), grouping, useWeights, pivots, sampleSeed, reading, length);
        int[] order = analysis.order(metric, dir);
        Connection<Broker> connection = page.of(kind, order.length, i -> analysis.broker(order[i], i + 1));
        return BrokerConnection.of(connection, analysis.method(), grouping, useWeights);
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
    public List<BrokerGroupPair> connects(Broker broker, @Argument Integer first) {
        int limit = first == null ? DEFAULT_CONNECTS : first;
        if (limit < 0) {
            throw new IllegalArgumentException("first must not be negative, was " + limit);
        }
        return broker.analysis().connects(broker.node(), limit);
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

    /** Structural holes with those parameters. */
    record HolesKey(StructuralHoles.Parameters parameters) implements AnalysisKey<StructuralHolesResult> {
        StructuralHolesResult compute(CollaborationGraph graph, Execution execution) {
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
