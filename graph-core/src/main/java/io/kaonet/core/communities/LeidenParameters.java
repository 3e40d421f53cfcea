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
 * @param randomStarts  independent runs, each with its own random draws from the seed; the
 *                      partition with the highest modularity is kept. At least 1.
 */
public record LeidenParameters(long seed, double resolution, boolean weighted, double randomness, int maxIterations,
                               int randomStarts) {

    /** The seed used when none is given. */
    public static final long SEED_DEFAULT = 42L;

    /** θ of Traag et al. (2019) and their reference implementation. */
    public static final double RANDOMNESS_DEFAULT = 0.01;

    /**
     * Two iterations, the default of leidenalg and igraph: later ones rarely add more than a
     * fraction of a percent of modularity and cost as much as the first on large graphs.
     */
    public static final int MAX_ITERATIONS_DEFAULT = 2;

    /** Ten runs, for the reason given at {@link LouvainParameters#RANDOM_STARTS_DEFAULT}. */
    public static final int RANDOM_STARTS_DEFAULT = 10;

    /** Seed 42, resolution 1, weighted, θ = 0.01, up to 2 iterations, 10 random starts. */
    public static final LeidenParameters DEFAULTS = new LeidenParameters(SEED_DEFAULT,
            ModularityParameters.RESOLUTION_DEFAULT, ModularityParameters.WEIGHTED_DEFAULT, RANDOMNESS_DEFAULT,
            MAX_ITERATIONS_DEFAULT, RANDOM_STARTS_DEFAULT);

    /**
     * @throws IllegalArgumentException if the resolution is negative or not finite, the randomness
     *                                  not positive and finite, or maxIterations or
     *                                  randomStarts below 1
     */
    public LeidenParameters {
        ModularityParameters.requireResolution(resolution);
        if (!(randomness > 0) || Double.isInfinite(randomness)) {
            throw new IllegalArgumentException("randomness must be a finite number > 0, was " + randomness);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        if (randomStarts < 1) {
            throw new IllegalArgumentException("randomStarts must be at least 1, was " + randomStarts);
        }
    }

    /** The defaults with another seed. */
    public static LeidenParameters seeded(long seed) {
        return DEFAULTS.withSeed(seed);
    }

    /** These settings with another seed. */
    public LeidenParameters withSeed(long newSeed) {
        return new LeidenParameters(newSeed, resolution, weighted, randomness, maxIterations, randomStarts);
    }

    /** These settings with edge weights counted or not. */
    public LeidenParameters withWeighted(boolean newWeighted) {
        return new LeidenParameters(seed, resolution, newWeighted, randomness, maxIterations, randomStarts);
    }

    /** These settings with another resolution. */
    public LeidenParameters withResolution(double newResolution) {
        return new LeidenParameters(seed, newResolution, weighted, randomness, maxIterations, randomStarts);
    }

    /** These settings with another number of random starts. */
    public LeidenParameters withRandomStarts(int starts) {
        return new LeidenParameters(seed, resolution, weighted, randomness, maxIterations, starts);
    }
}
