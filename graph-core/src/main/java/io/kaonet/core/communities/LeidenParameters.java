package io.kaonet.core.communities;

/**
 * Settings of {@link Leiden}.
 *
 * @param seed          seeds the random node orders and the randomised refinement; the same seed
 *                      gives the same partition
 * @param resolution    γ of the modularity optimised; finite, not negative
 * @param weighted      whether edge weights count
 * @param randomness    θ &gt; 0 of the refinement: a node joins a sub-community with probability
 *                      proportional to exp(ΔH / θ), ΔH the gain in units of edge weight; small θ
 *                      is nearly greedy
 * @param maxIterations at most this many runs of the whole algorithm, each starting from the
 *                      partition the previous one found; it stops earlier when an iteration
 *                      changes nothing. At least 1.
 */
public record LeidenParameters(long seed, double resolution, boolean weighted, double randomness, int maxIterations) {

    /** The seed used when none is given. */
    public static final long SEED_DEFAULT = 42L;

    /** θ of Traag et al. (2019) and their reference implementation. */
    public static final double RANDOMNESS_DEFAULT = 0.01;

    /** Enough for the partition to stop changing on the graphs we have seen (usually 2–4). */
    public static final int MAX_ITERATIONS_DEFAULT = 10;

    /** Seed 42, resolution 1, weighted, θ = 0.01, up to 10 iterations. */
    public static final LeidenParameters DEFAULTS = new LeidenParameters(SEED_DEFAULT,
            ModularityParameters.RESOLUTION_DEFAULT, ModularityParameters.WEIGHTED_DEFAULT, RANDOMNESS_DEFAULT,
            MAX_ITERATIONS_DEFAULT);

    /**
     * @throws IllegalArgumentException if the resolution is negative or not finite, the randomness
     *                                  not positive and finite, or maxIterations below 1
     */
    public LeidenParameters {
        ModularityParameters.requireResolution(resolution);
        if (!(randomness > 0) || Double.isInfinite(randomness)) {
            throw new IllegalArgumentException("randomness must be a finite number > 0, was " + randomness);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
    }

    /** The defaults with another seed. */
    public static LeidenParameters seeded(long seed) {
        return DEFAULTS.withSeed(seed);
    }

    /** These settings with another seed. */
    public LeidenParameters withSeed(long newSeed) {
        return new LeidenParameters(newSeed, resolution, weighted, randomness, maxIterations);
    }

    /** These settings with edge weights counted or not. */
    public LeidenParameters withWeighted(boolean newWeighted) {
        return new LeidenParameters(seed, resolution, newWeighted, randomness, maxIterations);
    }

    /** These settings with another resolution. */
    public LeidenParameters withResolution(double newResolution) {
        return new LeidenParameters(seed, newResolution, weighted, randomness, maxIterations);
    }
}
