package io.kaonet.core.matchmaking.backtest;

import java.util.List;
import java.util.Objects;

/**
 * How well one ranking predicted the new ties, averaged over the actors asked about.
 *
 * @param label     the ranking's name in a report
 * @param method    the ranking
 * @param ks        the cut-offs
 * @param precision mean precision@k for each k: the share of an actor's top k that it did tie to
 * @param recall    mean recall@k for each k: the share of an actor's new partners found in its top k
 * @param mrr       mean reciprocal rank of an actor's best-ranked new partner
 * @param precisionIntervals 95 % bootstrap interval of each precision (over the actors asked about)
 * @param recallIntervals    the same for each recall
 * @param mrrInterval        the same for the MRR
 */
public record MethodScore(String label, RankingMethod method, List<Integer> ks, List<Double> precision,
                          List<Double> recall, double mrr, List<Interval> precisionIntervals,
                          List<Interval> recallIntervals, Interval mrrInterval) {

    /** @throws IllegalArgumentException unless there is one precision, one recall and their intervals per cut-off */
    public MethodScore {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(mrrInterval, "mrrInterval must not be null");
        ks = List.copyOf(ks);
        precision = List.copyOf(precision);
        recall = List.copyOf(recall);
        precisionIntervals = List.copyOf(precisionIntervals);
        recallIntervals = List.copyOf(recallIntervals);
        if (precision.size() != ks.size() || recall.size() != ks.size() || precisionIntervals.size() != ks.size()
                || recallIntervals.size() != ks.size()) {
            throw new IllegalArgumentException("need one precision, one recall and their intervals per cut-off");
        }
    }

    /** The same scores under another label. */
    public MethodScore withLabel(String value) {
        return new MethodScore(value, method, ks, precision, recall, mrr, precisionIntervals, recallIntervals,
                mrrInterval);
    }

    /** The interval of precision at a cut-off given in {@link #ks()}. */
    public Interval precisionIntervalAt(int k) {
        return precisionIntervals.get(indexOf(k));
    }

    /** Precision at a cut-off given in {@link #ks()}. */
    public double precisionAt(int k) {
        return precision.get(indexOf(k));
    }

    /** Recall at a cut-off given in {@link #ks()}. */
    public double recallAt(int k) {
        return recall.get(indexOf(k));
    }

    private int indexOf(int k) {
        int i = ks.indexOf(k);
        if (i < 0) {
            throw new IllegalArgumentException("k = " + k + " was not evaluated; the cut-offs are " + ks);
        }
        return i;
    }
}
