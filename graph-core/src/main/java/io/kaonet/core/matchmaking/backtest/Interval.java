package io.kaonet.core.matchmaking.backtest;

/**
 * A percentile bootstrap confidence interval of a mean over the actors asked about.
 *
 * @param low  the lower bound
 * @param high the upper bound, not below {@code low}
 */
public record Interval(double low, double high) {

    /** @throws IllegalArgumentException if a bound is not finite or high is below low */
    public Interval {
        if (!Double.isFinite(low) || !Double.isFinite(high) || high < low) {
            throw new IllegalArgumentException("interval bounds must be finite and ordered, were " + low + ", " + high);
        }
    }
}
