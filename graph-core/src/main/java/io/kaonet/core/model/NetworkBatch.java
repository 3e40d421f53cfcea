package io.kaonet.core.model;

import java.util.List;

/**
 * Everything one import brings: validated domain records, written all-or-nothing.
 *
 * <p>Lists are never null. A batch may refer to actors, clusters and activities already stored.
 */
public record NetworkBatch(
        List<Actor> actors,
        List<Tie> ties,
        List<Cluster> clusters,
        List<Membership> memberships,
        List<Activity> activities,
        List<Participation> participations) {

    public NetworkBatch {
        actors = List.copyOf(actors);
        ties = List.copyOf(ties);
        clusters = List.copyOf(clusters);
        memberships = List.copyOf(memberships);
        activities = List.copyOf(activities);
        participations = List.copyOf(participations);
    }

    /** The number of records of all kinds. */
    public int size() {
        return actors.size() + ties.size() + clusters.size() + memberships.size() + activities.size()
                + participations.size();
    }
}
