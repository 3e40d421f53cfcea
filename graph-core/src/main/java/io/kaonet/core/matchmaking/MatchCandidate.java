package io.kaonet.core.matchmaking;

import java.util.List;
import java.util.Objects;

/**
 * A suggested introduction: an actor, a candidate not yet tied to it, the score, its parts and why.
 *
 * @param actor       the actor the suggestion is for
 * @param candidate   whom to introduce it to
 * @param score       Σ weight × part; higher is better
 * @param parts       the parts of the score
 * @param explanation why, in facts and words
 * @param drivers     the parts that drove the rank under the weights used, largest contribution first
 */
public record MatchCandidate(Contact actor, Contact candidate, double score, ScoreParts parts,
                             Explanation explanation, List<ScoreContribution> drivers) {

    /** @throws NullPointerException if a component is null */
    public MatchCandidate {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(candidate, "candidate must not be null");
        Objects.requireNonNull(parts, "parts must not be null");
        Objects.requireNonNull(explanation, "explanation must not be null");
        drivers = List.copyOf(drivers);
    }
}
