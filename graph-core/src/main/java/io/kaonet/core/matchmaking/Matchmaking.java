package io.kaonet.core.matchmaking;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.linkprediction.LinkPrediction;
import io.kaonet.core.linkprediction.LinkPredictionIndex;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
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
 * weights are {@link Parameters.Weights}; their defaults come from a time-split backtest
 * ({@code io.kaonet.core.matchmaking.backtest}).
 *
 * <p>The whole-graph analyses (components, Louvain, betweenness, affinities) are computed once, on
 * first use: O(n·m) for exact betweenness up to {@link Parameters#brokerPivots()} nodes,
 * O(k·m) sampled above. Then each actor costs O(n + m + Σ<sub>w ∈ Γ(u)</sub> deg w) plus the keyword
 * comparisons, and each explanation O(deg u + deg v + path). Results repeat for the same graph and
 * parameters: equal scores are ranked in node order. Instances are thread-safe.
 */
public final class Matchmaking {

    private final CollaborationGraph graph;
    private final Parameters parameters;
    private final LinkPrediction linkPrediction;
    private volatile NetworkContext context;

    /** @throws NullPointerException if graph or parameters is null */
    public Matchmaking(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
        this.linkPrediction = new LinkPrediction(graph);
    }

    /** Matchmaking with the default parameters. */
    public Matchmaking(CollaborationGraph graph) {
        this(graph, Parameters.defaults());
    }

    /** The parameters. */
    public Parameters parameters() {
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

    /**
     * Settings of {@link Matchmaking}: the weight of each score part and how the parts are read.
     *
     * @param weights              the weight of each part of the score (see {@link ScoreParts})
     * @param structuralIndex      the neighbourhood index behind the structural part: Adamic–Adar,
     *                             resource allocation, common neighbours or Jaccard (preferential
     *                             attachment is the separate activity part)
     * @param collaborationKinds   the tie kinds a suggestion aims at: the kind and industry affinities are
     *                             learnt from edges holding one of them (coordination and introduction
     *                             ties say who was supported or introduced, not who works together);
     *                             {@code CO_PARTICIPATION} counts where activities are projected into ties
     *                             (CORDIS projects)
     * @param constraintUsesWeights whether Burt's constraint reads tie weights (as
     *                             {@code StructuralHoles.Parameters.defaults()} does); the new tie
     *                             weighs {@link #NEW_TIE_WEIGHT}
     * @param brokerPivots         betweenness (used to name brokers as introducers) is exact on graphs
     *                             of at most this many nodes and sampled from this many pivots above;
     *                             at least 1
     * @param seed                 seeds community detection and the betweenness sample, so results repeat
     */
    public record Parameters(Weights weights, LinkPredictionIndex structuralIndex,
                                        Set<TieKind> collaborationKinds, boolean constraintUsesWeights,
                                        int brokerPivots, long seed) {

        /** The recency part counts the partners a candidate gained in this many years before the newest tie. */
        public static final int RECENT_YEARS = 3;
        /** The weight of the tie whose effect on constraint is measured. */
        public static final double NEW_TIE_WEIGHT = 1.0;
        /** Adamic–Adar: a shared partner with few partners says more (Adamic &amp; Adar 2003). */
        public static final LinkPredictionIndex STRUCTURAL_INDEX_DEFAULT = LinkPredictionIndex.ADAMIC_ADAR;
        /** Joint research, licensing, financing, supply and alliances: the collaborations an introduction may lead to. */
        public static final Set<TieKind> COLLABORATION_KINDS_DEFAULT = Set.copyOf(EnumSet.of(TieKind.JOINT_RESEARCH,
                TieKind.TECHNOLOGY_TRANSFER, TieKind.FINANCING, TieKind.SUPPLY, TieKind.ALLIANCE));
        /** Constraint reads tie weights, as the broker analysis does. */
        public static final boolean CONSTRAINT_USES_WEIGHTS_DEFAULT = true;
        /** Exact betweenness up to 2,000 nodes; 2,000 sampled pivots above. */
        public static final int BROKER_PIVOTS_DEFAULT = 2_000;
        /** The seed used when none is given. */
        public static final long SEED_DEFAULT = 42L;

        /**
         * @throws IllegalArgumentException if the structural index is preferential attachment, the
         *                                  collaboration kinds are empty, or brokerPivots is below 1
         */
        public Parameters {
            Objects.requireNonNull(weights, "weights must not be null");
            Objects.requireNonNull(structuralIndex, "structuralIndex must not be null");
            Objects.requireNonNull(collaborationKinds, "collaborationKinds must not be null");
            if (structuralIndex == LinkPredictionIndex.PREFERENTIAL_ATTACHMENT) {
                throw new IllegalArgumentException("structuralIndex must be a neighbourhood index; preferential "
                        + "attachment is the activity part");
            }
            if (collaborationKinds.isEmpty()) {
                throw new IllegalArgumentException("collaborationKinds must not be empty");
            }
            collaborationKinds = Set.copyOf(collaborationKinds);
            if (brokerPivots < 1) {
                throw new IllegalArgumentException("brokerPivots must be at least 1, was " + brokerPivots);
            }
        }

        /** The defaults: {@link Weights#DEFAULT} and the named defaults above. */
        public static Parameters defaults() {
            return new Parameters(Weights.DEFAULT, STRUCTURAL_INDEX_DEFAULT, COLLABORATION_KINDS_DEFAULT,
                    CONSTRAINT_USES_WEIGHTS_DEFAULT, BROKER_PIVOTS_DEFAULT, SEED_DEFAULT);
        }

        /** These parameters with other weights. */
        public Parameters withWeights(Weights value) {
            return new Parameters(value, structuralIndex, collaborationKinds, constraintUsesWeights,
                    brokerPivots, seed);
        }

        /** These parameters with another structural index. */
        public Parameters withStructuralIndex(LinkPredictionIndex value) {
            return new Parameters(weights, value, collaborationKinds, constraintUsesWeights, brokerPivots, seed);
        }

        /** These parameters with other collaboration kinds. */
        public Parameters withCollaborationKinds(Set<TieKind> value) {
            return new Parameters(weights, structuralIndex, value, constraintUsesWeights, brokerPivots, seed);
        }

        /**
         * The weight of each part of the score; the score is Σ weight × part. Every weight is finite and
         * not negative. The defaults were chosen by the backtest (see {@code docs/matchmaking.md}).
         *
         * @param structural      shared partners (the structural index, squashed to [0, 1))
         * @param community       both in the same detected community
         * @param activity        how many partners the candidate has (preferential attachment)
         * @param kinds           how often actors of these two kinds work together here
         * @param industries      how often firms of these two industries work together here
         * @param keywords        offers matching seeks, and shared technologies
         * @param distance        how close the two are in the network
         * @param region          both in the same region
         * @param cluster         both members of the same cluster
         * @param structuralValue how much the tie would lower the actor's constraint, or join it to the main network
         * @param degree          the candidate's partners on a linear scale (preferential attachment)
         * @param recency         how many partners the candidate gained recently
         * @param countries       how often actors of these two countries work together here
         * @param participations  how many activities (projects) the candidate took part in
         */
        public record Weights(double structural, double community, double activity, double kinds, double industries,
                              double keywords, double distance, double region, double cluster, double structuralValue,
                              double degree, double recency, double countries, double participations) {

            /**
             * The defaults: the weights {@code WeightTuning} finds from {@link #EQUAL} on the demo network's
             * tuning split (ties before 2013 predicting those of 2013–2015); see {@code docs/matchmaking.md}.
             */
            public static final Weights DEFAULT = new Weights(0.1, 1, 8, 4, 2, 0.5, 0, 1, 8, 4, 0, 0, 0, 0);

            /**
             * Weight 1 on the first ten parts, 0 on degree, recency, countries and participations (added
             * later; the start of the demo's tuning, kept so that its record repeats).
             */
            public static final Weights EQUAL = new Weights(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0);

            /** Weight 1 on every part. */
            public static final Weights ALL_EQUAL = new Weights(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

            /** @throws IllegalArgumentException if a weight is negative or not finite */
            public Weights {
                double[] all = {structural, community, activity, kinds, industries, keywords, distance, region, cluster,
                    structuralValue, degree, recency, countries, participations};
                for (int i = 0; i < all.length; i++) {
                    if (!(all[i] >= 0) || Double.isInfinite(all[i])) {
                        throw new IllegalArgumentException("weight of " + ScoreParts.NAMES.get(i)
                                + " must be finite and not negative, was " + all[i]);
                    }
                }
            }

            /** The weights in the order of {@link ScoreParts#NAMES}. */
            public double[] toArray() {
                return new double[] {structural, community, activity, kinds, industries, keywords, distance, region, cluster,
                    structuralValue, degree, recency, countries, participations};
            }

            /**
             * Weights from an array in the order of {@link ScoreParts#NAMES}.
             *
             * @throws IllegalArgumentException if the array does not hold one weight per part, or a weight is invalid
             */
            public static Weights of(double... w) {
                if (w.length != ScoreParts.NAMES.size()) {
                    throw new IllegalArgumentException("weights need " + ScoreParts.NAMES.size() + " values, had " + w.length);
                }
                return new Weights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11], w[12], w[13]);
            }
        }
    }
}
