package io.kaonet.core.matchmaking.backtest;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.matchmaking.CandidateScores;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.matchmaking.Matchmaking.Parameters.Weights;
import io.kaonet.core.matchmaking.ScoreParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Learns matchmaking weights from a network's own history and decides which ranking the network
 * should use. Three snapshots of one network are given: before the fit period, before the
 * held-out period, and at its end ({@link FitPeriods}).
 *
 * <ol>
 *   <li><b>Fit.</b> For each actor asked about in the fit period (as {@link Backtest} chooses them),
 *   its new partners are positive examples and up to {@link Parameters#negativesPerQuery()}
 *   other candidates, drawn with the seed, negative ones; each example's features are its
 *   {@link ScoreParts} on the network before the fit period. A non-negative, L2-penalised
 *   conditional logit ({@link ConditionalLogit}: each actor chooses its new partners among its
 *   candidates) gives one weight per part: the learnt weights. Non-negative
 *   weights keep the score a sum of contributions, each of which can only raise a candidate.</li>
 *   <li><b>Judgement.</b> On the held-out period, from the network before it, the learnt weights,
 *   the built-in weights and every baseline are backtested ({@link Backtest}, with bootstrap
 *   intervals).</li>
 *   <li><b>Choice.</b> The learnt weights are used only when they beat the built-in weights and
 *   every baseline on both precision at {@link Parameters#K} and MRR; otherwise the ranking with
 *   the best MRR among the built-in weights and the baselines (the random order excepted; ties by
 *   precision) is used. With fewer than {@link Parameters#minQueries()} actors asked about in
 *   either period the history is too short to judge, and the built-in weights are kept.</li>
 * </ol>
 *
 * <p>O(q·(n + m + S)) for the parts of the fit queries, O(s·d·N) for the model (N examples,
 * d parts, s sweeps), then a backtest of the held-out period for every ranking. Results repeat for
 * the same graphs and parameters.
 */
public final class RankingFit implements Analysis<FitResult> {

    private final CollaborationGraph fitBefore;
    private final CollaborationGraph heldOutBefore;
    private final CollaborationGraph end;
    private final FitPeriods periods;
    private final Parameters parameters;

    /**
     * @param fitBefore     the network before the fit period
     * @param heldOutBefore the network before the held-out period (the end of the fit period)
     * @param end           the network at the end of the held-out period
     * @param periods       the dates of the periods, kept as provenance
     * @throws NullPointerException if an argument is null
     */
    public RankingFit(CollaborationGraph fitBefore, CollaborationGraph heldOutBefore, CollaborationGraph end,
                      FitPeriods periods, Parameters parameters) {
        this.fitBefore = Objects.requireNonNull(fitBefore, "fitBefore must not be null");
        this.heldOutBefore = Objects.requireNonNull(heldOutBefore, "heldOutBefore must not be null");
        this.end = Objects.requireNonNull(end, "end must not be null");
        this.periods = Objects.requireNonNull(periods, "periods must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** Fits, judges and chooses. */
    @Override
    public FitResult compute(Execution execution) {
        return compute(new Backtest(heldOutBefore, end, parameters.backtest()), execution);
    }

    /**
     * Fits, judges and chooses, judging on a held-out backtest the caller already holds (its
     * computed result is reused, so that a report that shows the held-out split does not compute it
     * twice).
     *
     * @param heldOut the backtest of the held-out split: {@code heldOutBefore} against {@code end}
     *                with these parameters' backtest settings
     * @throws IllegalArgumentException if it is not a backtest of those graphs with those settings
     */
    public FitResult compute(Backtest heldOut) {
        return compute(heldOut, Execution.UNMONITORED);
    }

    /**
     * {@link #compute(Backtest)}, polling {@code execution}: two steps (learning the weights, judging
     * them) besides the held-out backtest's own.
     *
     * @throws IllegalArgumentException as {@link #compute(Backtest)}
     */
    public FitResult compute(Backtest heldOut, Execution execution) {
        Objects.requireNonNull(heldOut, "heldOut must not be null");
        execution.progress().expect(2);
        Backtest.Parameters bp = parameters.backtest();
        if (heldOut.before() != heldOutBefore || heldOut.after() != end || !heldOut.parameters().equals(bp)) {
            throw new IllegalArgumentException("heldOut must backtest heldOutBefore against end with the fit's settings");
        }
        Matchmaking.Parameters builtIn = bp.matchmaking();
        Backtest fitSplit = new Backtest(fitBefore, heldOutBefore, bp);
        Backtest.Split fs = fitSplit.split();
        execution.checkpoint();
        Weights learnt = learn(fitSplit);
        execution.step(1);

        BacktestResult baselines = heldOut.compute(execution);
        List<MethodScore> rows = new ArrayList<>();
        rows.add(heldOut.evaluate(label(Ranking.LEARNT), Ranking.LEARNT.parameters(builtIn, learnt)));
        rows.add(baselines.scores().get(0).withLabel(label(Ranking.BUILT_IN)));
        rows.addAll(baselines.scores().subList(1, baselines.scores().size()));

        Ranking chosen;
        String reason;
        int k = Parameters.K;
        MethodScore learntRow = rows.get(0);
        execution.step(1);
        if (fs.queries.length < parameters.minQueries() || baselines.queries() < parameters.minQueries()) {
            chosen = Ranking.BUILT_IN;
            reason = String.format(Locale.ROOT, "Too little history to judge a learnt ranking: %d actors gained a tie "
                    + "in the fit period and %d in the held-out period (at least %d each are needed); the built-in "
                    + "weights are used.", fs.queries.length, baselines.queries(), parameters.minQueries());
        } else {
            List<String> unbeaten = new ArrayList<>();
            for (MethodScore other : rows.subList(1, rows.size())) {
                if (!(learntRow.precisionAt(k) > other.precisionAt(k) && learntRow.mrr() > other.mrr())) {
                    unbeaten.add(other.label());
                }
            }
            if (unbeaten.isEmpty()) {
                chosen = Ranking.LEARNT;
                reason = String.format(Locale.ROOT, "The weights learnt from this network's history beat the built-in "
                        + "weights and every baseline on the held-out period (P@%d %.4f, MRR %.4f; next best MRR %.4f).",
                        k, learntRow.precisionAt(k), learntRow.mrr(), bestOther(rows).mrr());
            } else {
                MethodScore best = bestOther(rows);
                chosen = best.method() == RankingMethod.KAONET ? Ranking.BUILT_IN : Ranking.ofBaseline(best.method());
                reason = String.format(Locale.ROOT, "The learnt weights did not beat %s on both P@%d and MRR in the "
                        + "held-out period; %s had the best MRR there (%.4f, P@%d %.4f) and is used.",
                        String.join(", ", unbeaten), k, best.label(), best.mrr(), k, best.precisionAt(k));
            }
        }
        return new FitResult(chosen, reason, learnt, periods, rows, fs.queries.length, fs.targetCount,
                baselines.queries(), baselines.targets());
    }

    /** The best of the built-in weights and the baselines but the random order: MRR, then precision at K. */
    private static MethodScore bestOther(List<MethodScore> rows) {
        MethodScore best = null;
        for (MethodScore s : rows.subList(1, rows.size())) {
            if (s.method() == RankingMethod.RANDOM) {
                continue;
            }
            if (best == null || s.mrr() > best.mrr()
                    || (s.mrr() == best.mrr() && s.precisionAt(Parameters.K) > best.precisionAt(Parameters.K))) {
                best = s;
            }
        }
        return best;
    }

    /** The label of a ranking in a report. */
    public static String label(Ranking ranking) {
        return switch (ranking) {
            case LEARNT -> "Kaonet, learnt weights";
            case BUILT_IN -> "Kaonet, built-in weights";
            default -> Backtest.label(ranking.method());
        };
    }

    /** The learnt weights of the fit split; the built-in ones when it has no example of each class. */
    Weights learn(Backtest fitSplit) {
        Backtest.Split s = fitSplit.split();
        Matchmaking.Parameters builtIn = parameters.backtest().matchmaking();
        Matchmaking m = new Matchmaking(fitBefore, builtIn);
        SplittableRandom random = new SplittableRandom(parameters.backtest().seed());
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        int n = fitBefore.nodeCount();
        for (int q = 0; q < s.queries.length; q++) {
            CandidateScores scores = m.scores(s.queries[q]);
            groups.add(x.size());
            boolean[] target = new boolean[n];
            for (int t : s.targets[q]) {
                target[t] = true;
                x.add(scores.parts(t).toArray());
                y.add(true);
            }
            List<Integer> others = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                if (scores.isCandidate(v) && !target[v]) {
                    others.add(v);
                }
            }
            int draw = Math.min(parameters.negativesPerQuery(), others.size());
            for (int i = 0; i < draw; i++) {
                int j = i + random.nextInt(others.size() - i);
                int v = others.get(j);
                others.set(j, others.get(i));
                others.set(i, v);
                x.add(scores.parts(v).toArray());
                y.add(false);
            }
        }
        if (!y.contains(true) || !y.contains(false)) {
            return builtIn.weights();
        }
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        ConditionalLogit.Fit fit = new ConditionalLogit(x.toArray(new double[0][]), labels,
                groups.stream().mapToInt(Integer::intValue).toArray(), parameters.l2()).fit();
        double[] w = fit.coefficients();
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        return sum == 0 ? builtIn.weights() : Weights.of(w);
    }

    /**
     * Settings of a {@link RankingFit}.
     *
     * @param backtest          how both periods are backtested; its matchmaking parameters hold the
     *                          built-in weights; its cut-offs must include {@link #K}
     * @param negativesPerQuery candidates drawn as negative examples per actor asked about, at least 1
     * @param l2                the penalty on the weights, at least 0
     * @param minQueries        fewer actors asked about in a period than this, and no learnt ranking is used
     */
    public record Parameters(Backtest.Parameters backtest, int negativesPerQuery, double l2, int minQueries) {

        /** The cut-off the choice compares precision at. */
        public static final int K = 10;
        /** Enough negatives to estimate each weight; few enough that the fit is cheap next to the backtest. */
        public static final int NEGATIVES_PER_QUERY_DEFAULT = 100;
        /** A light penalty: it only keeps weights finite when a part separates the classes. */
        public static final double L2_DEFAULT = 1.0;
        /** At least this many actors asked about in each period. */
        public static final int MIN_QUERIES_DEFAULT = 20;

        /** @throws IllegalArgumentException if a value is out of range or the cut-offs lack {@link #K} */
        public Parameters {
            Objects.requireNonNull(backtest, "backtest must not be null");
            if (!backtest.ks().contains(K)) {
                throw new IllegalArgumentException("the backtest's cut-offs must include " + K + ", were " + backtest.ks());
            }
            if (negativesPerQuery < 1) {
                throw new IllegalArgumentException("negativesPerQuery must be at least 1, was " + negativesPerQuery);
            }
            if (!(l2 >= 0) || Double.isInfinite(l2)) {
                throw new IllegalArgumentException("l2 must be finite and not negative, was " + l2);
            }
            if (minQueries < 1) {
                throw new IllegalArgumentException("minQueries must be at least 1, was " + minQueries);
            }
        }

        /** The defaults around a backtest's settings. */
        public static Parameters defaults(Backtest.Parameters backtest) {
            return new Parameters(backtest, NEGATIVES_PER_QUERY_DEFAULT, L2_DEFAULT, MIN_QUERIES_DEFAULT);
        }
    }
}
