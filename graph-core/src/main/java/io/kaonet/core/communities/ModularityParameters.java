package io.kaonet.core.communities;

/**
 * How modularity is measured.
 *
 * @param resolution γ, the weight of the null model: 1 is Newman–Girvan modularity; larger values
 *                   favour smaller communities. Must be finite and not negative.
 * @param weighted   whether edge weights count; when false every edge counts 1
 */
public record ModularityParameters(double resolution, boolean weighted) {

    /** Newman–Girvan modularity. */
    public static final double RESOLUTION_DEFAULT = 1.0;

    /** Edge weights count by default: they are the merged tie counts or strengths. */
    public static final boolean WEIGHTED_DEFAULT = true;

    /** Resolution 1, weighted. */
    public static final ModularityParameters DEFAULTS = new ModularityParameters(RESOLUTION_DEFAULT, WEIGHTED_DEFAULT);

    /** Resolution 1, every edge counting 1. */
    public static final ModularityParameters UNWEIGHTED = new ModularityParameters(RESOLUTION_DEFAULT, false);

    /** @throws IllegalArgumentException if the resolution is negative, infinite or NaN */
    public ModularityParameters {
        requireResolution(resolution);
    }

    static void requireResolution(double resolution) {
        if (!(resolution >= 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be a finite number >= 0, was " + resolution);
        }
    }
}
