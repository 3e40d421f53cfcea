/**
 * The network over time: periods (years, the policy phases of the Industrial Cluster Project, or
 * custom spans) and how each is read ({@link io.kaonet.core.timeline.PeriodBasis}), the KPI series
 * of cohesion and collaboration per period ({@link io.kaonet.core.timeline.KpiSeries}), and what
 * changed between two dates ({@link io.kaonet.core.timeline.NetworkChanges}).
 *
 * <p>Analyses here take projections already made (one graph per period or date): the core does not
 * read the store. Null policy: no parameter may be null and nothing returns null; lists returned
 * are unmodifiable.
 */
package io.kaonet.core.timeline;
