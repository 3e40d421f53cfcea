package io.kaonet.api.jobs;

/** The analyses a front end may start as jobs ({@code Mutation.startAnalysisJob}). */
public enum AnalysisJobKind {
    /** Exact betweenness in hops, as {@code network { brokers }} ranks by without {@code pivots}. */
    EXACT_BETWEENNESS,
    /** Structural holes, unweighted and weighted, as {@code network { brokers }} reads them. */
    STRUCTURAL_HOLES,
    /** The cohesion summary of {@code network { cohesion }}: distances are the long part. */
    COHESION
}
