package io.kaonet.core.scorecard;

/**
 * One indicator of one cluster, set against the average of all clusters; see {@link Scorecard}.
 *
 * @param name           the indicator's name
 * @param value          the cluster's value
 * @param unit           its unit, or null
 * @param mean           the mean over the clusters scored that have this indicator
 * @param clusters       how many clusters have this indicator
 * @param index          the standardised value (100 = the mean); NaN when undefined
 * @param networkDerived whether Kaonet computed it from the network rather than importing it
 * @param source         provenance, or null
 * @param indexMissingBecause why {@code index} is NaN; null when it is defined
 */
public record IndicatorScore(String name, double value, String unit, double mean, int clusters, double index,
                             boolean networkDerived, String source, IndexMissingReason indexMissingBecause) {

    /** @throws IllegalArgumentException when a reason is given for a defined index, or none for an undefined one */
    public IndicatorScore {
        if (Double.isNaN(index) != (indexMissingBecause != null)) {
            throw new IllegalArgumentException("an index is NaN exactly when a reason is given: index " + index
                    + ", reason " + indexMissingBecause);
        }
    }
}
