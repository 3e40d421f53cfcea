package io.kaonet.core.timeline;

import io.kaonet.core.cohesion.CohesionSummary;
import io.kaonet.core.collaboration.Ratios;
import io.kaonet.core.model.Period;

/**
 * The key figures of one period; see {@link KpiSeries}.
 *
 * @param period        the period
 * @param basis         how its graph was read
 * @param cohesion      the cohesion summary of its graph
 * @param collaboration the collaboration ratios over every firm of its graph
 */
public record KpiPoint(Period period, PeriodBasis basis, CohesionSummary cohesion, Ratios collaboration) {
}
