package io.kaonet.core.timeline;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.TieKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two projections of the network, e.g. the network as of two dates: ties
 * formed and ended, brokers who rose into the top ranks, firms that became or stopped being
 * isolated, and actors that entered or left the scope.
 *
 * <p><b>Identity.</b> Actors are matched by id. A tie is a pair of actors (the edge of the simple
 * graph, whatever the number and kinds of ties between them): a tie is <em>formed</em> when the
 * pair is adjacent after and not before, <em>ended</em> when it is adjacent before and not after.
 * A pair whose only tie was replaced by a tie of another kind is neither. Pairs with an end in only
 * one of the graphs count too (an actor entering the scope brings its ties as formed ones).
 *
 * <p><b>New brokers.</b> Actors are ranked by {@link Betweenness} (raw, undirected, in hops unless
 * the parameters say otherwise) in each graph, highest first, equal values by id; only actors with
 * betweenness above 0 are ranked. A <em>new broker</em> is in the top {@code topBrokers} after and
 * was not in the top {@code topBrokers} before (or not in the graph); a <em>former broker</em> the
 * other way round.
 *
 * <p><b>Isolation.</b> Among firms ({@link io.kaonet.core.model.ActorKind#COMPANY}) present in both
 * graphs: <em>became isolated</em> had a tie before and has none after; <em>stopped being
 * isolated</em> had none before and has one after.
 *
 * <p>Cost: two betweenness computations (O(n·m) exact, see {@link Betweenness}) plus O((n + m) log
 * n) for the rest. Deterministic for the same parameters.
 */
public final class NetworkChanges implements Analysis<NetworkChangesResult> {

    private final CollaborationGraph before;
    private final CollaborationGraph after;
    private final Parameters parameters;

    /**
     * @param before     the earlier network
     * @param after      the later network
     * @param parameters how brokers are ranked
     * @throws NullPointerException if an argument is null
     */
    public NetworkChanges(CollaborationGraph before, CollaborationGraph after, Parameters parameters) {
        this.before = Objects.requireNonNull(before, "before must not be null");
        this.after = Objects.requireNonNull(after, "after must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** Finds the changes. */
    @Override
    public NetworkChangesResult compute(Execution execution) {
        execution.progress().expect(after.nodeCount());
        int[] afterToBefore = mapping(after, before);
        int[] beforeToAfter = mapping(before, after);
        List<TieChange> formed = newPairs(after, before, afterToBefore);
        List<TieChange> ended = newPairs(before, after, beforeToAfter);
        long kept = after.edgeCount() - (long) formed.size();

        List<String> entered = unmatched(after, afterToBefore);
        List<String> left = unmatched(before, beforeToAfter);

        List<String> becameIsolated = new ArrayList<>();
        List<String> stoppedBeingIsolated = new ArrayList<>();
        for (int u = 0; u < after.nodeCount(); u++) {
            execution.step(1);
            int b = afterToBefore[u];
            if (b < 0 || !after.kind(u).isFirm()) {
                continue;
            }
            boolean isolatedBefore = before.degree(b) == 0;
            boolean isolatedAfter = after.degree(u) == 0;
            if (!isolatedBefore && isolatedAfter) {
                becameIsolated.add(after.id(u));
            } else if (isolatedBefore && !isolatedAfter) {
                stoppedBeingIsolated.add(after.id(u));
            }
        }
        becameIsolated.sort(Comparator.naturalOrder());
        stoppedBeingIsolated.sort(Comparator.naturalOrder());

        double[] betweennessBefore = betweenness(before, execution);
        double[] betweennessAfter = betweenness(after, execution);
        int[] rankBefore = ranks(before, betweennessBefore);
        int[] rankAfter = ranks(after, betweennessAfter);
        int k = parameters.topBrokers();
        List<BrokerChange> newBrokers = new ArrayList<>();
        for (int u = 0; u < after.nodeCount(); u++) {
            int b = afterToBefore[u];
            int was = b < 0 ? 0 : rankBefore[b];
            if (inTop(rankAfter[u], k) && !inTop(was, k)) {
                newBrokers.add(new BrokerChange(after.id(u), after.name(u), was, rankAfter[u],
                        b < 0 ? 0 : betweennessBefore[b], betweennessAfter[u]));
            }
        }
        List<BrokerChange> formerBrokers = new ArrayList<>();
        for (int b = 0; b < before.nodeCount(); b++) {
            int u = beforeToAfter[b];
            int now = u < 0 ? 0 : rankAfter[u];
            if (inTop(rankBefore[b], k) && !inTop(now, k)) {
                formerBrokers.add(new BrokerChange(before.id(b), before.name(b), rankBefore[b], now,
                        betweennessBefore[b], u < 0 ? 0 : betweennessAfter[u]));
            }
        }
        newBrokers.sort(Comparator.comparingInt(BrokerChange::rankAfter));
        formerBrokers.sort(Comparator.comparingInt(BrokerChange::rankBefore));
        return new NetworkChangesResult(before.edgeCount(), after.edgeCount(), kept, formed, ended, newBrokers,
                formerBrokers, becameIsolated, stoppedBeingIsolated, entered, left, k);
    }

    private static boolean inTop(int rank, int k) {
        return rank >= 1 && rank <= k;
    }

    private double[] betweenness(CollaborationGraph g, Execution execution) {
        if (g.nodeCount() == 0) {
            return new double[0];
        }
        Betweenness.Parameters p = parameters.betweenness();
        if (p.sampled() && p.pivots() > g.nodeCount()) {
            p = Betweenness.Parameters.exact().withDirection(p.direction()).withTieLength(p.tieLength())
                    .withThreads(p.threads());
        }
        return new Betweenness(g, p).compute(execution).rawAll();
    }

    /** 1-based rank by betweenness (highest first, equal values by id); 0 for betweenness 0. */
    private static int[] ranks(CollaborationGraph g, double[] score) {
        Integer[] order = new Integer[g.nodeCount()];
        for (int u = 0; u < order.length; u++) {
            order[u] = u;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(u -> -score[u]).thenComparing(g::id));
        int[] rank = new int[g.nodeCount()];
        for (int i = 0; i < order.length; i++) {
            int u = order[i];
            rank[u] = score[u] > 0 ? i + 1 : 0;
        }
        return rank;
    }

    /** For each node of {@code from}, its index in {@code to}, or -1. */
    private static int[] mapping(CollaborationGraph from, CollaborationGraph to) {
        int[] map = new int[from.nodeCount()];
        for (int u = 0; u < map.length; u++) {
            map[u] = to.indexOf(from.id(u)).orElse(-1);
        }
        return map;
    }

    private static List<String> unmatched(CollaborationGraph g, int[] map) {
        List<String> out = new ArrayList<>();
        for (int u = 0; u < map.length; u++) {
            if (map[u] < 0) {
                out.add(g.id(u));
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** The pairs adjacent in {@code g} and not in {@code other}, with their kinds in {@code g}. */
    private static List<TieChange> newPairs(CollaborationGraph g, CollaborationGraph other, int[] map) {
        List<TieChange> out = new ArrayList<>();
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int s = g.rowStart(u), end = g.rowEnd(u); s < end; s++) {
                int v = g.neighbour(s);
                if (v < u) {
                    continue;
                }
                if (map[u] >= 0 && map[v] >= 0 && other.adjacent(map[u], map[v])) {
                    continue;
                }
                int e = g.edgeId(u, s);
                List<TieKind> kinds = g.edgeKinds(e).asList();
                String a = g.id(u);
                String b = g.id(v);
                out.add(a.compareTo(b) < 0 ? new TieChange(a, b, kinds) : new TieChange(b, a, kinds));
            }
        }
        out.sort(Comparator.comparing(TieChange::firstId).thenComparing(TieChange::secondId));
        return out;
    }

    /**
     * How brokers are ranked.
     *
     * @param topBrokers  how many top-ranked actors count as brokers, at least 1
     * @param betweenness how betweenness is computed (a sampled run falls back to exact on a graph
     *                    with fewer nodes than pivots)
     */
    public record Parameters(int topBrokers, Betweenness.Parameters betweenness) {

        /** The default number of top brokers. */
        public static final int DEFAULT_TOP_BROKERS = 20;

        /** @throws IllegalArgumentException if topBrokers is below 1 */
        public Parameters {
            if (topBrokers < 1) {
                throw new IllegalArgumentException("topBrokers must be at least 1, was " + topBrokers);
            }
            Objects.requireNonNull(betweenness, "betweenness parameters must not be null");
        }

        /** The top {@link #DEFAULT_TOP_BROKERS} by exact betweenness. */
        public static Parameters defaults() {
            return new Parameters(DEFAULT_TOP_BROKERS, Betweenness.Parameters.exact());
        }

        /** These parameters with another number of top brokers. */
        public Parameters withTopBrokers(int k) {
            return new Parameters(k, betweenness);
        }
    }
}
