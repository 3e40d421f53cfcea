package io.kaonet.core.model;

import java.time.LocalDate;

/**
 * An actor's membership of a cluster project over a period.
 *
 * @param actorId   the member
 * @param clusterId the cluster
 * @param since     first day, or null when unknown
 * @param until     last day, or null while it lasts
 */
public record Membership(String actorId, String clusterId, LocalDate since, LocalDate until) {

    /** @throws IllegalArgumentException on blank ids or dates out of order */
    public Membership {
        Actor.requireText(actorId, "membership actor id");
        Actor.requireText(clusterId, "membership cluster id");
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("membership until " + until + " must not be before since " + since);
        }
    }

    /** Whether the membership holds on the given day. */
    public boolean activeOn(LocalDate day) {
        return (since == null || !since.isAfter(day)) && (until == null || !until.isBefore(day));
    }

    /** The merge key of the stored membership: actor, cluster and start date. */
    public String key() {
        return actorId + "|" + clusterId + "|" + (since == null ? "" : since);
    }
}
