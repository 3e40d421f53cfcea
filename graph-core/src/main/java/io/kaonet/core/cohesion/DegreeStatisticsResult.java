package io.kaonet.core.cohesion;

/** Degree-based summary of a graph; see {@link DegreeStatistics} for the definitions. */
public final class DegreeStatisticsResult {

    private final int nodes;
    private final long edges;
    private final double density;
    private final double meanDegree;
    private final int maxDegree;
    private final long centralizationSum;
    private final double degreeCentralization;
    private final int[] isolates;
    private final int[] pendants;

    DegreeStatisticsResult(int nodes, long edges, double density, double meanDegree, int maxDegree,
                           long centralizationSum, double degreeCentralization, int[] isolates, int[] pendants) {
        this.nodes = nodes;
        this.edges = edges;
        this.density = density;
        this.meanDegree = meanDegree;
        this.maxDegree = maxDegree;
        this.centralizationSum = centralizationSum;
        this.degreeCentralization = degreeCentralization;
        this.isolates = isolates;
        this.pendants = pendants;
    }

    /** The number of actors. */
    public int nodes() {
        return nodes;
    }

    /** The number of ties of the simple graph. */
    public long edges() {
        return edges;
    }

    /** {@code 2m / (n(n − 1))}; 0 when {@code n < 2}. */
    public double density() {
        return density;
    }

    /** {@code 2m / n}; 0 for an empty graph. */
    public double meanDegree() {
        return meanDegree;
    }

    /** The largest degree; 0 for an empty graph. */
    public int maxDegree() {
        return maxDegree;
    }

    /** Freeman's numerator {@code Σ (d_max − d_i)}. */
    public long centralizationSum() {
        return centralizationSum;
    }

    /** The numerator over its star-graph maximum {@code (n − 1)(n − 2)}; NaN when {@code n < 3}. */
    public double degreeCentralization() {
        return degreeCentralization;
    }

    /** Nodes of degree 0, ascending (a copy). */
    public int[] isolates() {
        return isolates.clone();
    }

    /** The number of isolates. */
    public int isolateCount() {
        return isolates.length;
    }

    /** Nodes of degree 1, ascending (a copy). */
    public int[] pendants() {
        return pendants.clone();
    }

    /** The number of pendants. */
    public int pendantCount() {
        return pendants.length;
    }
}
