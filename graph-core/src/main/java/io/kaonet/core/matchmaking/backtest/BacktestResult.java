package io.kaonet.core.matchmaking.backtest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The scores of every ranking on one time split, and what the split held.
 *
 * @param scores        one row per ranking, Kaonet first
 * @param queries       the actors asked about
 * @param targets       the new ties to find (each counted once per end asked about)
 * @param qualifying    the actors that qualified before the draw of at most {@code maxQueries}
 * @param candidates    the mean number of candidates per actor asked about (every actor not tied to it)
 * @param beforeEdges   edges of the network before the split
 * @param afterEdges    edges of the network after it
 */
public record BacktestResult(List<MethodScore> scores, int queries, int targets, int qualifying, double candidates,
                             int beforeEdges, int afterEdges) {

    /** Copies the rows. */
    public BacktestResult {
        scores = List.copyOf(scores);
    }

    /** The row of a ranking method (the first with that method). */
    public MethodScore score(RankingMethod method) {
        Objects.requireNonNull(method, "method must not be null");
        return scores.stream().filter(s -> s.method() == method).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(method + " was not evaluated"));
    }

    /**
     * The scores as a Markdown table: one row per ranking, precision and recall per cut-off, then MRR,
     * each with its 95 % bootstrap interval over the actors asked about in brackets.
     */
    public String toMarkdown() {
        StringBuilder s = new StringBuilder("| ranking |");
        List<Integer> ks = scores.get(0).ks();
        StringBuilder rule = new StringBuilder("|---|");
        for (int k : ks) {
            s.append(" P@").append(k).append(" |");
            rule.append("---:|");
        }
        for (int k : ks) {
            s.append(" R@").append(k).append(" |");
            rule.append("---:|");
        }
        s.append(" MRR |\n");
        rule.append("---:|\n");
        s.append(rule);
        for (MethodScore m : scores) {
            s.append("| ").append(m.label()).append(" |");
            for (int i = 0; i < ks.size(); i++) {
                s.append(cell(m.precision().get(i), m.precisionIntervals().get(i)));
            }
            for (int i = 0; i < ks.size(); i++) {
                s.append(cell(m.recall().get(i), m.recallIntervals().get(i)));
            }
            s.append(cell(m.mrr(), m.mrrInterval())).append('\n');
        }
        return s.toString();
    }

    private static String cell(double value, Interval interval) {
        return String.format(Locale.ROOT, " %.4f [%.3f, %.3f] |", value, interval.low(), interval.high());
    }
}
