package io.kaonet.core.scorecard;

/** The overall grade of a cluster, from its overall compound index; see {@link Scorecard.Parameters}. */
public enum Grade {
    /** Well above the average of all clusters. */
    A,
    /** At or above the average. */
    B,
    /** Somewhat below the average. */
    C,
    /** Well below the average. */
    D
}
