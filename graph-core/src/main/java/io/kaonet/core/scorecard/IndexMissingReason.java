package io.kaonet.core.scorecard;

/** Why an indicator has no index (its value is still reported). */
public enum IndexMissingReason {
    /**
     * Ratio to the mean: some cluster's value for the period is negative (a fall, for instance),
     * so a ratio to the mean would not order the clusters; no cluster gets this indicator's index.
     * A deviation score keeps it.
     */
    NEGATIVE_VALUE,
    /** Ratio to the mean: the clusters' mean is zero, so there is nothing to divide by. */
    MEAN_NOT_POSITIVE
}
