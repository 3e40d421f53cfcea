package io.kaonet.core.bridges;

/**
 * A local bridge: an edge whose ends have no neighbour in common.
 *
 * @param edge the edge id
 * @param low  the lower-numbered end
 * @param high the higher-numbered end
 * @param span the distance between the ends once the edge is removed (at least 3), or
 *             {@link #INFINITE_SPAN} when the edge is a bridge
 */
public record LocalBridge(int edge, int low, int high, int span) {

    /** The span of a bridge: removing it leaves its ends unconnected. */
    public static final int INFINITE_SPAN = Integer.MAX_VALUE;

    /**
     * @throws IllegalArgumentException if {@code low >= high} or {@code span < 3}
     */
    public LocalBridge {
        if (low >= high) {
            throw new IllegalArgumentException("low end must be below high end, were " + low + " and " + high);
        }
        if (span < 3) {
            throw new IllegalArgumentException("a local bridge spans at least 3, was " + span);
        }
    }

    /** Whether the edge is a bridge (infinite span). */
    public boolean isBridge() {
        return span == INFINITE_SPAN;
    }

    /** The span as a double: {@link Double#POSITIVE_INFINITY} for a bridge. */
    public double spanAsDouble() {
        return isBridge() ? Double.POSITIVE_INFINITY : span;
    }
}
