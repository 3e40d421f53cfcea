package io.kaonet.api.isolation;

import io.kaonet.core.isolation.IsolationReason;
import java.util.List;
import java.util.Set;

/**
 * An isolated firm as GraphQL {@code IsolatedFirm} shows it; {@code actor} is resolved in a batch.
 *
 * @param actorId the firm's id
 */
public record IsolatedFirmView(String actorId, Set<IsolationReason> reasons, int partners, int coreNumber,
                               int componentSize, List<Candidate> candidates) {
}
