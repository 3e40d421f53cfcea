package io.kaonet.core.model;

/**
 * An actor's part in an activity.
 *
 * @param activityId   the activity
 * @param actorId      the participant
 * @param role         e.g. coordinator, participant, thirdParty, speaker; may be null
 * @param contribution money or effort contributed, or null
 */
public record Participation(String activityId, String actorId, String role, Double contribution) {

    /** @throws IllegalArgumentException on blank ids or a negative contribution */
    public Participation {
        Actor.requireText(activityId, "participation activity id");
        Actor.requireText(actorId, "participation actor id");
        if (contribution != null && (contribution < 0 || contribution.isNaN())) {
            throw new IllegalArgumentException("contribution must not be negative, was " + contribution);
        }
    }

    /** The merge key of the stored participation: activity, actor and role. */
    public String key() {
        return activityId + "|" + actorId + "|" + (role == null ? "" : role);
    }
}
