package io.kaonet.core.communities;

/**
 * Settings of {@link Louvain}.
 *
 * @param seed       seeds the random node order; the same seed gives the same partition
 * @param resolution γ of the modularity optimised; finite, not negative
 * @param weighted   whether edge weights count
 * @param maxLevels  at most this many aggregation levels, at least 1
 */
public record LouvainParameters(long seed, double resolution, boolean weighted, int maxLevels) {

    /** The seed used when none is given. */
    public static final long SEED_DEFAULT = 42L;

    /** No practical limit: Louvain stops by itself, usually after a handful of levels. */
    public static final int MAX_LEVELS_DEFAULT = 100;

    /** Seed 42, resolution 1, weighted, up to 100 levels. */
    public static final LouvainParameters DEFAULTS = new LouvainParameters(SEED_DEFAULT,
            ModularityParameters.RESOLUTION_DEFAULT, ModularityParameters.WEIGHTED_DEFAULT, MAX_LEVELS_DEFAULT);

    /**
     * @throws IllegalArgumentException if the resolution is negative or not finite, or maxLevels
     *                                  is below 1
     */
    public LouvainParameters {
        ModularityParameters.requireResolution(resolution);
        if (maxLevels < 1) {
            throw new IllegalArgumentException("maxLevels must be at least 1, was " + maxLevels);
        }
    }

    /** The defaults with another seed. */
    public static LouvainParameters seeded(long seed) {
        return DEFAULTS.withSeed(seed);
    }

    /** These settings with another seed. */
    public LouvainParameters withSeed(long newSeed) {
        return new LouvainParameters(newSeed, resolution, weighted, maxLevels);
    }

    /** These settings with edge weights counted or not. */
    public LouvainParameters withWeighted(boolean newWeighted) {
        return new LouvainParameters(seed, resolution, newWeighted, maxLevels);
    }

    /** These settings with another resolution. */
    public LouvainParameters withResolution(double newResolution) {
        return new LouvainParameters(seed, newResolution, weighted, maxLevels);
    }
}
