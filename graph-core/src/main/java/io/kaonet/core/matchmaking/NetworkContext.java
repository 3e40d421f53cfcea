package io.kaonet.core.matchmaking;

import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.cohesion.Components;
import io.kaonet.core.cohesion.ComponentsResult;
import io.kaonet.core.communities.CommunityResult;
import io.kaonet.core.communities.Louvain;
import io.kaonet.core.communities.Louvain;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Sector;
import java.time.LocalDate;

/**
 * The whole-graph analyses every suggestion reads, computed once per {@link Matchmaking}:
 * components, Louvain communities, betweenness (to name brokers; on first use), kind, industry and country affinities,
 * the recent partners of every node,
 * keyword codes, cluster memberships and the tie values and strengths Burt's constraint reads.
 */
final class NetworkContext {

    final CollaborationGraph graph;
    final Matchmaking.Parameters parameters;
    final ComponentsResult components;
    final int[] community;
    private volatile double[] betweenness;
    final Affinities affinities;
    final Keywords keywords;
    /** The tie value of every adjacency slot for constraint, or null when every value is 1. */
    final double[] tieValue;
    final double[] strength;
    final int[][] clusters;
    final double logMaxDegree;
    final int maxDegree;
    /** Per node, ln(1 + partners gained in the recent years) / ln(1 + the most any node gained); 0 without dates. */
    final double[] recency;
    /** Per node, ln(1 + activities taken part in) / ln(1 + the most of any node); 0 without activities. */
    final double[] participations;

    NetworkContext(CollaborationGraph graph, Matchmaking.Parameters parameters) {
        this.graph = graph;
        this.parameters = parameters;
        int n = graph.nodeCount();
        this.components = new Components(graph).compute();
        if (graph.edgeCount() == 0) {
            community = new int[n];
            for (int u = 0; u < n; u++) {
                community[u] = u;
            }
        } else {
            CommunityResult communities = new Louvain(graph, Louvain.Parameters.seeded(parameters.seed())).compute();
            community = communities.partition().toArray();
        }
        this.affinities = new Affinities(graph, parameters.collaborationKinds());
        this.keywords = new Keywords(graph);
        if (parameters.constraintUsesWeights() && graph.weighted()) {
            tieValue = new double[2 * graph.edgeCount()];
            for (int s = 0; s < tieValue.length; s++) {
                tieValue[s] = graph.weight(s);
            }
        } else {
            tieValue = null;
        }
        strength = new double[n];
        int highest = 0;
        clusters = new int[n][];
        for (int u = 0; u < n; u++) {
            double sum = 0;
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                sum += value(s);
            }
            strength[u] = sum;
            highest = Math.max(highest, graph.degree(u));
            clusters[u] = graph.clusterCodes(u);
        }
        logMaxDegree = Math.log1p(highest);
        this.maxDegree = highest;
        this.recency = recency(graph);
        this.participations = participations(graph);
    }

    /**
     * The recency part of every node: the edges that started in the {@link Matchmaking.Parameters#RECENT_YEARS}
     * years up to the newest start day of the graph (its as-of date, as far as the data says), log-scaled.
     */
    private static double[] recency(CollaborationGraph graph) {
        int n = graph.nodeCount();
        double[] out = new double[n];
        int newest = CollaborationGraph.UNKNOWN_DAY;
        for (int e = 0; e < graph.edgeCount(); e++) {
            newest = Math.max(newest, graph.edgeSince(e));
        }
        if (newest == CollaborationGraph.UNKNOWN_DAY) {
            return out;
        }
        long from = LocalDate.ofEpochDay(newest).minusYears(Matchmaking.Parameters.RECENT_YEARS).toEpochDay();
        int[] recent = new int[n];
        int most = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            int since = graph.edgeSince(e);
            if (since != CollaborationGraph.UNKNOWN_DAY && since > from) {
                most = Math.max(most, Math.max(++recent[graph.edgeLow(e)], ++recent[graph.edgeHigh(e)]));
            }
        }
        double scale = Math.log1p(most);
        for (int u = 0; u < n && most > 0; u++) {
            out[u] = Math.log1p(recent[u]) / scale;
        }
        return out;
    }

    /** The participations part of every node: its activity count, log-scaled as activity scales degree. */
    private static double[] participations(CollaborationGraph graph) {
        int n = graph.nodeCount();
        int most = 0;
        for (int u = 0; u < n; u++) {
            most = Math.max(most, graph.activityCount(u));
        }
        double[] out = new double[n];
        double scale = Math.log1p(most);
        for (int u = 0; u < n && most > 0; u++) {
            out[u] = Math.log1p(graph.activityCount(u)) / scale;
        }
        return out;
    }

    /** Normalised betweenness, computed on first use: only explanations need it. */
    double[] betweenness() {
        double[] b = betweenness;
        if (b == null) {
            synchronized (this) {
                b = betweenness;
                if (b == null) {
                    int n = graph.nodeCount();
                    if (n < 3 || graph.edgeCount() == 0) {
                        b = new double[n];
                    } else {
                        Betweenness.Parameters bp = n <= parameters.brokerPivots()
                                ? Betweenness.Parameters.exact()
                                : Betweenness.Parameters.sampled(parameters.brokerPivots(), parameters.seed());
                        BetweennessResult result = new Betweenness(graph, bp).compute();
                        b = result.normalisedAll();
                    }
                    betweenness = b;
                }
            }
        }
        return b;
    }

    double value(int slot) {
        return tieValue == null ? 1.0 : tieValue[slot];
    }

    boolean shareCluster(int u, int v) {
        int[] a = clusters[u];
        int[] b = clusters[v];
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * How well placed an intermediary is to make an introduction: coordinators first, then the
     * other bodies of the government sector (support organisations, incubators, governments),
     * then by betweenness (in [0, 1]).
     */
    double introducerQuality(int x) {
        ActorKind kind = graph.kind(x);
        double rank = kind == ActorKind.COORDINATOR ? 2 : kind.sector() == Sector.GOVERNMENT ? 1 : 0;
        return rank + Math.min(1, Math.max(0, betweenness()[x]));
    }
}
