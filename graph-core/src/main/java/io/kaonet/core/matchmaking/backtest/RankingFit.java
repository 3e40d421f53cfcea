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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
        Learnt learnt = learn(fitSplit, execution);
        execution.step(1);

        BacktestResult baselines = heldOut.compute(execution);
        List<MethodScore> rows = new ArrayList<>();
        rows.add(heldOut.evaluate(label(Ranking.LEARNT), Ranking.LEARNT.parameters(builtIn, learnt.weights())));
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
        return new FitResult(chosen, reason, learnt.weights(), periods, rows, fs.queries.length, fs.targetCount,
                baselines.queries(), baselines.targets(), learnt.l2(), learnt.validation());
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

    /**
     * The learnt weights of the fit split and the penalty chosen for them; the built-in weights when
     * the split has no example of each class.
     *
     * <p>The penalty is chosen by grouped cross-validation over the actors asked about in the fit
     * period: for each penalty of the grid, a model is fitted on all folds but one and ranks every
     * candidate of the actors of the fold left out; the penalty with the best mean reciprocal rank
     * (the larger on a tie) is refitted on every actor. The likelihood rewards parts that tell the
     * chosen partner from a typical candidate, the ranking needs those that tell it from the
     * strongest rivals; a stronger penalty keeps the parts that only explain the former small.
     * Only the fit period is read, so the held-out period still judges a ranking it never saw.
     *
     * <p>Polls {@code execution} between actors and between the models of the cross-validation.
     */
    Learnt learn(Backtest fitSplit, Execution execution) {
        Backtest.Split s = fitSplit.split();
        Matchmaking.Parameters builtIn = parameters.backtest().matchmaking();
        Matchmaking m = new Matchmaking(fitBefore, builtIn);
        SplittableRandom random = new SplittableRandom(parameters.backtest().seed());
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        int n = fitBefore.nodeCount();
        for (int q = 0; q < s.queries.length; q++) {
            execution.checkpoint();
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
            return new Learnt(builtIn.weights(), Double.NaN, Map.of());
        }
        double[][] rows = x.toArray(new double[0][]);
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        int[] starts = groups.stream().mapToInt(Integer::intValue).toArray();
        List<Double> grid = parameters.l2Grid();
        double l2 = grid.get(0);
        Map<Double, Double> validation = new LinkedHashMap<>();
        int folds = Math.min(parameters.folds(), s.queries.length);
        if (grid.size() > 1 && folds >= 2) {
            // weights[g][f]: penalty g fitted without fold f; query q is in fold q % folds.
            double[][][] weights = new double[grid.size()][folds][];
            for (int f = 0; f < folds; f++) {
                int left = f;
                int k = folds;
                Subset train = subset(rows, labels, starts, q -> q % k != left);
                for (int g = 0; g < grid.size(); g++) {
                    execution.checkpoint();
                    weights[g][f] = new ConditionalLogit(train.x, train.chosen, train.starts, grid.get(g)).fit()
                            .coefficients();
                }
            }
            List<Backtest.Accumulator> accumulators = new ArrayList<>();
            for (int g = 0; g < grid.size(); g++) {
                accumulators.add(new Backtest.Accumulator(parameters.backtest().ks(), parameters.backtest().seed()));
            }
            double[] score = new double[n];
            for (int q = 0; q < s.queries.length; q++) {
                execution.checkpoint();
                CandidateScores scores = m.scores(s.queries[q]);
                for (int g = 0; g < grid.size(); g++) {
                    double[] w = weights[g][q % folds];
                    for (int v = 0; v < n; v++) {
                        score[v] = scores.score(v, w);
                    }
                    accumulators.get(g).add(fitSplit.ranks(s.queries[q], score, s.targets[q]));
                }
            }
            double best = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < grid.size(); g++) {
                double mrr = accumulators.get(g).mrr();
                validation.put(grid.get(g), mrr);
                if (mrr >= best) {
                    best = mrr;
                    l2 = grid.get(g);
                }
            }
        }
        execution.checkpoint();
        double[] w = new ConditionalLogit(rows, labels, starts, l2).fit().coefficients();
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        return new Learnt(sum == 0 ? builtIn.weights() : Weights.of(w), l2, validation);
    }

    /** The groups of the rows whose query index passes the test. */
    private static Subset subset(double[][] x, boolean[] chosen, int[] starts, java.util.function.IntPredicate keep) {
        List<double[]> sx = new ArrayList<>();
        List<Boolean> sc = new ArrayList<>();
        List<Integer> ss = new ArrayList<>();
        for (int q = 0; q < starts.length; q++) {
            if (!keep.test(q)) {
                continue;
            }
            ss.add(sx.size());
            int to = q + 1 < starts.length ? starts[q + 1] : x.length;
            for (int i = starts[q]; i < to; i++) {
                sx.add(x[i]);
                sc.add(chosen[i]);
            }
        }
        boolean[] c = new boolean[sc.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = sc.get(i);
        }
        return new Subset(sx.toArray(new double[0][]), c, ss.stream().mapToInt(Integer::intValue).toArray());
    }

    private record Subset(double[][] x, boolean[] chosen, int[] starts) {
    }

    /**
     * Weights learnt from the fit period.
     *
     * @param weights    the weights
     * @param l2         the penalty they were fitted with; NaN when the built-in weights stand in
     * @param validation the cross-validated MRR of each penalty tried, in the order of the grid; empty
     *                   when only one was given
     */
    record Learnt(Weights weights, double l2, Map<Double, Double> validation) {
    }

    /**
     * Settings of a {@link RankingFit}.
     *
     * @param backtest          how both periods are backtested; its matchmaking parameters hold the
     *                          built-in weights; its cut-offs must include {@link #K}
     * @param negativesPerQuery candidates drawn as negative examples per actor asked about, at least 1
     * @param l2Grid            the penalties on the weights to choose from by cross-validation, each
     *                          at least 0; with one, it is used as it is
     * @param folds             the folds of the cross-validation over the fit period's actors, at least 2
     * @param minQueries        fewer actors asked about in a period than this, and no learnt ranking is used
     */
    public record Parameters(Backtest.Parameters backtest, int negativesPerQuery, List<Double> l2Grid, int folds,
                             int minQueries) {

        /** The cut-off the choice compares precision at. */
        public static final int K = 10;
        /** Enough negatives to estimate each weight; few enough that the fit is cheap next to the backtest. */
        public static final int NEGATIVES_PER_QUERY_DEFAULT = 100;
        /**
         * From a light penalty, which only keeps weights finite when a part separates the classes, to
         * one that keeps every weight small unless the data insist, by factors of ten.
         */
        public static final List<Double> L2_GRID_DEFAULT = List.of(1.0, 10.0, 100.0, 1000.0);
        /** Four folds: each model is fitted on three quarters of the fit period's actors. */
        public static final int FOLDS_DEFAULT = 4;
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
            l2Grid = List.copyOf(l2Grid);
            if (l2Grid.isEmpty()) {
                throw new IllegalArgumentException("l2Grid must hold at least one penalty");
            }
            for (double l2 : l2Grid) {
                if (!(l2 >= 0) || Double.isInfinite(l2)) {
                    throw new IllegalArgumentException("every penalty of l2Grid must be finite and not negative, was " + l2);
                }
            }
            if (folds < 2) {
                throw new IllegalArgumentException("folds must be at least 2, was " + folds);
            }
            if (minQueries < 1) {
                throw new IllegalArgumentException("minQueries must be at least 1, was " + minQueries);
            }
        }

        /** The defaults around a backtest's settings. */
        public static Parameters defaults(Backtest.Parameters backtest) {
            return new Parameters(backtest, NEGATIVES_PER_QUERY_DEFAULT, L2_GRID_DEFAULT, FOLDS_DEFAULT,
                    MIN_QUERIES_DEFAULT);
        }
    }
}
