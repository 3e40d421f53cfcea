package io.kaonet.core.matchmaking;

import io.kaonet.core.model.ActorKind;
import java.util.Objects;
import java.util.Set;

/**
 * Which candidates to consider. Empty sets do not restrict.
 *
 * @param kinds       candidates of these kinds
 * @param industries  candidates in these industries (exact names)
 * @param clusterIds  candidates that are members of any of these clusters
 * @param maxDistance candidates at most this many steps away in the network (at least 2), or
 *                    null for any, including actors in other components
 * @param relation    whether candidates must share a cluster with the actor, must not, or either
 */
public record CandidateFilter(Set<ActorKind> kinds, Set<String> industries, Set<String> clusterIds,
                              Integer maxDistance, ClusterRelation relation) {

    /** No restriction. */
    public static final CandidateFilter NONE = new CandidateFilter(Set.of(), Set.of(), Set.of(), null,
            ClusterRelation.ANY);

    /** @throws IllegalArgumentException if maxDistance is below 2 */
    public CandidateFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        industries = industries == null ? Set.of() : Set.copyOf(industries);
        clusterIds = clusterIds == null ? Set.of() : Set.copyOf(clusterIds);
        relation = relation == null ? ClusterRelation.ANY : relation;
        if (maxDistance != null && maxDistance < 2) {
            throw new IllegalArgumentException("maxDistance must be at least 2 (distance 1 is already tied), was "
                    + maxDistance);
        }
    }

    /** This filter with other kinds. */
    public CandidateFilter withKinds(Set<ActorKind> value) {
        return new CandidateFilter(value, industries, clusterIds, maxDistance, relation);
    }

    /** This filter with another maximum distance. */
    public CandidateFilter withMaxDistance(Integer value) {
        return new CandidateFilter(kinds, industries, clusterIds, value, relation);
    }

    /** This filter with another cluster relation. */
    public CandidateFilter withRelation(ClusterRelation value) {
        return new CandidateFilter(kinds, industries, clusterIds, maxDistance, Objects.requireNonNull(value));
    }

    /** This filter restricted to members of these clusters. */
    public CandidateFilter withClusterIds(Set<String> value) {
        return new CandidateFilter(kinds, industries, value, maxDistance, relation);
    }

    /** How a candidate's clusters relate to the actor's. */
    public enum ClusterRelation {
        /** Either way. */
        ANY,
        /** The candidate shares a cluster with the actor. */
        INSIDE,
        /** The candidate shares no cluster with the actor (an inter-cluster link). */
        ACROSS
    }
}
