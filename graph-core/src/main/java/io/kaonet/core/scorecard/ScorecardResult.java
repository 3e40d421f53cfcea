package io.kaonet.core.scorecard;

import java.util.List;

/**
 * The scorecard of every cluster for one period; see {@link Scorecard}.
 *
 * @param period          the period label
 * @param standardisation how values were set against the average
 * @param clusters        one score per cluster, best overall index first (NaN last, equal ones by id)
 */
public record ScorecardResult(String period, Standardisation standardisation, List<ClusterScore> clusters) {

    public ScorecardResult {
        clusters = List.copyOf(clusters);
    }
}
