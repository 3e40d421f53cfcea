package io.kaonet.core.isolation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A firm with at least one isolation reason.
 *
 * @param node          the firm
 * @param reasons       every reason that applies, in declaration order; never empty
 * @param partners      its number of partners (degree)
 * @param coreNumber    its core number
 * @param componentSize the number of actors in its connected component (1 for an isolate)
 * @param candidates    partners it could be connected to, best first: for each purpose its reasons
 *                      call for, up to {@link IsolatedFirms.Parameters#candidatesPerPurpose()} of
 *                      them, purposes in declaration order
 */
public record IsolatedFirm(int node, Set<IsolationReason> reasons, int partners, int coreNumber, int componentSize,
                           List<ConnectionCandidate> candidates) {

    /**
     * @throws NullPointerException     if {@code reasons} or {@code candidates} is null
     * @throws IllegalArgumentException if there is no reason, or a count is out of range
     */
    public IsolatedFirm {
        Objects.requireNonNull(reasons, "reasons must not be null");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an isolated firm needs at least one reason");
        }
        reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
        candidates = List.copyOf(candidates);
        if (partners < 0 || coreNumber < 0 || componentSize < 1) {
            throw new IllegalArgumentException("partners and core number must not be negative and the component "
                    + "must hold the firm, were " + partners + ", " + coreNumber + ", " + componentSize);
        }
    }

    /** Whether this reason applies. */
    public boolean has(IsolationReason reason) {
        return reasons.contains(reason);
    }
}
