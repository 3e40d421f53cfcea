package io.kaonet.core.cohesion;

/**
 * The cohesion ("faces visible") summary of one graph or subgraph; see {@link CohesionReport}.
 *
 * @param actors                         nodes
 * @param ties                           edges of the simple graph
 * @param density                        {@code 2m / (n(n − 1))}
 * @param meanDegree                     {@code 2m / n}
 * @param components                     connected components, isolates included
 * @param giantComponentSize             nodes in the largest component
 * @param giantShare                     share of nodes in the largest component
 * @param averageClustering              mean local clustering, degree &lt; 2 counted as 0 (NetworkX)
 * @param averageClusteringLowDegreeExcluded mean local clustering over nodes of degree ≥ 2 (igraph
 *                                       default); NaN when there are none
 * @param transitivity                   3 × triangles / connected triples
 * @param degreeCentralization           Freeman, normalised by {@code (n − 1)(n − 2)}; NaN when n &lt; 3
 * @param meanDistance                   mean shortest-path length over connected pairs
 * @param diameter                       the largest finite distance (a lower bound when sampled)
 * @param distancesSampled               whether the distances come from sampled sources
 * @param meanDistanceStandardError      0 when exact; the estimate's standard error when sampled
 * @param mainCore                       the largest core number
 * @param meanTwoStepReach               mean number of nodes within distance 2
 * @param isolates                       nodes of degree 0
 * @param pendants                       nodes of degree 1
 */
public record CohesionSummary(int actors, long ties, double density, double meanDegree, int components,
                              int giantComponentSize, double giantShare, double averageClustering,
                              double averageClusteringLowDegreeExcluded, double transitivity,
                              double degreeCentralization, double meanDistance, int diameter,
                              boolean distancesSampled, double meanDistanceStandardError, int mainCore,
                              double meanTwoStepReach, int isolates, int pendants) {
}
