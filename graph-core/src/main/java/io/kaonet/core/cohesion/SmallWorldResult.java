package io.kaonet.core.cohesion;

/**
 * The small-world coefficient and the measurements behind it; see {@link SmallWorld}.
 *
 * @param sigma                      {@code (C / C_rand) / (L / L_rand)}
 * @param clustering                 C of the measured graph
 * @param meanDistance               L of the measured graph (over connected pairs)
 * @param randomClustering           the mean C over the reference graphs
 * @param randomMeanDistance         the mean L over the reference graphs
 * @param randomClusteringSd         the sample standard deviation of C over the reference graphs
 *                                   (NaN for one graph)
 * @param randomMeanDistanceSd       the same for L
 * @param randomGraphs               the number of reference graphs
 * @param seed                       the seed they were drawn from
 * @param domain                     giant component or whole graph
 * @param clusteringMeasure          the coefficient used as C
 * @param nodes                      nodes of the measured graph (and of each reference graph)
 * @param edges                      edges of the measured graph (and of each reference graph)
 * @param distancesSampled           whether L of the measured graph was estimated from sampled sources
 */
public record SmallWorldResult(double sigma, double clustering, double meanDistance, double randomClustering,
                               double randomMeanDistance, double randomClusteringSd, double randomMeanDistanceSd,
                               int randomGraphs, long seed, SmallWorld.Domain domain,
                               SmallWorld.ClusteringMeasure clusteringMeasure, int nodes, long edges,
                               boolean distancesSampled) {
}
