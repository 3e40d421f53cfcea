package io.kaonet.core.scorecard;

import java.util.List;

/**
 * The scorecard of one cluster; see {@link Scorecard}.
 *
 * @param clusterId    the cluster
 * @param overallIndex the mean of the defined area indices; NaN when none is defined
 * @param grade        the grade of the overall index, or null when it is NaN
 * @param areas        the areas with at least one indicator, in {@link io.kaonet.core.model.EvaluationArea} order
 */
public record ClusterScore(String clusterId, double overallIndex, Grade grade, List<AreaScore> areas) {

    public ClusterScore {
        areas = List.copyOf(areas);
    }
}
