package io.kaonet.core.communities;

/**
 * Settings of {@link Louvain}.
 *
 * @param seed       seeds the random node order; the same seed gives the same partition
 * @param resolution γ of the modularity optimised; finite, not negative
 * @param weighted   whether edge weights count
 * @param maxLevels  at most this many aggregation levels, at least 1
 * @param randomStarts independent runs, each with its own node order drawn from the seed; the
 *                   partition with the highest modularity is kept. At least 1.
 */
public record LouvainParameters(long seed, double resolution, boolean weighted, int maxLevels, int randomStarts) {

    /** The seed used when none is given. */
    public static final long SEED_DEFAULT = 42L;

    /** No practical limit: Louvain stops by itself, usually after a handful of levels. */
    public static final int MAX_LEVELS_DEFAULT = 100;

    /**
     * Ten runs, as in the reference implementation of Waltman &amp; van Eck (2013): one run can stop in
     * a local optimum far below the best (on Padgett's business network, about half of all node
     * orders do), ten rarely all do. Use 1 to time a single run against other tools.
     */
    public static final int RANDOM_STARTS_DEFAULT = 10;

    /** Seed 42, resolution 1, weighted, up to 100 levels, 10 random starts. */
    public static final LouvainParameters DEFAULTS = new LouvainParameters(SEED_DEFAULT,
            ModularityParameters.RESOLUTION_DEFAULT, ModularityParameters.WEIGHTED_DEFAULT, MAX_LEVELS_DEFAULT,
            RANDOM_STARTS_DEFAULT);

    /**
     * @throws IllegalArgumentException if the resolution is negative or not finite, or maxLevels
     *                                  or randomStarts is below 1
     */
    public LouvainParameters {
        ModularityParameters.requireResolution(resolution);
        if (maxLevels < 1) {
            throw new IllegalArgumentException("maxLevels must be at least 1, was " + maxLevels);
        }
        if (randomStarts < 1) {
            throw new IllegalArgumentException("randomStarts must be at least 1, was " + randomStarts);
        }
    }

    /** The defaults with another seed. */
    public static LouvainParameters seeded(long seed) {
        return DEFAULTS.withSeed(seed);
    }

    /** These settings with another seed. */
    public LouvainParameters withSeed(long newSeed) {
        return new LouvainParameters(newSeed, resolution, weighted, maxLevels, randomStarts);
    }

    /** These settings with edge weights counted or not. */
    public LouvainParameters withWeighted(boolean newWeighted) {
        return new LouvainParameters(seed, resolution, newWeighted, maxLevels, randomStarts);
    }

    /** These settings with another resolution. */
    public LouvainParameters withResolution(double newResolution) {
        return new LouvainParameters(seed, newResolution, weighted, maxLevels, randomStarts);
    }

    /** These settings with another number of random starts. */
    public LouvainParameters withRandomStarts(int starts) {
        return new LouvainParameters(seed, resolution, weighted, maxLevels, starts);
    }
}
