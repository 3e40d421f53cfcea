package io.kaonet.core.matchmaking.backtest;

/** The rankings a {@link Backtest} compares. */
public enum RankingMethod {
    /** Kaonet's weighted parts ({@code Matchmaking}). */
    KAONET,
    /** A seeded random order. */
    RANDOM,
    /** Shared partners. */
    COMMON_NEIGHBOURS,
    /** Σ 1 / ln(degree) over shared partners. */
    ADAMIC_ADAR,
    /** Σ 1 / degree over shared partners. */
    RESOURCE_ALLOCATION,
    /** The product of the degrees, i.e. the candidate's degree for one actor. */
    PREFERENTIAL_ATTACHMENT
}
