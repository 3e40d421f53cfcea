package io.kaonet.core.linkprediction;

import java.util.Objects;

/**
 * A pair of nodes not tied to each other, with its scores.
 *
 * @param u      the lower node index
 * @param v      the higher node index
 * @param scores every index for the pair
 */
public record ScoredPair(int u, int v, PairScores scores) {

    /** @throws IllegalArgumentException unless u &lt; v */
    public ScoredPair {
        Objects.requireNonNull(scores, "scores must not be null");
        if (u >= v) {
            throw new IllegalArgumentException("a pair is stored low node first, had " + u + ", " + v);
        }
    }

    /** The value of one index. */
    public double score(LinkPredictionIndex index) {
        return scores.get(index);
    }
}
