package io.kaonet.core.matchmaking.backtest;

import java.util.Arrays;
import java.util.Objects;

/**
 * A conditional logit ranking model (McFadden 1974) with non-negative, L2-penalised coefficients:
 * each actor asked about "chooses" its new partners among its candidates with probability
 * e<sup>w·x</sup> / Σ<sub>c</sub> e<sup>w·x<sub>c</sub></sup>, so the fit rewards ranking the chosen
 * above the others of the same actor, not scoring them high in general. Network formation read as
 * discrete choice with such features (degree, shared partners, attributes) is the model of
 * Overgoor, Benson &amp; Ugander (2019, "Choosing to grow a graph"). With the non-chosen candidates a
 * uniform sample, the estimate is consistent (McFadden 1978, sampling of alternatives).
 *
 * <p>Fitted by cyclic coordinate descent: each coefficient takes a one-dimensional Newton step on
 * the penalised negative log-likelihood, projected onto [0, ∞) and halved until the objective does
 * not rise (coordinate descent for a convex objective with simple bounds; Bertsekas,
 * <i>Nonlinear Programming</i>, 2nd ed. 1999, §2.7). At the fixed point the Karush–Kuhn–Tucker
 * conditions hold, which the tests check: zero gradient for positive coefficients, a non-negative
 * one for those at 0.
 *
 * <p>Why our own: {@code graph-core} may depend on JGraphT and fastutil only (design §4); the
 * permissive Java libraries considered (LIBLINEAR's Java port, Tribuo) fit pointwise classifiers
 * without bounds, not a grouped choice model with non-negative weights, and Smile is GPL-3.0. The
 * bound is what keeps a learnt score a sum of contributions that each raise a candidate, so an
 * explanation can name the parts that drove the rank. O(s·d·N) for s sweeps, d features, N rows.
 */
final class ConditionalLogit {

    /** Sweeps at most. */
    static final int MAX_SWEEPS = 200;
    /** Stop when no coefficient moves by more than this in a sweep. */
    static final double TOLERANCE = 1e-7;

    private final double[][] x;
    private final boolean[] chosen;
    private final int[] groupStart;
    private final double l2;
    private final int d;

    /**
     * @param x          one row of features per alternative, all of one length, grouped by actor
     * @param chosen     whether each alternative was chosen (tied to)
     * @param groupStart the first row of each group, ascending from 0; the last group runs to the end
     * @param l2         the penalty λ/2·‖w‖², at least 0
     * @throws IllegalArgumentException if the arrays disagree in length or λ is negative
     */
    ConditionalLogit(double[][] x, boolean[] chosen, int[] groupStart, double l2) {
        this.x = Objects.requireNonNull(x, "x must not be null");
        this.chosen = Objects.requireNonNull(chosen, "chosen must not be null");
        this.groupStart = Objects.requireNonNull(groupStart, "groupStart must not be null");
        if (x.length != chosen.length) {
            throw new IllegalArgumentException("need one flag per row, had " + x.length + " rows and " + chosen.length);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 must be finite and not negative, was " + l2);
        }
        this.l2 = l2;
        this.d = x.length == 0 ? 0 : x[0].length;
    }

    /** The coefficients (each ≥ 0) and the sweeps run. */
    Fit fit() {
        double[] w = new double[d];
        double[] s = new double[x.length];
        int sweep = 0;
        double moved = Double.POSITIVE_INFINITY;
        while (sweep < MAX_SWEEPS && moved > TOLERANCE) {
            sweep++;
            moved = 0;
            for (int j = 0; j < d; j++) {
                double[] gh = gradientAndCurvature(s, j);
                double g = gh[0] + l2 * w[j];
                double h = gh[1] + l2;
                if (h <= 0) {
                    continue;
                }
                double step = Math.max(0, w[j] - g / h) - w[j];
                double before = loss(s, j, 0) + l2 / 2 * w[j] * w[j];
                while (step != 0 && loss(s, j, step) + l2 / 2 * (w[j] + step) * (w[j] + step) > before) {
                    step = Math.abs(step) < 1e-12 ? 0 : step / 2;
                }
                if (step != 0) {
                    for (int i = 0; i < s.length; i++) {
                        s[i] += step * x[i][j];
                    }
                    w[j] += step;
                    moved = Math.max(moved, Math.abs(step));
                }
            }
        }
        return new Fit(w, sweep);
    }

    /** The score w·x of every row. */
    double[] scores(double[] w) {
        double[] s = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                s[i] += w[j] * x[i][j];
            }
        }
        return s;
    }

    /** The penalised negative log-likelihood at w. */
    double objective(double[] w) {
        double penalty = 0;
        for (double v : w) {
            penalty += v * v;
        }
        return (d == 0 ? 0 : loss(scores(w), 0, 0)) + l2 / 2 * penalty;
    }

    /** The derivative and second derivative of the negative log-likelihood (penalty excluded) along coordinate j at scores s. */
    double[] gradientAndCurvature(double[] s, int j) {
        double g = 0;
        double h = 0;
        for (int k = 0; k < groupStart.length; k++) {
            int from = groupStart[k];
            int to = groupEnd(k);
            double max = max(s, from, to, j, 0);
            double z = 0;
            double ex = 0;
            double ex2 = 0;
            int picks = 0;
            double pickedSum = 0;
            for (int i = from; i < to; i++) {
                double e = Math.exp(s[i] - max);
                z += e;
                ex += e * x[i][j];
                ex2 += e * x[i][j] * x[i][j];
                if (chosen[i]) {
                    picks++;
                    pickedSum += x[i][j];
                }
            }
            if (picks == 0 || z == 0) {
                continue;
            }
            double mean = ex / z;
            g += picks * mean - pickedSum;
            h += picks * Math.max(0, ex2 / z - mean * mean);
        }
        return new double[] {g, h};
    }

    /** The negative log-likelihood with coordinate j moved by step, penalty excluded. */
    double loss(double[] s, int j, double step) {
        double sum = 0;
        for (int k = 0; k < groupStart.length; k++) {
            int from = groupStart[k];
            int to = groupEnd(k);
            double max = max(s, from, to, j, step);
            double z = 0;
            int picks = 0;
            double picked = 0;
            for (int i = from; i < to; i++) {
                double si = s[i] + step * x[i][j];
                z += Math.exp(si - max);
                if (chosen[i]) {
                    picks++;
                    picked += si;
                }
            }
            if (picks > 0) {
                sum += picks * (max + Math.log(z)) - picked;
            }
        }
        return sum;
    }

    private int groupEnd(int k) {
        return k + 1 < groupStart.length ? groupStart[k + 1] : x.length;
    }

    /** The largest score of rows from..to−1 with coordinate j moved by step (the log-sum-exp shift). */
    private double max(double[] s, int from, int to, int j, double step) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            max = Math.max(max, s[i] + step * x[i][j]);
        }
        return max;
    }

    /**
     * A fitted model.
     *
     * @param coefficients one per feature, each at least 0
     * @param sweeps       the coordinate sweeps run
     */
    record Fit(double[] coefficients, int sweeps) {

        Fit {
            coefficients = coefficients.clone();
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Fit f && Arrays.equals(coefficients, f.coefficients) && sweeps == f.sweeps;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(coefficients) + sweeps;
        }

        @Override
        public String toString() {
            return "Fit[coefficients=" + Arrays.toString(coefficients) + ", sweeps=" + sweeps + "]";
        }
    }
}
