package io.kaonet.core.matchmaking;

import io.kaonet.core.linkprediction.LinkPredictionIndex;
import io.kaonet.core.model.TieKind;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

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
public record MatchmakingParameters(Weights weights, LinkPredictionIndex structuralIndex,
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
    public MatchmakingParameters {
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
    public static MatchmakingParameters defaults() {
        return new MatchmakingParameters(Weights.DEFAULT, STRUCTURAL_INDEX_DEFAULT, COLLABORATION_KINDS_DEFAULT,
                CONSTRAINT_USES_WEIGHTS_DEFAULT, BROKER_PIVOTS_DEFAULT, SEED_DEFAULT);
    }

    /** These parameters with other weights. */
    public MatchmakingParameters withWeights(Weights value) {
        return new MatchmakingParameters(value, structuralIndex, collaborationKinds, constraintUsesWeights,
                brokerPivots, seed);
    }

    /** These parameters with another structural index. */
    public MatchmakingParameters withStructuralIndex(LinkPredictionIndex value) {
        return new MatchmakingParameters(weights, value, collaborationKinds, constraintUsesWeights, brokerPivots, seed);
    }

    /** These parameters with other collaboration kinds. */
    public MatchmakingParameters withCollaborationKinds(Set<TieKind> value) {
        return new MatchmakingParameters(weights, structuralIndex, value, constraintUsesWeights, brokerPivots, seed);
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
         * Weight 1 on the first ten parts, 0 on degree, recency, countries and participations (added later; the
         * start of the demo's tuning, kept so that its record repeats).
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
