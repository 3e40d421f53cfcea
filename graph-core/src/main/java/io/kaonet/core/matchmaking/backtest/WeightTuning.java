package io.kaonet.core.matchmaking.backtest;

import io.kaonet.core.matchmaking.CandidateScores;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.matchmaking.ScoreParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Chooses matchmaking weights on one time split by coordinate ascent: starting from the given
 * weights with the structural-value weight at 0, each other weight in turn takes the value of
 * {@link #GRID} that maximises the mean reciprocal rank (MRR) on the split (ties keep the current
 * value), until a full round changes nothing or {@code rounds} rounds have run.
 *
 * <p>The structural-value part rewards what a tie is worth to the actor (lower constraint, a way
 * into the main network), not how likely it is, and a backtest can only measure likelihood; so its
 * weight is not maximised but set last, to the largest value of the grid that keeps the MRR within
 * {@link #VALUE_TOLERANCE} of the best found: as much value as the ranking can carry at that cost.
 *
 * <p>Tune on an earlier split and evaluate on a later one; the score parts of every query are
 * computed once (O(q·n) memory), and each trial re-weights them: O(q·n·t) per trial.
 */
public final class WeightTuning {

    /** The values each weight may take. */
    public static final List<Double> GRID = List.of(0.0, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0);
    /** The share of the tuned MRR the structural-value weight may cost. */
    public static final double VALUE_TOLERANCE = 0.05;
    /** At most this many rounds by default. */
    public static final int ROUNDS_DEFAULT = 4;

    private static final int STRUCTURAL_VALUE = ScoreParts.NAMES.indexOf("structuralValue");

    private final Backtest split;
    private final int rounds;

    /**
     * @param split  the split to tune on (its parameters give the start weights and the other settings)
     * @param rounds at most this many rounds, at least 1
     * @throws IllegalArgumentException if rounds is below 1
     */
    public WeightTuning(Backtest split, int rounds) {
        this.split = Objects.requireNonNull(split, "split must not be null");
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        this.rounds = rounds;
    }

    /** Runs the search. */
    public Tuned tune() {
        Matchmaking.Parameters start = split.parameters().matchmaking();
        Backtest.Split s = split.split();
        Matchmaking m = new Matchmaking(split.before(), start);
        List<CandidateScores> scores = new ArrayList<>();
        for (int u : s.queries) {
            scores.add(m.scores(u));
        }
        double[] w = start.weights().toArray();
        double startMrr = mrr(scores, s, w);
        w[STRUCTURAL_VALUE] = 0;
        double best = mrr(scores, s, w);
        List<String> steps = new ArrayList<>();
        int round = 0;
        boolean changed = true;
        while (changed && round < rounds) {
            changed = false;
            round++;
            for (int i = 0; i < w.length; i++) {
                if (i == STRUCTURAL_VALUE) {
                    continue;
                }
                double keep = w[i];
                double bestValue = keep;
                for (double value : GRID) {
                    if (value == keep) {
                        continue;
                    }
                    w[i] = value;
                    double trial = mrr(scores, s, w);
                    if (trial > best) {
                        best = trial;
                        bestValue = value;
                    }
                }
                w[i] = bestValue;
                if (bestValue != keep) {
                    changed = true;
                    steps.add(String.format(Locale.ROOT, "round %d: %s %s → %s, MRR %.4f", round,
                            ScoreParts.NAMES.get(i), keep, bestValue, best));
                }
            }
        }
        double floor = best * (1 - VALUE_TOLERANCE);
        double chosen = 0;
        for (double value : GRID) {
            w[STRUCTURAL_VALUE] = value;
            if (mrr(scores, s, w) >= floor) {
                chosen = value;
            }
        }
        w[STRUCTURAL_VALUE] = chosen;
        double end = mrr(scores, s, w);
        steps.add(String.format(Locale.ROOT, "structural value: largest weight within %.0f %% of MRR %.4f: %s, MRR %.4f",
                100 * VALUE_TOLERANCE, best, w[STRUCTURAL_VALUE], end));
        return new Tuned(Matchmaking.Parameters.Weights.of(w), startMrr, end, round, steps);
    }

    private double mrr(List<CandidateScores> scores, Backtest.Split s, double[] w) {
        Backtest.Accumulator acc = new Backtest.Accumulator(List.of(1), 0);
        double[] score = new double[split.before().nodeCount()];
        for (int q = 0; q < s.queries.length; q++) {
            CandidateScores cs = scores.get(q);
            for (int v = 0; v < score.length; v++) {
                score[v] = cs.score(v, w);
            }
            acc.add(split.ranks(s.queries[q], score, s.targets[q]));
        }
        return acc.mrr();
    }

    /**
     * The outcome of a search.
     *
     * @param weights  the weights found
     * @param startMrr the mean reciprocal rank of the start weights
     * @param mrr      that of the weights found
     * @param rounds   the rounds run
     * @param steps    each change, in order
     */
    public record Tuned(Matchmaking.Parameters.Weights weights, double startMrr, double mrr, int rounds,
                        List<String> steps) {

        /** Copies the steps. */
        public Tuned {
            Objects.requireNonNull(weights, "weights must not be null");
            steps = List.copyOf(steps);
        }
    }
}
