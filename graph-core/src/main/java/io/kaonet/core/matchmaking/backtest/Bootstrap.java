package io.kaonet.core.matchmaking.backtest;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap intervals of means over the actors asked about (Efron &amp; Tibshirani 1993,
 * ch. 13): {@link #RESAMPLES} resamples of the q queries with replacement, drawn from the seed, so
 * that every ranking of one backtest is resampled with the same draws (paired) and results repeat.
 * O(R·q) per measure.
 */
final class Bootstrap {

    /** Resamples per interval. */
    static final int RESAMPLES = 1_000;
    /** Two-sided coverage of the intervals. */
    static final double LEVEL = 0.95;

    private final int[][] draws;

    Bootstrap(int queries, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        draws = new int[queries == 0 ? 0 : RESAMPLES][queries];
        for (int[] draw : draws) {
            for (int i = 0; i < queries; i++) {
                draw[i] = random.nextInt(queries);
            }
        }
    }

    /** The interval of the mean of {@code values} (one per query); [0, 0] without queries. */
    Interval interval(double[] values) {
        if (values.length == 0) {
            return new Interval(0, 0);
        }
        double[] means = new double[draws.length];
        for (int r = 0; r < draws.length; r++) {
            double sum = 0;
            for (int i : draws[r]) {
                sum += values[i];
            }
            means[r] = sum / values.length;
        }
        Arrays.sort(means);
        double tail = (1 - LEVEL) / 2;
        int lo = (int) Math.floor(tail * (means.length - 1));
        int hi = (int) Math.ceil((1 - tail) * (means.length - 1));
        return new Interval(means[lo], means[hi]);
    }
}
