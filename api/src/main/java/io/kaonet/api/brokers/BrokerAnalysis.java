package io.kaonet.api.brokers;

import io.kaonet.api.paging.SortDirection;
import io.kaonet.core.analysis.NodeScores;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.brokerage.BrokerageResult;
import io.kaonet.core.brokerage.StructuralHolesResult;
import io.kaonet.core.cohesion.ClusteringResult;
import io.kaonet.core.graph.CollaborationGraph;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The brokerage measures of one projection for one set of options, and the rankings asked of them
 * (each computed once). Immutable apart from that cache; safe to share between requests.
 */
final class BrokerAnalysis {

    private final CollaborationGraph graph;
    private final BetweennessResult betweenness;
    private final StructuralHolesResult holes;
    private final BrokerageResult roles;
    private final ActorGrouping.Groups groups;
    private final ClusteringResult clustering;
    private final Map<Ranking, int[]> orders = new ConcurrentHashMap<>();
    private final Map<Integer, List<BrokerGroupPair>> connects = new ConcurrentHashMap<>();

    BrokerAnalysis(CollaborationGraph graph, BetweennessResult betweenness, StructuralHolesResult holes,
                   BrokerageResult roles, ActorGrouping.Groups groups, ClusteringResult clustering) {
        this.clustering = clustering;
        this.graph = graph;
        this.betweenness = betweenness;
        this.holes = holes;
        this.roles = roles;
        this.groups = groups;
    }

    int size() {
        return graph.nodeCount();
    }

    BetweennessMethod method() {
        return BetweennessMethod.of(betweenness.metadata());
    }

    /** The nodes ranked by a metric: NaN last in either direction, ties by node (actor id order). */
    int[] order(BrokerOrder metric, SortDirection direction) {
        return orders.computeIfAbsent(new Ranking(metric, direction), k -> {
            int n = graph.nodeCount();
            NodeScores scores = metric.scores(this);
            double[] value = new double[n];
            for (int u = 0; u < n; u++) {
                value[u] = scores.score(u);
            }
            int[] order = new int[n];
            for (int u = 0; u < n; u++) {
                order[u] = u;
            }
            int sign = direction == SortDirection.ASC ? 1 : -1;
            IntArrays.stableSort(order, (a, b) -> {
                boolean na = Double.isNaN(value[a]);
                boolean nb = Double.isNaN(value[b]);
                if (na || nb) {
                    return na == nb ? Integer.compare(a, b) : na ? 1 : -1;
                }
                int c = sign * Double.compare(value[a], value[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            return order;
        });
    }

    CollaborationGraph graph() {
        return graph;
    }

    BetweennessResult betweenness() {
        return betweenness;
    }

    ClusteringResult clustering() {
        return clustering;
    }

    StructuralHolesResult holes() {
        return holes;
    }

    BrokerageResult roles() {
        return roles;
    }

    Broker broker(int u, int rank) {
        return new Broker(graph.id(u), u, rank, graph.degree(u), betweenness.raw(u), betweenness.normalised(u),
                betweenness.metadata().sampled() ? BrokerageScores.finite(betweenness.standardError(u)) : null,
                BrokerageScores.finite(holes.constraint(u)), BrokerageScores.finite(holes.effectiveSize(u)),
                BrokerageScores.finite(holes.efficiency(u)), BrokerageScores.finite(holes.hierarchy(u)),
                groups.label(groups.code(u)), BrokerageCounts.of(roles, u),
                BrokerageScores.of(role -> roles.expected(u, role)), BrokerageScores.of(role -> roles.z(u, role)),
                this);
    }

    /** The group pairs the broker connects, most pairs first, at most {@code first}; each broker's computed once. */
    List<BrokerGroupPair> connects(int u, int first) {
        List<BrokerGroupPair> all = connects.computeIfAbsent(u, b -> {
            List<BrokerGroupPair> out = new ArrayList<>();
            for (BrokerageResult.GroupPair p : roles.groupPairs(b)) {
                out.add(new BrokerGroupPair(groups.label(p.groupOfA()), groups.label(p.groupOfC()), p.role(),
                        p.pairs()));
            }
            return List.copyOf(out);
        });
        return all.subList(0, Math.min(first, all.size()));
    }

    private record Ranking(BrokerOrder metric, SortDirection direction) {
    }
}
