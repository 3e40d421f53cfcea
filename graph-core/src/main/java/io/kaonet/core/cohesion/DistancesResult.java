package io.kaonet.core.cohesion;

/**
 * Mean distance and diameter, with how they were obtained; see {@link Distances}.
 *
 * @param meanDistance  the mean shortest-path length over connected ordered pairs (an estimate when
 *                      sampled); NaN when no two nodes are connected
 * @param diameter      the largest finite distance; when sampled, a lower bound; 0 when no two
 *                      nodes are connected
 * @param measuredPairs the connected ordered pairs {@code (source, target)} the mean was taken over
 * @param sampled       whether sources were sampled (otherwise every node was a source)
 * @param sources       the number of sources searched (not counting the diameter sweep)
 * @param seed          the seed the sources were drawn with; 0 when exact
 * @param standardError the standard error of the mean: 0 when exact, NaN when it cannot be
 *                      estimated (fewer than two sources, or no connected pair)
 */
public record DistancesResult(double meanDistance, int diameter, long measuredPairs, boolean sampled, int sources,
                              long seed, double standardError) {
}
