package io.kaonet.core.matchmaking;

import java.util.List;
import java.util.Objects;

/**
 * The best candidates for one actor.
 *
 * @param actor      the actor
 * @param candidates the best candidates, highest score first (equal scores in node order)
 * @param eligible   how many actors passed the filter in all (not tied to the actor, not the actor)
 */
public record ActorCandidates(Contact actor, List<MatchCandidate> candidates, int eligible) {

    /** @throws NullPointerException if actor or candidates is null */
    public ActorCandidates {
        Objects.requireNonNull(actor, "actor must not be null");
        candidates = List.copyOf(candidates);
    }
}
