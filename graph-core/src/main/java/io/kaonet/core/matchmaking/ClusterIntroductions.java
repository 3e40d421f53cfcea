package io.kaonet.core.matchmaking;

import java.util.List;
import java.util.Objects;

/**
 * A cluster's next introductions: the best pairs of its members not yet tied, and for every member
 * firm outside the main component the best partners inside it.
 *
 * @param clusterId the cluster
 * @param members   its members in the graph
 * @param pairs     the best pairs, highest score first; a pair's score is the mean of its score from
 *                  either side, and {@link MatchCandidate#actor()} is the side with the higher score
 * @param isolated  member firms outside the main component, fewest partners first, with their bridges
 */
public record ClusterIntroductions(String clusterId, int members, List<MatchCandidate> pairs,
                                   List<IsolatedFirm> isolated) {

    /** @throws NullPointerException if a component is null */
    public ClusterIntroductions {
        Objects.requireNonNull(clusterId, "clusterId must not be null");
        pairs = List.copyOf(pairs);
        isolated = List.copyOf(isolated);
    }

    /**
     * A member firm outside the main component and the best actors in the main component to
     * introduce it to.
     *
     * @param firm     the firm
     * @param partners how many partners it has now (0 for an isolate)
     * @param bridges  the best candidates inside the main component, highest score first
     */
    public record IsolatedFirm(Contact firm, int partners, List<MatchCandidate> bridges) {

        /** @throws NullPointerException if a component is null */
        public IsolatedFirm {
            Objects.requireNonNull(firm, "firm must not be null");
            bridges = List.copyOf(bridges);
        }
    }
}
