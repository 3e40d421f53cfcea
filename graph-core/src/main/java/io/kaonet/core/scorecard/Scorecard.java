package io.kaonet.core.scorecard;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.model.EvaluationArea;
import io.kaonet.core.model.Indicator;
import io.kaonet.core.model.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cluster scorecard of one period, after the method of METI's cluster evaluation (compound
 * indices per survey area, set against the average of all clusters, and an overall grade).
 *
 * <p><b>Method.</b> The clusters scored are those that have at least one indicator of the period
 * among the input. For each indicator (area and name), its mean is taken over the clusters that
 * have it, and each value is standardised against that mean ({@link Standardisation}: by default
 * {@code 100 × value / mean}). A cluster's <em>area index</em> is the unweighted mean of its
 * defined indicator indices in that area; its <em>overall index</em> is the unweighted mean of its
 * defined area indices, so each of the six areas weighs the same however many indicators it has.
 * The grade follows from the overall index by the thresholds of {@link Parameters}: A at or above
 * {@code a}, B at or above {@code b}, C at or above {@code c}, D below. Every indicator is read as
 * "higher is better".
 *
 * <p>O(v log v) for v indicator values. Deterministic.
 */
public final class Scorecard implements Analysis<ScorecardResult> {

    private final String period;
    private final List<Indicator> indicators;
    private final Parameters parameters;

    /**
     * @param period     the period to score, as a year label ({@code "2009"} or {@code "2006-2010"})
     * @param indicators indicator values, survey and network-derived alike; those of other periods are ignored
     * @param parameters standardisation and grade thresholds
     * @throws IllegalArgumentException if the period is not a year label, or a key occurs twice
     *                                  within the period
     */
    public Scorecard(String period, List<Indicator> indicators, Parameters parameters) {
        this.period = Period.parse(period).label();
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
        Set<String> keys = new HashSet<>();
        List<Indicator> inPeriod = new ArrayList<>();
        for (Indicator i : Objects.requireNonNull(indicators, "indicators must not be null")) {
            if (i.period().equals(this.period)) {
                if (!keys.add(i.key())) {
                    throw new IllegalArgumentException("indicator " + i.key() + " is given twice");
                }
                inPeriod.add(i);
            }
        }
        this.indicators = List.copyOf(inPeriod);
    }

