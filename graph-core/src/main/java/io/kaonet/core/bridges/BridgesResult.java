package io.kaonet.core.bridges;

import java.util.Arrays;

/**
 * The bridges and articulation points of a graph. Edge ids and node indexes are those of the
 * graph the result was computed on; arrays come ascending and are copies.
 */
public final class BridgesResult {

    private final boolean[] bridge;
    private final boolean[] articulation;
    private final int[] bridges;
    private final int[] articulationPoints;

    BridgesResult(boolean[] bridge, boolean[] articulation) {
        this.bridge = bridge;
        this.articulation = articulation;
        this.bridges = indexesOf(bridge);
        this.articulationPoints = indexesOf(articulation);
    }

    private static int[] indexesOf(boolean[] flags) {
        int count = 0;
        for (boolean f : flags) {
            if (f) {
                count++;
            }
        }
        int[] out = new int[count];
        for (int i = 0, at = 0; i < flags.length; i++) {
            if (flags[i]) {
                out[at++] = i;
            }
        }
        return out;
    }

    /** The ids of the bridge edges, ascending. */
    public int[] bridges() {
        return bridges.clone();
    }

    /** The number of bridges. */
    public int bridgeCount() {
        return bridges.length;
    }

    /**
     * Whether edge {@code e} is a bridge.
     *
     * @throws IndexOutOfBoundsException if {@code e} is not an edge id of the graph
     */
    public boolean isBridge(int e) {
        return bridge[e];
    }

    /** The articulation points (cut vertices), ascending. */
    public int[] articulationPoints() {
        return articulationPoints.clone();
    }

    /** The number of articulation points. */
    public int articulationPointCount() {
        return articulationPoints.length;
    }

    /**
     * Whether node {@code u} is an articulation point.
     *
     * @throws IndexOutOfBoundsException if {@code u} is not a node of the graph
     */
    public boolean isArticulationPoint(int u) {
        return articulation[u];
    }

    @Override
    public String toString() {
        return "BridgesResult[bridges=" + bridges.length + ", articulationPoints=" + articulationPoints.length
                + ", first bridges=" + Arrays.toString(Arrays.copyOf(bridges, Math.min(5, bridges.length))) + "]";
    }
}
