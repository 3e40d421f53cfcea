package io.kaonet.core.scorecard;

import io.kaonet.core.model.EvaluationArea;
import java.util.List;

/**
 * The compound index of one survey area of one cluster; see {@link Scorecard}.
 *
 * @param area       the area
 * @param index      the mean of the defined indicator indices (100 = the average cluster); NaN when none is defined
 * @param indicators the indicators of the area, by name
 */
public record AreaScore(EvaluationArea area, double index, List<IndicatorScore> indicators) {

    public AreaScore {
        indicators = List.copyOf(indicators);
    }
}
