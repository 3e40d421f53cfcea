package io.kaonet.core.matchmaking;

import java.util.Arrays;
import java.util.Objects;

/**
 * The score parts of every node as a candidate for one actor: what {@link Matchmaking} ranks, exposed
 * whole so that a backtest can re-weight the parts without recomputing them. Nodes that cannot be
 * candidates (the actor itself and its partners) have no parts.
 *
 * <p>Memory: {@value #PARTS} doubles per node. Immutable.
 */
public final class CandidateScores {

    /** The number of parts per node. */
    public static final int PARTS = 14;

    private final int actor;
    private final double[] parts;
    private final boolean[] candidate;
    private final double[] constraintAfter;
    private final double constraintBefore;
    private final int[] distance;

    CandidateScores(int actor, double[] parts, boolean[] candidate, double constraintBefore, double[] constraintAfter,
                    int[] distance) {
        this.actor = actor;
        this.distance = distance;
        this.parts = parts;
        this.candidate = candidate;
        this.constraintBefore = constraintBefore;
        this.constraintAfter = constraintAfter;
    }

    /** The actor the parts are for. */
    public int actor() {
        return actor;
    }

    /** The number of nodes of the graph. */
    public int nodeCount() {
        return candidate.length;
    }

    /** Whether {@code v} can be a candidate: neither the actor nor tied to it. */
    public boolean isCandidate(int v) {
        return candidate[v];
    }

    /**
     * The parts of candidate {@code v}.
     *
     * @throws IllegalArgumentException if {@code v} is not a candidate
     */
    public ScoreParts parts(int v) {
        requireCandidate(v);
        return ScoreParts.of(Arrays.copyOfRange(parts, v * PARTS, v * PARTS + PARTS));
    }

    /** One part of candidate {@code v}, by its index in {@link ScoreParts#NAMES}; NaN for a non-candidate. */
    public double part(int v, int index) {
        Objects.checkIndex(index, PARTS);
        return candidate[v] ? parts[v * PARTS + index] : Double.NaN;
    }

    /** Σ weight × part for candidate {@code v}; NaN for a non-candidate. */
    public double score(int v, double[] weights) {
        if (!candidate[v]) {
            return Double.NaN;
        }
        double s = 0;
        int base = v * PARTS;
        for (int i = 0; i < PARTS; i++) {
            s += weights[i] * parts[base + i];
        }
        return s;
    }

    /** The actor's Burt constraint as it is; NaN when it has no partner. */
    public double constraintBefore() {
        return constraintBefore;
    }

    /**
     * The actor's Burt constraint if it were tied to {@code v}, computed exactly.
     *
     * @throws IllegalArgumentException if {@code v} is not a candidate
     */
    public double constraintAfter(int v) {
        requireCandidate(v);
        return constraintAfter[v];
    }

    /** Hops from the actor to {@code v}; -1 when not connected. */
    public int distance(int v) {
        return distance[v];
    }

    private void requireCandidate(int v) {
        Objects.checkIndex(v, candidate.length);
        if (!candidate[v]) {
            throw new IllegalArgumentException("node " + v + " is not a candidate for " + actor
                    + " (the actor itself or already tied to it)");
        }
    }
}
