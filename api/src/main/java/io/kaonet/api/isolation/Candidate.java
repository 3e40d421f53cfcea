package io.kaonet.api.isolation;

import io.kaonet.core.isolation.CandidatePurpose;
import java.util.List;

/**
 * A candidate partner of an isolated firm (GraphQL {@code ConnectionCandidate}); {@code actor} and
 * {@code introducer} are resolved in batches by {@link IsolatedFirmsController}.
 *
 * @param actorId        the candidate's id
 * @param introducerId   the id of the firm's partner who can introduce them, or null
 * @param sharedClusters ids of the clusters the firm and the candidate share
 */
public record Candidate(String actorId, CandidatePurpose purpose, String introducerId, List<String> sharedClusters,
                        boolean sameRegion, int partners, String explanation) {

    /** The {@code commonClusters} field, as ids (resolved to Clusters by {@code References}). */
    public List<String> commonClusters() {
        return sharedClusters;
    }
}
