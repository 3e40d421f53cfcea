package io.kaonet.queries.introductions;

import java.time.LocalDate;

/**
 * Which introductions to read. Null fields do not restrict.
 *
 * @param coordinatorId only this coordinator's introductions (recorded or inferred)
 * @param actorId       only introductions involving this actor
 * @param clusterId     only introductions of which at least one of the two actors is a member of this cluster
 * @param from          only introductions made on this day or later
 * @param to            only introductions made on this day or earlier
 */
public record IntroductionFilter(String coordinatorId, String actorId, String clusterId, LocalDate from, LocalDate to) {

    /** Every introduction. */
    public static final IntroductionFilter ALL = new IntroductionFilter(null, null, null, null, null);

    /**
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public IntroductionFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
    }
}
