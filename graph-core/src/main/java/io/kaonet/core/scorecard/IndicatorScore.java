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
 */
public record IndicatorScore(String name, double value, String unit, double mean, int clusters, double index,
                             boolean networkDerived, String source) {
}
