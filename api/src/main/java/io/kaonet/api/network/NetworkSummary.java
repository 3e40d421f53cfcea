package io.kaonet.api.network;

import io.kaonet.core.cohesion.Clustering;
import io.kaonet.core.cohesion.ClusteringResult;
import io.kaonet.core.cohesion.Components;
import io.kaonet.core.cohesion.ComponentsResult;
import io.kaonet.core.graph.CollaborationGraph;

/**
 * The headline figures of a scope's network.
 *
 * @param actors                   nodes in scope
 * @param ties                     edges of the simple graph (parallel ties merged)
 * @param density                  2m / (n(n−1)); 0 below two nodes
 * @param meanDegree               2m / n
 * @param components               connected components, isolates included
 * @param giantComponentShare      share of actors in the largest component
 * @param averageClustering        mean local clustering, degree &lt; 2 counted as 0 (NetworkX)
 * @param averageClusteringExcludingLowDegree mean over actors of degree ≥ 2 (igraph default); null when none
 * @param transitivity             closed share of connected triples
 */
public record NetworkSummary(int actors, int ties, double density, double meanDegree, int components,
                             double giantComponentShare, double averageClustering,
                             Double averageClusteringExcludingLowDegree, double transitivity) {

    /** Computes the summary of a graph: O(n + m) plus triangle counting. */
    public static NetworkSummary of(CollaborationGraph g) {
        int n = g.nodeCount();
        int m = g.edgeCount();
        ComponentsResult components = new Components(g).compute();
        ClusteringResult clustering = new Clustering(g).compute();
        double density = n < 2 ? 0 : 2.0 * m / ((double) n * (n - 1));
        double excluded = clustering.averageLowDegreeExcluded();
        return new NetworkSummary(n, m, density, n == 0 ? 0 : 2.0 * m / n, components.count(),
                components.giantShare(), clustering.averageZerosIncluded(), Double.isNaN(excluded) ? null : excluded,
                clustering.transitivity());
    }
}
