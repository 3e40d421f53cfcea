package io.kaonet.core.isolation;

import java.util.List;
import java.util.Objects;

/**
 * A partner an isolated firm could be connected to, with what makes it a good pick. Candidates are
 * ranked by, in this order: an existing partner of the firm can introduce them (a path of length 2);
 * they share a cluster and a region with the firm; they share a cluster; they share a region; more
 * partners (a better-connected actor); lower node index. This is a plain, explainable heuristic, not
 * the matchmaking engine.
 *
 * @param node           the candidate
 * @param purpose        what the candidate would bring the firm
 * @param introducer     a partner of the firm tied to the candidate (the lowest-numbered one), or
 *                       {@link #NO_INTRODUCER}
 * @param sharedClusters codes of the clusters both belong to, ascending
 * @param sameRegion     whether both have the same known region
 * @param partners       the candidate's number of partners (degree)
 */
public record ConnectionCandidate(int node, CandidatePurpose purpose, int introducer, List<Integer> sharedClusters,
                                  boolean sameRegion, int partners) {

    /** {@link #introducer()} when no partner of the firm is tied to the candidate. */
    public static final int NO_INTRODUCER = -1;

    /**
     * @throws NullPointerException     if {@code purpose} or {@code sharedClusters} is null
     * @throws IllegalArgumentException if a node index or the partner count is negative
     */
    public ConnectionCandidate {
        Objects.requireNonNull(purpose, "purpose must not be null");
        sharedClusters = List.copyOf(sharedClusters);
        if (node < 0) {
            throw new IllegalArgumentException("node must not be negative, was " + node);
        }
        if (introducer < NO_INTRODUCER) {
            throw new IllegalArgumentException("introducer must be a node or -1, was " + introducer);
        }
        if (partners < 0) {
            throw new IllegalArgumentException("partners must not be negative, was " + partners);
        }
    }

    /** Whether a partner of the firm is tied to the candidate and could introduce them. */
    public boolean hasIntroducer() {
        return introducer != NO_INTRODUCER;
    }

    /** Whether the candidate and the firm are members of a common cluster. */
    public boolean sharesCluster() {
        return !sharedClusters.isEmpty();
    }
}
