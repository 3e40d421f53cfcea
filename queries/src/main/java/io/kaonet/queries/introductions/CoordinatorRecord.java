package io.kaonet.queries.introductions;

import java.util.Objects;

/**
 * How one coordinator's introductions turned out.
 *
 * @param coordinatorId            the coordinator
 * @param coordinatorName          its name
 * @param introductions            introductions made
 * @param collaborations           of which became a collaboration
 * @param noCollaboration          of which were recorded as leading to none
 * @param open                     of which have no outcome yet
 * @param collaborationShare       collaborations / introductions
 * @param medianDaysToCollaboration the median number of days from introduction to collaboration, or
 *                                 null when none became one
 */
public record CoordinatorRecord(String coordinatorId, String coordinatorName, int introductions, int collaborations,
                                int noCollaboration, int open, double collaborationShare,
                                Double medianDaysToCollaboration) {

    /** @throws NullPointerException if the coordinator id is null */
    public CoordinatorRecord {
        Objects.requireNonNull(coordinatorId, "coordinatorId must not be null");
    }
}