    /** Scores every cluster. */
    @Override
    public ScorecardResult compute(Execution execution) {
        execution.progress().expect(indicators.size());
        Map<String, List<Indicator>> byIndicator = new TreeMap<>();
        for (Indicator i : indicators) {
            byIndicator.computeIfAbsent(i.area() + "|" + i.name(), k -> new ArrayList<>()).add(i);
        }
        Map<String, Map<EvaluationArea, List<IndicatorScore>>> byCluster = new TreeMap<>();
        for (List<Indicator> values : byIndicator.values()) {
            execution.step(values.size());
            // Summed in cluster order, so that the mean (and every index) is the same to the last bit
            // whatever order the indicators came in: a floating-point sum depends on its order.
            values.sort(Comparator.comparing(Indicator::clusterId));
            double mean = 0;
            boolean negative = false;
            for (Indicator i : values) {
                mean += i.value();
                negative |= i.value() < 0;
            }
            mean /= values.size();
            double variance = 0;
            for (Indicator i : values) {
                variance += (i.value() - mean) * (i.value() - mean);
            }
            double sd = Math.sqrt(variance / values.size());
            for (Indicator i : values) {
                double index = switch (parameters.standardisation()) {
                    case RATIO_TO_MEAN -> negative || !(mean > 0) ? Double.NaN : 100 * i.value() / mean;
                    case DEVIATION_SCORE -> sd == 0 ? 100 : 100 + 10 * (i.value() - mean) / sd;
                };
                IndexMissingReason missing = !Double.isNaN(index) ? null
                        : negative ? IndexMissingReason.NEGATIVE_VALUE : IndexMissingReason.MEAN_NOT_POSITIVE;
                byCluster.computeIfAbsent(i.clusterId(), c -> new EnumMap<>(EvaluationArea.class))
                        .computeIfAbsent(i.area(), a -> new ArrayList<>())
                        .add(new IndicatorScore(i.name(), i.value(), i.unit(), mean, values.size(), index,
                                NetworkIndicators.isNetworkDerived(i.name()), i.source(), missing));
            }
        }
        List<ClusterScore> scores = new ArrayList<>();
        byCluster.forEach((cluster, areas) -> {
            List<AreaScore> areaScores = new ArrayList<>();
            double overall = 0;
            int definedAreas = 0;
            for (Map.Entry<EvaluationArea, List<IndicatorScore>> e : areas.entrySet()) {
                List<IndicatorScore> list = new ArrayList<>(e.getValue());
                list.sort(Comparator.comparing(IndicatorScore::name));
                double index = meanOfDefined(list.stream().mapToDouble(IndicatorScore::index).toArray());
                areaScores.add(new AreaScore(e.getKey(), index, list));
                if (!Double.isNaN(index)) {
                    overall += index;
                    definedAreas++;
                }
            }
            double overallIndex = definedAreas == 0 ? Double.NaN : overall / definedAreas;
            scores.add(new ClusterScore(cluster, overallIndex, parameters.grade(overallIndex), areaScores));
        });
        scores.sort(Comparator.comparingDouble((ClusterScore s) -> Double.isNaN(s.overallIndex())
                ? Double.POSITIVE_INFINITY : -s.overallIndex()).thenComparing(ClusterScore::clusterId));
        return new ScorecardResult(period, parameters.standardisation(), scores);
    }

    private static double meanOfDefined(double[] values) {
        double sum = 0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /**
     * How values are standardised and graded.
     *
     * @param standardisation how a value is set against the mean
     * @param gradeA          lowest overall index of grade A
     * @param gradeB          lowest overall index of grade B
     * @param gradeC          lowest overall index of grade C; below it, D
     */
    public record Parameters(Standardisation standardisation, double gradeA, double gradeB, double gradeC) {

        /** Default lowest index of grade A: 10 % above the average. */
        public static final double DEFAULT_GRADE_A = 110;
        /** Default lowest index of grade B: the average. */
        public static final double DEFAULT_GRADE_B = 100;
        /** Default lowest index of grade C: 10 % below the average. */
        public static final double DEFAULT_GRADE_C = 90;

        /** @throws IllegalArgumentException unless the thresholds are finite and a &gt; b &gt; c */
        public Parameters {
            Objects.requireNonNull(standardisation, "standardisation must not be null");
            if (!Double.isFinite(gradeA) || !Double.isFinite(gradeB) || !Double.isFinite(gradeC)) {
                throw new IllegalArgumentException("grade thresholds must be finite");
            }
            if (!(gradeA > gradeB && gradeB > gradeC)) {
                throw new IllegalArgumentException("grade thresholds must fall from A to C, were " + gradeA + ", "
                        + gradeB + ", " + gradeC);
            }
        }

        /** Ratio to the mean, grades at 110, 100 and 90. */
        public static Parameters defaults() {
            return of(Standardisation.RATIO_TO_MEAN);
        }

        /** The default thresholds with a given standardisation. */
        public static Parameters of(Standardisation standardisation) {
            return new Parameters(standardisation, DEFAULT_GRADE_A, DEFAULT_GRADE_B, DEFAULT_GRADE_C);
        }

        /** The grade of an overall index, or null when it is NaN. */
        public Grade grade(double overallIndex) {
            if (Double.isNaN(overallIndex)) {
                return null;
            }
            if (overallIndex >= gradeA) {
                return Grade.A;
            }
            if (overallIndex >= gradeB) {
                return Grade.B;
            }
            return overallIndex >= gradeC ? Grade.C : Grade.D;
        }
    }
}
