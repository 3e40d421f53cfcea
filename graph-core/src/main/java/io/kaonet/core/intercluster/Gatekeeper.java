package io.kaonet.core.intercluster;

/**
 * A member of a cluster with ties outside it.
 *
 * @param node                the member
 * @param externalPartners    its partners that are not members of the cluster
 * @param internalPartners    its partners that are members of the cluster
 * @param clustersReached     how many other clusters its external partners belong to
 * @param gatekeeperPairs     Gould–Fernandez gatekeeper count with the cluster against the rest as the
 *                            two groups: pairs {@code a → member → c} with {@code a} outside and
 *                            {@code c} inside (and no arc {@code a → c}); 0 when roles were not counted
 * @param representativePairs the representative count: {@code a} inside, {@code c} outside
 */
public record Gatekeeper(int node, int externalPartners, int internalPartners, int clustersReached,
                         long gatekeeperPairs, long representativePairs) {

    /** @throws IllegalArgumentException if a count is negative or there is no external partner */
    public Gatekeeper {
        if (externalPartners < 1 || internalPartners < 0 || clustersReached < 0 || gatekeeperPairs < 0
                || representativePairs < 0) {
            throw new IllegalArgumentException("a gatekeeper needs an external partner and counts that are not "
                    + "negative");
        }
    }
}
