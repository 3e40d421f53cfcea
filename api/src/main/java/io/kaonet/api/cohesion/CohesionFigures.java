package io.kaonet.api.cohesion;

import static io.kaonet.api.cohesion.Figures.finite;

import io.kaonet.core.cohesion.CohesionSummary;

/**
 * A {@link CohesionSummary} as the schema's {@code CohesionSummary}: the same fields, undefined
 * values (NaN) as null.
 */
public record CohesionFigures(int actors, long ties, double density, double meanDegree, int components,
                              int giantComponentSize, Double giantShare, Double averageClustering,
                              Double averageClusteringLowDegreeExcluded, Double transitivity,
                              Double degreeCentralization, Double meanDistance, int diameter, boolean distancesSampled,
                              Double meanDistanceStandardError, int mainCore, Double meanTwoStepReach, int isolates,
                              int pendants) {

    /** The figures of a summary. */
    public static CohesionFigures of(CohesionSummary s) {
        return new CohesionFigures(s.actors(), s.ties(), s.density(), s.meanDegree(), s.components(),
                s.giantComponentSize(), finite(s.giantShare()), finite(s.averageClustering()),
                finite(s.averageClusteringLowDegreeExcluded()), finite(s.transitivity()),
                finite(s.degreeCentralization()), finite(s.meanDistance()), s.diameter(), s.distancesSampled(),
                finite(s.meanDistanceStandardError()), s.mainCore(), finite(s.meanTwoStepReach()), s.isolates(),
                s.pendants());
    }

    /** The schema's {@code giantComponentShare} ({@code giantShare} is its deprecated name). */
    public Double giantComponentShare() {
        return giantShare;
    }

    /** The schema's {@code averageClusteringExcludingLowDegree}. */
    public Double averageClusteringExcludingLowDegree() {
        return averageClusteringLowDegreeExcluded;
    }
}
