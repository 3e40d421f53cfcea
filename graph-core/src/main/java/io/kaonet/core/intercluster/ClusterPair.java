package io.kaonet.core.intercluster;

/**
 * Two different clusters, by code, the lower first.
 *
 * @param first  the lower cluster code
 * @param second the higher cluster code
 */
public record ClusterPair(int first, int second) {

    /** @throws IllegalArgumentException unless {@code 0 <= first < second} */
    public ClusterPair {
        if (first < 0 || second <= first) {
            throw new IllegalArgumentException("a cluster pair needs two codes 0 <= first < second, was " + first
                    + ", " + second);
        }
    }

    /** The pair of two different codes in either order. */
    public static ClusterPair of(int a, int b) {
        return new ClusterPair(Math.min(a, b), Math.max(a, b));
    }
}
