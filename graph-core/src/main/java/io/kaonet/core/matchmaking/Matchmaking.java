package io.kaonet.core.matchmaking;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.linkprediction.LinkPrediction;
import io.kaonet.core.model.ActorKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whom a coordinator should introduce to whom: for an actor, the actors not yet tied to it ranked
 * by a weighted sum of score parts, each with an explanation a coordinator can read aloud; for a
 * cluster, the best pairs of members to introduce next and the best bridges for its isolated firms.
 *
 * <p>The parts ({@link ScoreParts}) are structural (the link-prediction indices of Liben-Nowell &amp;
 * Kleinberg 2007: Adamic–Adar by default; whether both sit in one Louvain community, after
 * Soundarajan &amp; Hopcroft 2012; the candidate's activity, i.e. preferential attachment),
 * complementarity (how often the two kinds and the two industries collaborate in this network, and
 * matching offers/seeks and technology keywords), proximity (network distance, region, shared
 * cluster) and structural value (how much the tie lowers the actor's Burt constraint, computed
 * exactly with the tie added, or whether it joins a component to the main one: Burt 1992). The
 * weights are {@link MatchmakingParameters.Weights}; their defaults come from a time-split backtest
 * ({@code io.kaonet.core.matchmaking.backtest}).
 *
 * <p>The whole-graph analyses (components, Louvain, betweenness, affinities) are computed once, on
 * first use: O(n·m) for exact betweenness up to {@link MatchmakingParameters#brokerPivots()} nodes,
 * O(k·m) sampled above. Then each actor costs O(n + m + Σ<sub>w ∈ Γ(u)</sub> deg w) plus the keyword
 * comparisons, and each explanation O(deg u + deg v + path). Results repeat for the same graph and
 * parameters: equal scores are ranked in node order. Instances are thread-safe.
 */
public final class Matchmaking {

    private final CollaborationGraph graph;
    private final MatchmakingParameters parameters;
    private final LinkPrediction linkPrediction;
    private volatile NetworkContext context;

    /** @throws NullPointerException if graph or parameters is null */
    public Matchmaking(CollaborationGraph graph, MatchmakingParameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
        this.linkPrediction = new LinkPrediction(graph);
    }

    /** Matchmaking with the default parameters. */
    public Matchmaking(CollaborationGraph graph) {
        this(graph, MatchmakingParameters.defaults());
    }

    /** The parameters. */
    public MatchmakingParameters parameters() {
        return parameters;
    }

    /** The graph suggestions are made on. */
    public CollaborationGraph graph() {
        return graph;
    }

    /**
     * The score parts of every node as a candidate for {@code actor}, unranked and unexplained.
     *
     * @throws IndexOutOfBoundsException if actor is not a node
     */
    public CandidateScores scores(int actor) {
        Objects.checkIndex(actor, graph.nodeCount());
        return new Scorer(context()).score(actor);
    }

    /**
     * The best {@code limit} candidates for an actor that pass the filter, with explanations.
     *
     * @throws IllegalArgumentException if the actor id is unknown or limit is negative
     */
    public ActorCandidates candidates(String actorId, CandidateFilter filter, int limit) {
        int u = graph.indexOf(actorId)
                .orElseThrow(() -> new IllegalArgumentException("actor '" + actorId + "' is not in the network"));
        return candidates(u, filter, limit);
    }

    /**
     * The best {@code limit} candidates for actor {@code actor} that pass the filter, highest score
     * first, with explanations.
     *
     * @throws IndexOutOfBoundsException if actor is not a node
     * @throws IllegalArgumentException  if limit is negative
     */
    public ActorCandidates candidates(int actor, CandidateFilter filter, int limit) {
        Objects.requireNonNull(filter, "filter must not be null");
        requireLimit(limit, "limit");
        NetworkContext ctx = context();
        CandidateScores scores = scores(actor);
        Eligibility eligible = new Eligibility(ctx, actor, filter);
        List<Integer> nodes = new ArrayList<>();
        double[] score = new double[graph.nodeCount()];
        double[] w = parameters.weights().toArray();
        for (int v = 0; v < graph.nodeCount(); v++) {
            if (scores.isCandidate(v) && eligible.test(v, scores.distance(v))) {
                nodes.add(v);
                score[v] = scores.score(v, w);
            }
        }
        nodes.sort(Comparator.comparingDouble((Integer v) -> -score[v]).thenComparingInt(v -> v));
        Explainer explainer = new Explainer(ctx, linkPrediction, actor);
        List<MatchCandidate> out = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, nodes.size()); i++) {
            int v = nodes.get(i);
            out.add(explainer.candidate(v, score[v], scores.parts(v), scores));
        }
        return new ActorCandidates(explainer.contact(actor), out, nodes.size());
    }

    /**
     * The suggestion of one pair, whatever its rank.
     *
     * @throws IndexOutOfBoundsException if a node is not in the graph
     * @throws IllegalArgumentException  if the two are the same or already tied
     */
    public MatchCandidate explain(int actor, int candidate) {
        CandidateScores scores = scores(actor);
        ScoreParts parts = scores.parts(candidate);
        return new Explainer(context(), linkPrediction, actor).candidate(candidate,
                parts.score(parameters.weights()), parts, scores);
    }

    /**
     * A cluster's next introductions. Pairs are drawn from the members whose kind is in
     * {@code kinds} (every kind but {@link ActorKind#COORDINATOR} when empty: coordinators make
     * introductions rather than receive them); a pair's score is the mean of its two one-sided
     * scores. Isolated firms are the member companies outside the main component, fewest partners
     * first; their bridges are actors of any kind inside the main component.
     *
     * <p>O(c·(n + m + S)) time for c eligible members and O(c²) memory for the pair scores.
     *
     * @param pairLimit      how many pairs to return
     * @param isolatedLimit  how many isolated firms to list
     * @param bridgesPerFirm how many bridges to give each
     * @throws IllegalArgumentException if a limit is negative
     */
    public ClusterIntroductions cluster(String clusterId, Set<ActorKind> kinds, int pairLimit, int isolatedLimit,
                                        int bridgesPerFirm) {
        Objects.requireNonNull(clusterId, "clusterId must not be null");
        requireLimit(pairLimit, "pairLimit");
        requireLimit(isolatedLimit, "isolatedLimit");
        requireLimit(bridgesPerFirm, "bridgesPerFirm");
        Set<ActorKind> pairKinds = kinds == null || kinds.isEmpty()
                ? EnumSet.complementOf(EnumSet.of(ActorKind.COORDINATOR)) : EnumSet.copyOf(kinds);
        int code = graph.clusterIds().indexOf(clusterId);
        if (code < 0) {
            return new ClusterIntroductions(clusterId, 0, List.of(), List.of());
        }
        NetworkContext ctx = context();
        int members = 0;
        List<Integer> eligible = new ArrayList<>();
        List<Integer> isolated = new ArrayList<>();
        for (int u = 0; u < graph.nodeCount(); u++) {
            if (!graph.memberOf(u, code)) {
                continue;
            }
            members++;
            if (pairKinds.contains(graph.kind(u))) {
                eligible.add(u);
            }
            if (graph.kind(u) == ActorKind.COMPANY && !ctx.components.inGiant(u)) {
                isolated.add(u);
            }
        }
        List<MatchCandidate> pairs = bestPairs(eligible, pairLimit);
        isolated.sort(Comparator.comparingInt(graph::degree).thenComparingInt(u -> u));
        List<ClusterIntroductions.IsolatedFirm> firms = new ArrayList<>();
        for (int u : isolated.subList(0, Math.min(isolatedLimit, isolated.size()))) {
            List<MatchCandidate> bridges = new ArrayList<>();
            if (bridgesPerFirm > 0) {
                CandidateScores scores = scores(u);
                List<Integer> nodes = new ArrayList<>();
                double[] w = parameters.weights().toArray();
                for (int v = 0; v < graph.nodeCount(); v++) {
                    if (scores.isCandidate(v) && ctx.components.inGiant(v)) {
                        nodes.add(v);
                    }
                }
                nodes.sort(Comparator.comparingDouble((Integer v) -> -scores.score(v, w)).thenComparingInt(v -> v));
                Explainer explainer = new Explainer(ctx, linkPrediction, u);
                for (int v : nodes.subList(0, Math.min(bridgesPerFirm, nodes.size()))) {
                    bridges.add(explainer.candidate(v, scores.score(v, w), scores.parts(v), scores));
                }
            }
            firms.add(new ClusterIntroductions.IsolatedFirm(new Explainer(ctx, linkPrediction, u).contact(u),
                    graph.degree(u), bridges));
        }
        return new ClusterIntroductions(clusterId, members, pairs, firms);
    }

    private List<MatchCandidate> bestPairs(List<Integer> eligible, int limit) {
        int c = eligible.size();
        if (limit == 0 || c < 2) {
            return List.of();
        }
        double[] w = parameters.weights().toArray();
        float[] oneSided = new float[c * c];
        Arrays.fill(oneSided, Float.NaN);
        for (int i = 0; i < c; i++) {
            CandidateScores scores = scores(eligible.get(i));
            for (int j = 0; j < c; j++) {
                int v = eligible.get(j);
                if (scores.isCandidate(v)) {
                    oneSided[i * c + j] = (float) scores.score(v, w);
                }
            }
        }
        List<long[]> ranked = new ArrayList<>();
        double[] mean = new double[c * c];
        for (int i = 0; i < c; i++) {
            for (int j = i + 1; j < c; j++) {
                if (!Float.isNaN(oneSided[i * c + j])) {
                    mean[i * c + j] = (oneSided[i * c + j] + oneSided[j * c + i]) / 2.0;
                    ranked.add(new long[] {i, j});
                }
            }
        }
        ranked.sort(Comparator.comparingDouble((long[] p) -> -mean[(int) p[0] * c + (int) p[1]])
                .thenComparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        List<MatchCandidate> out = new ArrayList<>();
        NetworkContext ctx = context();
        for (long[] p : ranked.subList(0, Math.min(limit, ranked.size()))) {
            int i = (int) p[0];
            int j = (int) p[1];
            boolean forward = oneSided[i * c + j] >= oneSided[j * c + i];
            int u = eligible.get(forward ? i : j);
            int v = eligible.get(forward ? j : i);
            CandidateScores fromU = scores(u);
            CandidateScores fromV = scores(v);
            double[] a = fromU.parts(v).toArray();
            double[] b = fromV.parts(u).toArray();
            for (int k = 0; k < a.length; k++) {
                a[k] = (a[k] + b[k]) / 2;
            }
            ScoreParts parts = ScoreParts.of(a);
            out.add(new Explainer(ctx, linkPrediction, u).candidate(v, parts.score(parameters.weights()), parts, fromU));
        }
        return out;
    }

    private NetworkContext context() {
        NetworkContext c = context;
        if (c == null) {
            synchronized (this) {
                c = context;
                if (c == null) {
                    c = new NetworkContext(graph, parameters);
                    context = c;
                }
            }
        }
        return c;
    }

    private static void requireLimit(int limit, String name) {
        if (limit < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + limit);
        }
    }

    /** Whether a node passes a {@link CandidateFilter} for an actor. */
    private static final class Eligibility {
        private final NetworkContext ctx;
        private final int actor;
        private final CandidateFilter filter;
        private final int[] clusterCodes;

        Eligibility(NetworkContext ctx, int actor, CandidateFilter filter) {
            this.ctx = ctx;
            this.actor = actor;
            this.filter = filter;
            this.clusterCodes = filter.clusterIds().stream().mapToInt(id -> ctx.graph.clusterIds().indexOf(id))
                    .filter(code -> code >= 0).toArray();
        }

        boolean test(int v, int distance) {
            CollaborationGraph g = ctx.graph;
            if (!filter.kinds().isEmpty() && !filter.kinds().contains(g.kind(v))) {
                return false;
            }
            if (!filter.industries().isEmpty() && (g.industry(v) == null || !filter.industries().contains(g.industry(v)))) {
                return false;
            }
            if (!filter.clusterIds().isEmpty() && Arrays.stream(clusterCodes).noneMatch(c -> g.memberOf(v, c))) {
                return false;
            }
            if (filter.maxDistance() != null && (distance < 0 || distance > filter.maxDistance())) {
                return false;
            }
            return switch (filter.relation()) {
                case ANY -> true;
                case INSIDE -> ctx.shareCluster(actor, v);
                case ACROSS -> !ctx.shareCluster(actor, v);
            };
        }
    }
}
