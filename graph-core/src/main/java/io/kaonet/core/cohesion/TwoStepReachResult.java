package io.kaonet.core.cohesion;

/** Two-step reach per node and its mean; see {@link TwoStepReach}. */
public final class TwoStepReachResult {

    private final int[] reach;
    private final int[] degree;
    private final double mean;
    private final int max;

    TwoStepReachResult(int[] reach, int[] degree) {
        this.reach = reach;
        this.degree = degree;
        long sum = 0;
        int best = 0;
        for (int r : reach) {
            sum += r;
            best = Math.max(best, r);
        }
        this.mean = reach.length == 0 ? 0 : (double) sum / reach.length;
        this.max = best;
    }

    /**
     * The number of other nodes at distance 1 or 2 from {@code u}.
     *
     * @throws IndexOutOfBoundsException if {@code u} is not a node
     */
    public int reach(int u) {
        return reach[u];
    }

    /**
     * The number of nodes at distance exactly 2 from {@code u}: faces one introduction away that
     * are not yet partners.
     *
     * @throws IndexOutOfBoundsException if {@code u} is not a node
     */
    public int secondStep(int u) {
        return reach[u] - degree[u];
    }

    /** Two-step reach of every node (a copy). */
    public int[] reachAll() {
        return reach.clone();
    }

    /** The mean two-step reach over all nodes; 0 for an empty graph. */
    public double mean() {
        return mean;
    }

    /** The largest two-step reach; 0 for an empty graph. */
    public int max() {
        return max;
    }
}
