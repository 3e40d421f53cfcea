package io.kaonet.core.matchmaking.backtest;

import io.kaonet.core.linkprediction.LinkPredictionIndex;
import io.kaonet.core.matchmaking.Matchmaking.Parameters.Weights;
import io.kaonet.core.matchmaking.Matchmaking;
import java.util.Objects;

/**
 * A ranking matchmaking can use for a network: Kaonet's weighted parts with learnt or built-in
 * weights, or one of the plain baselines. Every one is expressed as {@link Matchmaking.Parameters},
 * so that candidates keep their parts and explanations whichever ranks them.
 */
public enum Ranking {
    /** Weights learnt from this network's own history ({@link RankingFit}). */
    LEARNT,
    /** {@link Weights#DEFAULT}, chosen on the demo network. */
    BUILT_IN,
    /** Shared partners only: the structural part read as common neighbours. */
    COMMON_NEIGHBOURS,
    /** Shared partners weighted by 1 / ln(degree): the structural part read as Adamic–Adar. */
    ADAMIC_ADAR,
    /** Shared partners weighted by 1 / degree: the structural part read as resource allocation. */
    RESOURCE_ALLOCATION,
    /** The candidate's partners only: the degree part (preferential attachment). */
    PREFERENTIAL_ATTACHMENT;

    private static final int STRUCTURAL = 0;
    private static final int DEGREE = 10;

    /**
     * The parameters that rank by this ranking: {@code builtIn} with the learnt weights, its own
     * weights, or weight 1 on the one part a baseline reads (the same order as the baseline: the
     * parts are increasing functions of the baseline's score).
     *
     * @param builtIn the network's parameters with the built-in weights
     * @param learnt  the learnt weights; needed for {@link #LEARNT} only
     * @throws NullPointerException if builtIn is null, or learnt is null for {@link #LEARNT}
     */
    public Matchmaking.Parameters parameters(Matchmaking.Parameters builtIn, Weights learnt) {
        Objects.requireNonNull(builtIn, "builtIn must not be null");
        return switch (this) {
            case LEARNT -> builtIn.withWeights(Objects.requireNonNull(learnt, "learnt weights must not be null"));
            case BUILT_IN -> builtIn;
            case COMMON_NEIGHBOURS -> only(builtIn, STRUCTURAL).withStructuralIndex(LinkPredictionIndex.COMMON_NEIGHBOURS);
            case ADAMIC_ADAR -> only(builtIn, STRUCTURAL).withStructuralIndex(LinkPredictionIndex.ADAMIC_ADAR);
            case RESOURCE_ALLOCATION -> only(builtIn, STRUCTURAL).withStructuralIndex(LinkPredictionIndex.RESOURCE_ALLOCATION);
            case PREFERENTIAL_ATTACHMENT -> only(builtIn, DEGREE);
        };
    }

    /** The backtest's method of a baseline; {@link RankingMethod#KAONET} for learnt and built-in weights. */
    public RankingMethod method() {
        return switch (this) {
            case LEARNT, BUILT_IN -> RankingMethod.KAONET;
            case COMMON_NEIGHBOURS -> RankingMethod.COMMON_NEIGHBOURS;
            case ADAMIC_ADAR -> RankingMethod.ADAMIC_ADAR;
            case RESOURCE_ALLOCATION -> RankingMethod.RESOURCE_ALLOCATION;
            case PREFERENTIAL_ATTACHMENT -> RankingMethod.PREFERENTIAL_ATTACHMENT;
        };
    }

    /** The ranking of a baseline method, if it can be used to rank (the random order cannot). */
    static Ranking ofBaseline(RankingMethod method) {
        return switch (method) {
            case COMMON_NEIGHBOURS -> COMMON_NEIGHBOURS;
            case ADAMIC_ADAR -> ADAMIC_ADAR;
            case RESOURCE_ALLOCATION -> RESOURCE_ALLOCATION;
            case PREFERENTIAL_ATTACHMENT -> PREFERENTIAL_ATTACHMENT;
            case KAONET, RANDOM -> null;
        };
    }

    private static Matchmaking.Parameters only(Matchmaking.Parameters p, int part) {
        double[] w = new double[p.weights().toArray().length];
        w[part] = 1;
        return p.withWeights(Weights.of(w));
    }
}
