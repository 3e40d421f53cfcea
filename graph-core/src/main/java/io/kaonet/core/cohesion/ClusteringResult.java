package io.kaonet.core.cohesion;

import java.util.Arrays;

/**
 * Triangle counts and clustering coefficients.
 *
 * <p>{@code averageZerosIncluded} matches NetworkX's {@code average_clustering} and igraph's
 * {@code transitivity_avglocal_undirected(mode="zero")}; {@code averageLowDegreeExcluded} leaves out
 * nodes of degree below 2 (igraph's default "nan" mode) and is NaN when no node has degree 2 or
 * more. {@code transitivity} is 3 × triangles / connected triples (NetworkX {@code transitivity}).
 */
public final class ClusteringResult {

    private final long[] triangles;
    private final double[] local;
    private final double averageZerosIncluded;
    private final double averageLowDegreeExcluded;
    private final double transitivity;

    ClusteringResult(long[] triangles, double[] local, double averageZerosIncluded, double averageLowDegreeExcluded,
                     double transitivity) {
        this.triangles = triangles;
        this.local = local;
        this.averageZerosIncluded = averageZerosIncluded;
        this.averageLowDegreeExcluded = averageLowDegreeExcluded;
        this.transitivity = transitivity;
    }

    /** Triangles through node {@code u}. */
    public long triangles(int u) {
        return triangles[u];
    }

    /** The local clustering coefficient of {@code u}; 0 when its degree is below 2. */
    public double local(int u) {
        return local[u];
    }

    /** Local coefficients of every node. */
    public double[] localAll() {
        return Arrays.copyOf(local, local.length);
    }

    /** The mean local coefficient, nodes of degree below 2 counted as 0. */
    public double averageZerosIncluded() {
        return averageZerosIncluded;
    }

    /** The mean local coefficient over nodes of degree 2 or more; NaN when there are none. */
    public double averageLowDegreeExcluded() {
        return averageLowDegreeExcluded;
    }

    /** Global transitivity: the share of connected triples that are closed. */
    public double transitivity() {
        return transitivity;
    }
}
