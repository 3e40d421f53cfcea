package io.kaonet.core.linkprediction;

import java.util.Objects;

/**
 * A node not yet tied to the actor asked about, with the scores of the pair.
 *
 * @param node   the candidate's node index
 * @param scores every index for (actor, candidate)
 */
public record Candidate(int node, PairScores scores) {

    /** @throws NullPointerException if scores is null */
    public Candidate {
        Objects.requireNonNull(scores, "scores must not be null");
    }

    /** The value of one index. */
    public double score(LinkPredictionIndex index) {
        return scores.get(index);
    }
}
