package io.kaonet.core.connectivity;

import java.util.Arrays;

/**
 * A minimum set of actors separating two clusters.
 *
 * @param separators    the cut: node indexes, ascending; empty when the clusters are not connected
 * @param firstMembers  members of the first cluster in the graph
 * @param secondMembers members of the second cluster in the graph
 * @param sharedMembers members of both (each one is in the cut)
 * @param connected     whether some path joined the clusters before the cut
 */
public record ClusterSeparationResult(int[] separators, int firstMembers, int secondMembers, int sharedMembers,
                                      boolean connected) {

    /** Copies the cut. */
    public ClusterSeparationResult {
        separators = separators.clone();
    }

    /** The cut: node indexes, ascending (a copy). */
    @Override
    public int[] separators() {
        return separators.clone();
    }

    /** The size of the cut: also the largest number of paths between the clusters that share no actor. */
    public int size() {
        return separators.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterSeparationResult r && Arrays.equals(separators, r.separators)
                && firstMembers == r.firstMembers && secondMembers == r.secondMembers
                && sharedMembers == r.sharedMembers && connected == r.connected;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(separators) + Boolean.hashCode(connected);
    }

    @Override
    public String toString() {
        return "ClusterSeparationResult[separators=" + Arrays.toString(separators) + ", connected=" + connected + "]";
    }
}
