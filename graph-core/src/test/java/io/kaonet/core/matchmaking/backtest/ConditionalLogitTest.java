package io.kaonet.core.matchmaking.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The conditional logit reaches its optimum: the Karush–Kuhn–Tucker conditions hold at the fit. */
class ConditionalLogitTest {

    /**
     * 60 actors, 30 candidates each; feature 0 drives the choice (chosen with probability ∝ e^{3 x0}),
     * feature 1 is noise, feature 2 works against the choice (1 − x0 plus noise).
     */
    private static ConditionalLogit problem(double l2) {
        SplittableRandom random = new SplittableRandom(11);
        int groups = 60;
        int size = 30;
        double[][] x = new double[groups * size][];
        boolean[] chosen = new boolean[groups * size];
        int[] start = new int[groups];
        for (int g = 0; g < groups; g++) {
            start[g] = g * size;
            double[] weight = new double[size];
            double total = 0;
            for (int i = 0; i < size; i++) {
                double x0 = random.nextDouble();
                x[g * size + i] = new double[] {x0, random.nextDouble(), Math.min(1, Math.max(0, 1 - x0 + 0.1 * random.nextGaussian()))};
                weight[i] = Math.exp(3 * x0);
                total += weight[i];
            }
            for (int pick = 0; pick < 2; pick++) {
                double r = random.nextDouble() * total;
                int i = 0;
                while (i < size - 1 && r > weight[i]) {
                    r -= weight[i++];
                }
                chosen[g * size + i] = true;
            }
        }
        return new ConditionalLogit(x, chosen, start, l2);
    }

    @Test
    void fitSatisfiesTheOptimalityConditions() {
        double l2 = 1.0;
        ConditionalLogit model = problem(l2);
        ConditionalLogit.Fit fit = model.fit();
        double[] w = fit.coefficients();
        double[] s = model.scores(w);
        for (int j = 0; j < w.length; j++) {
            double g = model.gradientAndCurvature(s, j)[0] + l2 * w[j];
            if (w[j] > 0) {
                assertThat(g).as("gradient of positive coefficient %d", j).isCloseTo(0, within(1e-4));
            } else {
                assertThat(g).as("gradient of zero coefficient %d", j).isGreaterThanOrEqualTo(-1e-4);
            }
        }
        assertThat(fit.sweeps()).isLessThan(ConditionalLogit.MAX_SWEEPS);
    }

    @Test
    void theDrivingFeatureGetsTheWeightAndTheOpposingOneNone() {
        double[] w = problem(1.0).fit().coefficients();
        assertThat(w[0]).isGreaterThan(1.0);
        assertThat(w[0]).isGreaterThan(5 * w[1]);
        assertThat(w[2]).isZero();
    }

    @Test
    void theFitLowersTheObjectiveBelowEveryNearbyFeasiblePoint() {
        double l2 = 1.0;
        ConditionalLogit model = problem(l2);
        double[] w = model.fit().coefficients();
        double best = model.objective(w);
        double[] delta = {-0.05, 0.05};
        for (int j = 0; j < w.length; j++) {
            for (double dlt : delta) {
                double[] moved = w.clone();
                moved[j] = Math.max(0, moved[j] + dlt);
                assertThat(model.objective(moved)).isGreaterThanOrEqualTo(best - 1e-9);
            }
        }
    }

    @Test
    void mismatchedInputIsRefused() {
        assertThatThrownBy(() -> new ConditionalLogit(new double[2][1], new boolean[1], new int[] {0}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 rows");
        assertThatThrownBy(() -> new ConditionalLogit(new double[1][1], new boolean[1], new int[] {0}, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("l2");
    }
}
