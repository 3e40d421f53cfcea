package io.kaonet.api.brokers;

import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.network.Network;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.api.paging.Connection;
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
import io.kaonet.queries.projection.Projections;
import io.kaonet.queries.reads.ActorQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
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
public class BrokersController {

    static final int DEFAULT_PAGE = 20;

    private final Projections projections;
    private final ActorQueries actors;

    public BrokersController(Projections projections, ActorQueries actors) {
        this.projections = projections;
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
     */
    public record BrokersArguments(Integer first, String after, BrokerOrder orderBy, SortDirection direction,
                                   ActorGrouping groupBy, boolean weighted, Integer pivots, int seed) {

        public BrokersArguments {
            required("orderBy", orderBy);
            required("direction", direction);
            required("groupBy", groupBy);
            if (pivots != null && pivots < 1) {
                throw new InvalidArgumentException("pivots", pivots, "pivots must be at least 1, was " + pivots);
            }
        }
    }

    /** An argument the schema gives a default, sent as an explicit null. */
    private static void required(String name, Object value) {
        if (value == null) {
            throw new InvalidArgumentException(name, null, name + " must not be null (omit it for the default)");
        }
    }

    @SchemaMapping(typeName = "Network", field = "brokers")
    public BrokerConnection brokers(Network network, @Arguments BrokersArguments arguments) {
        String kind = "broker/" + arguments.orderBy() + "/" + arguments.direction();
        OffsetPage page = OffsetPage.of(kind, arguments.first(), arguments.after(), DEFAULT_PAGE);
        BrokerAnalysis analysis = analysis(network.scope(), arguments.groupBy(), arguments.weighted(),
                arguments.pivots(), arguments.seed());
        int[] order = analysis.order(arguments.orderBy(), arguments.direction());
        Connection<Broker> connection = page.of(kind, order.length, i -> analysis.broker(order[i], i + 1));
        return BrokerConnection.of(connection, analysis.method(), arguments.groupBy(), arguments.weighted());
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
    public List<BrokerGroupPair> connects(Broker broker, @Argument int first) {
        if (first < 0) {
            throw new InvalidArgumentException("first", first, "first must not be negative, was " + first);
        }
        return broker.analysis().connects(broker.node(), first);
    }

    private BrokerAnalysis analysis(Scope scope, ActorGrouping grouping, boolean weighted, Integer pivots, long seed) {
        ProjectionMemo memo = ProjectionMemo.of(projections, scope);
        String betweennessKey = pivots == null ? "finders.betweenness:exact"
                : "finders.betweenness:sampled:" + pivots + ":" + seed;
        String name = "finders.brokers:" + grouping + ":weighted=" + weighted + ":" + betweennessKey;
        return memo.get(name, graph -> {
            BetweennessResult betweenness = memo.get(betweennessKey,
                    g -> new Betweenness(g, pivots == null ? Betweenness.Parameters.exact()
                            : Betweenness.Parameters.sampled(pivots, seed)).compute());
            StructuralHolesResult holes = memo.get("finders.structural-holes:weighted=" + weighted,
                    g -> new StructuralHoles(g, new StructuralHoles.Parameters(Direction.UNDIRECTED, weighted,
                            StructuralHoles.Parameters.THREADS_DEFAULT)).compute());
            ActorGrouping.Groups groups = grouping.on(memo);
            BrokerageResult roles = memo.get("finders.brokerage-roles:" + grouping,
                    g -> new BrokerageRoles(g, BrokerageRoles.Parameters.of(groups::code)).compute());
            return new BrokerAnalysis(graph, betweenness, holes, roles, groups);
        });
    }
}
