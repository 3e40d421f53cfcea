package io.kaonet.core.scorecard;

/**
 * How one indicator value is set against the average of all clusters; both put the average at 100.
 */
public enum Standardisation {

    /**
     * {@code 100 × value / mean}: 120 is 20 % above the average. Defined only when no value of the
     * indicator is negative and the mean is above 0; otherwise the index is NaN and the indicator
     * is left out of its area. The default: the indicators of the survey are shares and scores.
     */
    RATIO_TO_MEAN,

    /**
     * {@code 100 + 10 × (value − mean) / sd}, with the population standard deviation over the
     * clusters (a deviation score): 110 is one standard deviation above the average. 100 for every
     * cluster when all values are equal. Works for indicators that can be negative, such as a
     * change in sales.
     */
    DEVIATION_SCORE
}
