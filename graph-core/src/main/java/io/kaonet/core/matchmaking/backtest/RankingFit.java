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
 *   its new partners are positive examples, {@link Parameters#negativesPerQuery()} other
 *   candidates drawn with the seed and the strongest rivals by a few anchor orders negative ones;
 *   each example's features are its {@link ScoreParts} on the network before the fit period.
 *   Non-negative, L2-penalised conditional logits ({@link ConditionalLogit}: each actor chooses
 *   its new partners among its candidates), every part alone (preferential attachment's and
 *   Adamic–Adar's orders among them), the built-in weights and blends of anchors with logits are
 *   the candidate weightings; the one with the best cross-validated MRR over the fit period's
 *   actors is the learnt weights (see {@link #learn}). Non-negative weights keep the score a sum of
 *   contributions, each of which can only raise a candidate.</li>
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
        FitResult.Decision decision;
        int k = Parameters.K;
        MethodScore learntRow = rows.get(0);
        execution.step(1);
        if (fs.queries.length < parameters.minQueries() || baselines.queries() < parameters.minQueries()) {
            chosen = Ranking.BUILT_IN;
            decision = FitResult.Decision.TOO_LITTLE_HISTORY;
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
                decision = FitResult.Decision.LEARNT_BEAT_EVERY_OTHER;
                reason = String.format(Locale.ROOT, "The weights learnt from this network's history beat the built-in "
                        + "weights and every baseline on the held-out period (P@%d %.4f, MRR %.4f; next best MRR %.4f).",
                        k, learntRow.precisionAt(k), learntRow.mrr(), bestOther(rows).mrr());
            } else {
                MethodScore best = bestOther(rows);
                chosen = best.method() == RankingMethod.KAONET ? Ranking.BUILT_IN : Ranking.ofBaseline(best.method());
                decision = FitResult.Decision.BEST_OF_THE_OTHERS;
                reason = String.format(Locale.ROOT, "The learnt weights did not beat %s on both P@%d and MRR in the "
                        + "held-out period; %s had the best MRR there (%.4f, P@%d %.4f) and is used.",
                        String.join(", ", unbeaten), k, best.label(), best.mrr(), k, best.precisionAt(k));
            }
        }
        return new FitResult(chosen, reason, decision, learnt.weights(), periods, rows, fs.queries.length, fs.targetCount,
                baselines.queries(), baselines.targets(), learnt.l2(), learnt.validation(), learnt.model(), learnt.models());
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
     * The learnt weights of the fit split: the candidate weighting with the best cross-validated
     * mean reciprocal rank over the fit period's actors; the built-in weights when the split has no
     * example of each class.
     *
     * <p><b>Examples.</b> For each actor asked about in the fit period: its new partners (chosen),
     * {@link Parameters#negativesPerQuery()} other candidates drawn with the seed, and the
     * {@link Parameters#HARD_NEGATIVES_PER_ANCHOR} strongest other candidates by each anchor (the
     * rivals that decide the top of a ranking, which a uniform draw rarely holds).
     *
     * <p><b>Candidate weightings.</b> The conditional logit at each penalty of the grid; the
     * anchors — the preferential-attachment order (the activity part alone), the shared-partner
     * order (the structural part alone, Adamic–Adar by default) and the built-in weights — as they
     * are; and each anchor blended with each logit, (1 − α)·a/σ<sub>a</sub> + α·w/σ<sub>w</sub> for
     * α in {@link #BLEND_SHARES} (σ the spread of the weighting's score over the examples, so that
     * α is the share of the blend's spread each side brings). Every one is a non-negative weight per
     * part, so the drivers of a candidate stay the parts of its score. The anchors make the fit
     * at least as good as the best of those orders on the fit period; the blends and the strongest
     * rivals among the examples align it with the top of the ranking, which the likelihood alone
     * does not target.
     *
     * <p><b>Choice.</b> Grouped cross-validation over the actors asked about: each logit is fitted
     * on all folds but one, and every candidate weighting ranks every candidate of the actors of
     * the fold left out; the weighting with the best mean reciprocal rank (the first in the order
     * above on a tie) is refitted on every actor. Only the fit period is read, so the held-out
     * period still judges a ranking it never saw.
     *
     * <p>Polls {@code execution} between actors and between the models of the cross-validation.
     */
    Learnt learn(Backtest fitSplit, Execution execution) {
        Backtest.Split s = fitSplit.split();
        Matchmaking.Parameters builtIn = parameters.backtest().matchmaking();
        Matchmaking m = new Matchmaking(fitBefore, builtIn);
        SplittableRandom random = new SplittableRandom(parameters.backtest().seed());
        double[][] anchors = anchors(builtIn.weights());
        int[] blended = blendAnchors();
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        int n = fitBefore.nodeCount();
        double[] score = new double[n];
        for (int q = 0; q < s.queries.length; q++) {
            execution.checkpoint();
            CandidateScores scores = m.scores(s.queries[q]);
            groups.add(x.size());
            boolean[] taken = new boolean[n];
            for (int t : s.targets[q]) {
                taken[t] = true;
                x.add(scores.parts(t).toArray());
                y.add(true);
            }
            List<Integer> others = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                if (scores.isCandidate(v) && !taken[v]) {
                    others.add(v);
                }
            }
            int draw = Math.min(parameters.negativesPerQuery(), others.size());
            for (int i = 0; i < draw; i++) {
                int j = i + random.nextInt(others.size() - i);
                int v = others.get(j);
                others.set(j, others.get(i));
                others.set(i, v);
                taken[v] = true;
                x.add(scores.parts(v).toArray());
                y.add(false);
            }
            for (int a : blended) {
                for (int v = 0; v < n; v++) {
                    score[v] = scores.score(v, anchors[a]);
                }
                for (int v : top(score, Parameters.HARD_NEGATIVES_PER_ANCHOR, taken)) {
                    taken[v] = true;
                    x.add(scores.parts(v).toArray());
                    y.add(false);
                }
            }
        }
        if (!y.contains(true) || !y.contains(false)) {
            return new Learnt(builtIn.weights(), Double.NaN, Map.of(), "the built-in weights (nothing to learn from)",
                    Map.of());
        }
        double[][] rows = x.toArray(new double[0][]);
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        int[] starts = groups.stream().mapToInt(Integer::intValue).toArray();
        List<Double> grid = parameters.l2Grid();
        int folds = Math.min(parameters.folds(), s.queries.length);
        double[] anchorSpread = new double[anchors.length];
        for (int a = 0; a < anchors.length; a++) {
            anchorSpread[a] = spread(rows, anchors[a]);
        }
        // The candidate weightings, in the order of the tie rule: logits, anchors, blends.
        List<String> names = new ArrayList<>();
        for (double l2 : grid) {
            names.add(Weighting.logit(l2).name());
        }
        for (int a = 0; a < anchors.length; a++) {
            names.add(anchor(a).name());
        }
        for (double l2 : grid) {
            for (int a : blended) {
                for (double alpha : BLEND_SHARES) {
                    names.add(Weighting.blend(a == CandidateScores.PARTS ? null : ScoreParts.NAMES.get(a), l2, alpha).name());
                }
            }
        }
        Map<Double, Double> validation = new LinkedHashMap<>();
        Map<String, Double> models = new LinkedHashMap<>();
        int chosen = 0;
        if (folds >= 2) {
            // logits[g][f]: penalty g fitted without fold f; query q is in fold q % folds.
            double[][][] logits = new double[grid.size()][folds][];
            double[][] logitSpread = new double[grid.size()][folds];
            for (int f = 0; f < folds; f++) {
                int left = f;
                int k = folds;
                Subset train = subset(rows, labels, starts, q -> q % k != left);
                for (int g = 0; g < grid.size(); g++) {
                    execution.checkpoint();
                    logits[g][f] = new ConditionalLogit(train.x, train.chosen, train.starts, grid.get(g)).fit()
                            .coefficients();
                    logitSpread[g][f] = spread(train.x, logits[g][f]);
                }
            }
            double[] reciprocal = new double[names.size()];
            double[][] logitScore = new double[grid.size()][n];
            double[][] anchorScore = new double[anchors.length][n];
            double[] blend = new double[n];
            for (int q = 0; q < s.queries.length; q++) {
                execution.checkpoint();
                int u = s.queries[q];
                int[] targets = s.targets[q];
                CandidateScores scores = m.scores(u);
                for (int g = 0; g < grid.size(); g++) {
                    double[] w = logits[g][q % folds];
                    for (int v = 0; v < n; v++) {
                        logitScore[g][v] = scores.score(v, w);
                    }
                }
                for (int a = 0; a < anchors.length; a++) {
                    for (int v = 0; v < n; v++) {
                        anchorScore[a][v] = a < CandidateScores.PARTS ? scores.part(v, a) : scores.score(v, anchors[a]);
                    }
                }
                int i = 0;
                for (int g = 0; g < grid.size(); g++) {
                    reciprocal[i++] += 1.0 / fitSplit.bestRank(u, logitScore[g], targets);
                }
                for (int a = 0; a < anchors.length; a++) {
                    reciprocal[i++] += 1.0 / fitSplit.bestRank(u, anchorScore[a], targets);
                }
                for (int g = 0; g < grid.size(); g++) {
                    double ls = logitSpread[g][q % folds];
                    for (int a : blended) {
                        for (double alpha : BLEND_SHARES) {
                            double ca = anchorSpread[a] == 0 ? 0 : (1 - alpha) / anchorSpread[a];
                            double cl = ls == 0 ? 0 : alpha / ls;
                            for (int v = 0; v < n; v++) {
                                blend[v] = ca * anchorScore[a][v] + cl * logitScore[g][v];
                            }
                            reciprocal[i++] += 1.0 / fitSplit.bestRank(u, blend, targets);
                        }
                    }
                }
            }
            for (int i = 0; i < names.size(); i++) {
                double mrr = reciprocal[i] / s.queries.length;
                models.put(names.get(i), mrr);
                if (mrr > reciprocal[chosen] / s.queries.length) {
                    chosen = i;
                }
            }
            for (int g = 0; g < grid.size(); g++) {
                validation.put(grid.get(g), models.get(names.get(g)));
            }
        }
        execution.checkpoint();
        // Refit the chosen weighting on every actor of the fit period.
        double[] w;
        double l2;
        int logitCount = grid.size();
        int anchorEnd = logitCount + anchors.length;
        if (chosen < logitCount) {
            l2 = grid.get(chosen);
            w = new ConditionalLogit(rows, labels, starts, l2).fit().coefficients();
        } else if (chosen < anchorEnd) {
            l2 = Double.NaN;
            w = anchors[chosen - logitCount].clone();
        } else {
            int b = chosen - anchorEnd;
            int perPenalty = blended.length * BLEND_SHARES.size();
            l2 = grid.get(b / perPenalty);
            int a = blended[b % perPenalty / BLEND_SHARES.size()];
            double alpha = BLEND_SHARES.get(b % BLEND_SHARES.size());
            double[] logit = new ConditionalLogit(rows, labels, starts, l2).fit().coefficients();
            double ls = spread(rows, logit);
            double ca = anchorSpread[a] == 0 ? 0 : (1 - alpha) / anchorSpread[a];
            double cl = ls == 0 ? 0 : alpha / ls;
            w = new double[logit.length];
            for (int j = 0; j < w.length; j++) {
                w[j] = ca * anchors[a][j] + cl * logit[j];
            }
        }
        // A part that is the same for every example (no keywords, one kind) cannot order candidates: its
        // weight, which an anchor may carry, says nothing, so none is shown.
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            double[] only = new double[w.length];
            only[j] = 1;
            if (spread(rows, only) == 0) {
                w[j] = 0;
            }
            sum += w[j];
        }
        return new Learnt(sum == 0 ? builtIn.weights() : Weights.of(w), l2, validation, names.get(chosen), models);
    }

    /**
     * The parts that anchor blends and choose the strongest rivals among the examples: the
     * preferential-attachment order (activity, the log of the candidate's partners), the
     * shared-partner order (structural: Adamic–Adar by default), and the candidate's activities
     * (participations: with co-participation data, a finer count of its activity than its partners).
     */
    static final List<String> BLEND_PARTS = List.of("activity", "structural", "participations");

    /** The shares of the logit in the blends with an anchor. */
    static final List<Double> BLEND_SHARES = List.of(0.25, 0.5, 0.75);

    /** An anchor: a part alone, or (index {@link CandidateScores#PARTS}) the built-in weights. */
    private static Weighting anchor(int a) {
        return a == CandidateScores.PARTS ? Weighting.builtIn() : Weighting.alone(ScoreParts.NAMES.get(a));
    }

    /** The anchors as weights: each part alone (in the order of {@link ScoreParts#NAMES}), then the built-in weights. */
    private static double[][] anchors(Weights builtIn) {
        double[][] out = new double[CandidateScores.PARTS + 1][];
        for (int j = 0; j < CandidateScores.PARTS; j++) {
            out[j] = new double[CandidateScores.PARTS];
            out[j][j] = 1;
        }
        out[CandidateScores.PARTS] = builtIn.toArray();
        return out;
    }

    /** The anchors blended with the logits: {@link #BLEND_PARTS} alone, then the built-in weights. */
    private static int[] blendAnchors() {
        int[] out = new int[BLEND_PARTS.size() + 1];
        for (int i = 0; i < BLEND_PARTS.size(); i++) {
            out[i] = ScoreParts.NAMES.indexOf(BLEND_PARTS.get(i));
        }
        out[BLEND_PARTS.size()] = CandidateScores.PARTS;
        return out;
    }

    /** The standard deviation of the score w·x over the rows. */
    private static double spread(double[][] rows, double[] w) {
        double sum = 0;
        double sum2 = 0;
        for (double[] r : rows) {
            double s = 0;
            for (int j = 0; j < w.length; j++) {
                s += w[j] * r[j];
            }
            sum += s;
            sum2 += s * s;
        }
        double mean = sum / rows.length;
        return Math.sqrt(Math.max(0, sum2 / rows.length - mean * mean));
    }

    /** Up to k nodes with the highest scores (NaN skipped), none of them already taken; the lower index first on equal scores. */
    private static int[] top(double[] score, int k, boolean[] taken) {
        java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>((a, b) -> score[a] != score[b]
                ? Double.compare(score[a], score[b]) : Integer.compare(b, a));
        for (int v = 0; v < score.length; v++) {
            if (Double.isNaN(score[v]) || taken[v]) {
                continue;
            }
            heap.add(v);
            if (heap.size() > k) {
                heap.poll();
            }
        }
        return heap.stream().mapToInt(Integer::intValue).toArray();
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
     * @param model      the candidate weighting chosen by cross-validation
     * @param models     the cross-validated MRR of every candidate weighting; empty without cross-validation
     */
    record Learnt(Weights weights, double l2, Map<Double, Double> validation, String model,
                  Map<String, Double> models) {
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
        /** The strongest rivals by each anchor added to an actor's examples. */
        public static final int HARD_NEGATIVES_PER_ANCHOR = 20;
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
