/**
 * The cluster scorecard of the evaluation survey's six areas: indicators derived from the network
 * ({@link io.kaonet.core.scorecard.NetworkIndicators}) and imported survey indicators, standardised
 * against the average of all clusters, combined into compound indices per area and graded
 * ({@link io.kaonet.core.scorecard.Scorecard}). The method is in {@code docs/algorithms/scorecard.md}.
 *
 * <p>Null policy: no parameter may be null; results hold no null except
 * {@link io.kaonet.core.scorecard.ClusterScore#grade()} (no index could be computed) and an
 * indicator's unit or source where none was given. Undefined indices are {@link Double#NaN}.
 */
package io.kaonet.core.scorecard;
