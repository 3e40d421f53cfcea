package io.kaonet.core.brokerage;

import java.util.Arrays;

/**
 * Betweenness of every node: raw (pairs of other nodes, or their share of shortest paths) and
 * normalised, with how it was computed. When {@link Metadata#sampled()} the values are estimates
 * and {@link #standardError(int)} says how far off they may be.
 */
public final class BetweennessResult {

    private final double[] raw;
    private final double factor;
    private final double[] standardError;
    private final int[] pivotNodes;
    private final Metadata metadata;

    BetweennessResult(double[] raw, double factor, double[] standardError, int[] pivotNodes, Metadata metadata) {
        this.raw = raw;
        this.factor = factor;
        this.standardError = standardError;
        this.pivotNodes = pivotNodes;
        this.metadata = metadata;
    }

    /** The raw betweenness of {@code u} (an estimate when sampled). */
    public double raw(int u) {
        return raw[u];
    }

    /** The betweenness of {@code u} divided by the number of pairs of other nodes. */
    public double normalised(int u) {
        return raw[u] * factor;
    }

    /** Raw betweenness of every node, indexed by node. */
    public double[] rawAll() {
        return Arrays.copyOf(raw, raw.length);
    }

    /** Normalised betweenness of every node, indexed by node. */
    public double[] normalisedAll() {
        double[] out = new double[raw.length];
        for (int u = 0; u < raw.length; u++) {
            out[u] = raw[u] * factor;
        }
        return out;
    }

    /** What raw values are multiplied by to normalise them: 1 / pairs of other nodes (0 when n &lt; 3). */
    public double normalisationFactor() {
        return factor;
    }

    /**
     * The standard error of the raw estimate for {@code u}: the standard deviation of the per-pivot
     * estimates over √k, times √(1 − k/n). 0 for exact results and when every node was a pivot; NaN
     * for a sample of one pivot out of several nodes. Roughly 95% of estimates lie within two
     * standard errors of the exact value when there are enough pivots.
     */
    public double standardError(int u) {
        return standardError == null ? 0 : standardError[u];
    }

    /** The sampled source nodes, ascending; empty for exact results. */
    public int[] pivotNodes() {
        return pivotNodes == null ? new int[0] : pivotNodes.clone();
    }

    /** How the values were computed. */
    public Metadata metadata() {
        return metadata;
    }

    /** The number of nodes. */
    public int nodeCount() {
        return raw.length;
    }

    /**
     * How betweenness was computed.
     *
     * @param direction how ties were read
     * @param tieLength what a tie's length was
     * @param sampled whether the values are estimates from sampled sources
     * @param sources the number of single-source searches run (the pivots when sampled)
     * @param seed the seed the pivots were drawn with; 0 when not sampled
     * @param threads the worker threads used
     * @param foldedNodes how many degree-one nodes were folded before the searches (0 when folding was off
     *     or did not apply)
     */
    public record Metadata(Direction direction, Betweenness.TieLength tieLength, boolean sampled, int sources,
                           long seed, int threads, int foldedNodes) {
    }
}
