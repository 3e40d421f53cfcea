package io.kaonet.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.model.EvaluationArea;
import io.kaonet.core.model.Indicator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static Indicator value(String cluster, EvaluationArea area, String name, double value) {
        return new Indicator(cluster, area, name, "2006-2010", value, null, "test");
    }

    /**
     * Two clusters, A and B, 2006–2010:
     * <pre>
     *   R_AND_D          rd     A 30   B 10     mean 20, sd 10
     *   SATISFACTION     sat    A 4    B 4      mean 4,  sd 0
     *   NEW_BUSINESS     nb     A 5    —        mean 5 (A alone)
     *   ECONOMIC_EFFECT  sales  A 6    B −2     mean 2,  sd 4 (a negative value)
     * </pre>
     * plus a value of another period, which is ignored.
     */
    private static List<Indicator> survey() {
        return List.of(
                value("A", EvaluationArea.R_AND_D, "rd", 30), value("B", EvaluationArea.R_AND_D, "rd", 10),
                value("A", EvaluationArea.SATISFACTION, "sat", 4), value("B", EvaluationArea.SATISFACTION, "sat", 4),
                value("A", EvaluationArea.NEW_BUSINESS, "nb", 5),
                value("A", EvaluationArea.ECONOMIC_EFFECT, "sales", 6),
                value("B", EvaluationArea.ECONOMIC_EFFECT, "sales", -2),
                new Indicator("C", EvaluationArea.R_AND_D, "rd", "2009", 99, null, null));
    }

    @Test
    void ratioToTheMeanGivesCompoundIndicesAndGrades() {
        ScorecardResult r = new Scorecard("2006-2010", survey(), Scorecard.Parameters.defaults()).compute();

        assertThat(r.period()).isEqualTo("2006-2010");
        assertThat(r.clusters()).extracting(ClusterScore::clusterId).containsExactly("A", "B");
        ClusterScore a = r.clusters().get(0);
        // R&D 150, satisfaction 100, new business 100; sales has a negative value: undefined, left out.
        assertThat(a.areas()).extracting(AreaScore::area).containsExactly(EvaluationArea.R_AND_D,
                EvaluationArea.NEW_BUSINESS, EvaluationArea.ECONOMIC_EFFECT, EvaluationArea.SATISFACTION);
        assertThat(a.areas().get(0).index()).isCloseTo(150, within(1e-12));
        assertThat(a.areas().get(0).indicators().get(0).mean()).isEqualTo(20);
        assertThat(a.areas().get(0).indicators().get(0).clusters()).isEqualTo(2);
        assertThat(a.areas().get(2).index()).isNaN();
        assertThat(a.areas().get(2).indicators().get(0).indexMissingBecause()).isEqualTo(IndexMissingReason.NEGATIVE_VALUE);
        assertThat(a.areas().get(0).indicators().get(0).indexMissingBecause()).isNull();
        assertThat(a.overallIndex()).isCloseTo((150 + 100 + 100) / 3.0, within(1e-12));
        assertThat(a.grade()).isEqualTo(Grade.A);
        ClusterScore b = r.clusters().get(1);
        // R&D 50, satisfaction 100: overall 75.
        assertThat(b.overallIndex()).isCloseTo(75, within(1e-12));
        assertThat(b.grade()).isEqualTo(Grade.D);
    }

    @Test
    void deviationScoresHandleNegativeValues() {
        ScorecardResult r = new Scorecard("2006-2010", survey(), Scorecard.Parameters.of(Standardisation.DEVIATION_SCORE))
                .compute();

        ClusterScore a = r.clusters().get(0);
        ClusterScore b = r.clusters().get(1);
        // A: rd 110, sat 100 (all equal), nb 100 (alone), sales 100 + 10·(6 − 2)/4 = 110.
        assertThat(a.overallIndex()).isCloseTo((110 + 100 + 100 + 110) / 4.0, within(1e-12));
        assertThat(a.grade()).isEqualTo(Grade.B);
        // B: rd 90, sat 100, sales 90.
        assertThat(b.overallIndex()).isCloseTo((90 + 100 + 90) / 3.0, within(1e-12));
        assertThat(b.grade()).isEqualTo(Grade.C);
    }

    @Test
    void eachAreaWeighsTheSameWhateverItsNumberOfIndicators() {
        List<Indicator> values = List.of(
                value("A", EvaluationArea.R_AND_D, "x", 2), value("B", EvaluationArea.R_AND_D, "x", 1),
                value("A", EvaluationArea.R_AND_D, "y", 2), value("B", EvaluationArea.R_AND_D, "y", 1),
                value("A", EvaluationArea.R_AND_D, "z", 2), value("B", EvaluationArea.R_AND_D, "z", 1),
                value("A", EvaluationArea.SATISFACTION, "s", 1), value("B", EvaluationArea.SATISFACTION, "s", 3));

        ScorecardResult r = new Scorecard("2006-2010", values, Scorecard.Parameters.defaults()).compute();

        // A: R&D 100·2/1.5 = 133.3 (three indicators), satisfaction 100·1/2 = 50; overall the mean of the two areas.
        ClusterScore a = r.clusters().stream().filter(s -> s.clusterId().equals("A")).findFirst().orElseThrow();
        assertThat(a.overallIndex()).isCloseTo((400.0 / 3 + 50) / 2, within(1e-12));
    }

    @Test
    void networkDerivedIndicatorsAreMarked() {
        List<Indicator> values = List.of(value("A", EvaluationArea.CLUSTER_CORE, NetworkIndicators.MEAN_DEGREE, 2),
                value("B", EvaluationArea.CLUSTER_CORE, NetworkIndicators.MEAN_DEGREE, 6));

        ScorecardResult r = new Scorecard("2006-2010", values, Scorecard.Parameters.defaults()).compute();

        assertThat(r.clusters()).extracting(ClusterScore::clusterId).containsExactly("B", "A");
        assertThat(r.clusters().get(0).areas().get(0).indicators().get(0).networkDerived()).isTrue();
        assertThat(r.clusters().get(0).overallIndex()).isCloseTo(150, within(1e-12));
    }

    @Test
    void theScoresAreTheSameToTheLastBitWhateverTheOrderOfTheInput() {
        // Values whose sum rounds differently by order: a + b + c != c + b + a in doubles.
        List<Indicator> values = new java.util.ArrayList<>();
        double[] degrees = {2.7828947368421053, 2.1, 2.2433333333333334, 3.0001, 2.2570863125};
        for (int c = 0; c < degrees.length; c++) {
            values.add(value("K" + c, EvaluationArea.CLUSTER_CORE, "network.mean_degree", degrees[c]));
            values.add(value("K" + c, EvaluationArea.R_AND_D, "rd", 0.1 * (c + 1)));
        }
        ScorecardResult first = new Scorecard("2006-2010", values, Scorecard.Parameters.defaults()).compute();
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20; round++) {
            java.util.Collections.shuffle(values, random);
            assertThat(new Scorecard("2006-2010", values, Scorecard.Parameters.defaults()).compute()).isEqualTo(first);
        }
    }

    @Test
    void refusesAKeyGivenTwiceInThePeriod() {
        List<Indicator> twice = List.of(value("A", EvaluationArea.R_AND_D, "rd", 1), value("A", EvaluationArea.R_AND_D, "rd", 2));

        assertThatThrownBy(() -> new Scorecard("2006-2010", twice, Scorecard.Parameters.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
    }

    @Test
    void aPeriodWithoutValuesScoresNoCluster() {
        assertThat(new Scorecard("2030", survey(), Scorecard.Parameters.defaults()).compute().clusters()).isEmpty();
    }

    @Nested
    class Grades {

        @Test
        void followTheThresholds() {
            Scorecard.Parameters p = Scorecard.Parameters.defaults();

            assertThat(p.grade(110)).isEqualTo(Grade.A);
            assertThat(p.grade(109.99)).isEqualTo(Grade.B);
            assertThat(p.grade(100)).isEqualTo(Grade.B);
            assertThat(p.grade(90)).isEqualTo(Grade.C);
            assertThat(p.grade(89.99)).isEqualTo(Grade.D);
            assertThat(p.grade(Double.NaN)).isNull();
        }

        @Test
        void thresholdsMustFallFromAToC() {
            assertThatThrownBy(() -> new Scorecard.Parameters(Standardisation.RATIO_TO_MEAN, 100, 100, 90))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fall from A to C");
            assertThatThrownBy(() -> new Scorecard.Parameters(Standardisation.RATIO_TO_MEAN, Double.NaN, 100, 90))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
