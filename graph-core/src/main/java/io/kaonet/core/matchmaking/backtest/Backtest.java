package io.kaonet.core.matchmaking.backtest;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.linkprediction.Candidate;
import io.kaonet.core.linkprediction.LinkPrediction;
import io.kaonet.core.linkprediction.LinkPredictionIndex;
import io.kaonet.core.matchmaking.CandidateScores;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.model.TieKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A time-split backtest of matchmaking (Liben-Nowell &amp; Kleinberg 2007): from the network before
 * a date, rank for each actor every actor not yet tied to it, and see how high the partners it
 * actually tied to after the date come. Kaonet's ranking is compared with plain baselines: a random
 * order, common neighbours, Adamic–Adar, resource allocation and preferential attachment.
 *
 * <p>The split is a pair of graphs of one network, e.g. its projections as of two dates: actors
 * are matched by id. A <em>new tie</em> is a pair of actors of the earlier graph, untied there, that
 * the later graph ties by one of {@link Parameters#targetKinds()}. The actors asked about are
 * those with a new tie and at least {@link Parameters#minQueryDegree()} partners before
 * (at most {@link Parameters#maxQueries()}, drawn with the seed). Each is a query: every
 * other actor not tied to it is ranked, equal scores in a seeded random order (the same for every
 * method), and the ranks of its new partners give precision@k, recall@k and the reciprocal rank of
 * the first; the result is their mean over the queries.
 *
 * <p>O(q·(n·t + n + m + S)) time for q queries with t new partners each; the network's analyses for
 * Kaonet once. Results repeat for the same graphs and parameters.
 */
public final class Backtest implements Analysis<BacktestResult> {

    private final CollaborationGraph before;
    private final CollaborationGraph after;
    private final Parameters parameters;
    private volatile Split split;
    private volatile BacktestResult result;

    /**
     * @param before the network before the split date: what the rankings see
     * @param after  the network after it: where the new ties are read
     * @throws NullPointerException if an argument is null
     */
    public Backtest(CollaborationGraph before, CollaborationGraph after, Parameters parameters) {
        this.before = Objects.requireNonNull(before, "before must not be null");
        this.after = Objects.requireNonNull(after, "after must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** The parameters. */
    public Parameters parameters() {
        return parameters;
    }

    /** Kaonet (with {@link Parameters#matchmaking()}) and every baseline, Kaonet first; computed once. */
    @Override
    public BacktestResult compute(Execution execution) {
        BacktestResult r = result;
        if (r == null) {
            synchronized (this) {
                r = result;
                if (r == null) {
                    r = computeOnce(execution);
                    result = r;
                }
            }
        }
        return r;
    }

    private BacktestResult computeOnce(Execution execution) {
        execution.progress().expect(RankingMethod.values().length);
        execution.checkpoint();
        Split s = split();
        List<MethodScore> rows = new ArrayList<>();
        rows.add(evaluate("Kaonet", parameters.matchmaking()));
        execution.step(1);
        for (RankingMethod method : RankingMethod.values()) {
            if (method != RankingMethod.KAONET) {
                rows.add(baseline(method));
                execution.step(1);
            }
        }
        double candidates = 0;
        for (int u : s.queries) {
            candidates += before.nodeCount() - 1 - before.degree(u);
        }
        return new BacktestResult(rows, s.queries.length, s.targetCount, s.qualifying,
                s.queries.length == 0 ? 0 : candidates / s.queries.length, before.edgeCount(), after.edgeCount());
    }

    /** Kaonet's ranking with the given parameters, under a label of its own. */
    public MethodScore evaluate(String label, Matchmaking.Parameters matchmaking) {
        Matchmaking m = new Matchmaking(before, matchmaking);
        double[] w = matchmaking.weights().toArray();
        Split s = split();
        Accumulator acc = new Accumulator(parameters.ks(), parameters.seed());
        double[] score = new double[before.nodeCount()];
        for (int q = 0; q < s.queries.length; q++) {
            CandidateScores scores = m.scores(s.queries[q]);
            for (int v = 0; v < score.length; v++) {
                score[v] = scores.score(v, w);
            }
            acc.add(ranks(s.queries[q], score, s.targets[q]));
        }
        return acc.result(label, RankingMethod.KAONET);
    }

    private MethodScore baseline(RankingMethod method) {
        Split s = split();
        LinkPrediction lp = new LinkPrediction(before);
        Accumulator acc = new Accumulator(parameters.ks(), parameters.seed());
        double[] score = new double[before.nodeCount()];
        for (int q = 0; q < s.queries.length; q++) {
            int u = s.queries[q];
            for (int v = 0; v < score.length; v++) {
                boolean candidate = v != u && !before.adjacent(u, v);
                score[v] = !candidate ? Double.NaN
                        : method == RankingMethod.PREFERENTIAL_ATTACHMENT ? (double) before.degree(u) * before.degree(v)
                        : 0;
            }
            LinkPredictionIndex index = switch (method) {
                case COMMON_NEIGHBOURS -> LinkPredictionIndex.COMMON_NEIGHBOURS;
                case ADAMIC_ADAR -> LinkPredictionIndex.ADAMIC_ADAR;
                case RESOURCE_ALLOCATION -> LinkPredictionIndex.RESOURCE_ALLOCATION;
                default -> null;
            };
            if (index != null) {
                for (Candidate c : lp.candidates(u, index)) {
                    score[c.node()] = c.score(index);
                }
            }
            acc.add(ranks(u, score, s.targets[q]));
        }
        return acc.result(label(method), method);
    }

    static String label(RankingMethod method) {
        return switch (method) {
            case KAONET -> "Kaonet";
            case RANDOM -> "random";
            case COMMON_NEIGHBOURS -> "common neighbours";
            case ADAMIC_ADAR -> "Adamic–Adar";
            case RESOURCE_ALLOCATION -> "resource allocation";
            case PREFERENTIAL_ATTACHMENT -> "preferential attachment";
        };
    }

    /**
     * The rank (1 = first) of each target among the candidates of u: the candidates scoring higher,
     * plus those scoring the same and coming first in the seeded random order. NaN marks non-candidates.
     */
    int[] ranks(int u, double[] score, int[] targets) {
        int[] rank = new int[targets.length];
        long[] targetTie = new long[targets.length];
        for (int i = 0; i < targets.length; i++) {
            rank[i] = 1;
            targetTie[i] = tieBreak(u, targets[i]);
        }
        for (int v = 0; v < score.length; v++) {
            double sv = score[v];
            if (Double.isNaN(sv)) {
                continue;
            }
            long tv = 0;
            boolean tvKnown = false;
            for (int i = 0; i < targets.length; i++) {
                double st = score[targets[i]];
                if (sv > st) {
                    rank[i]++;
                } else if (sv == st && v != targets[i]) {
                    if (!tvKnown) {
                        tv = tieBreak(u, v);
                        tvKnown = true;
                    }
                    if (tv < targetTie[i]) {
                        rank[i]++;
                    }
                }
            }
        }
        return rank;
    }

    /**
     * The rank of the best-ranked target, the smallest of {@link #ranks}, in O(n) instead of
     * O(n·t): the best-ranked target is the one first in the order (highest score, then the
     * seeded tie order), so only its rank is counted. What a model selection over many candidate
     * weightings needs per actor (the reciprocal rank) without counting every target's rank.
     */
    int bestRank(int u, double[] score, int[] targets) {
        int best = -1;
        long bestTie = 0;
        for (int t : targets) {
            long tie = tieBreak(u, t);
            if (best < 0 || score[t] > score[best] || (score[t] == score[best] && tie < bestTie)) {
                best = t;
                bestTie = tie;
            }
        }
        double st = score[best];
        int rank = 1;
        for (int v = 0; v < score.length; v++) {
            double sv = score[v];
            if (sv > st || (sv == st && v != best && tieBreak(u, v) < bestTie)) {
                rank++;
            }
        }
        return rank;
    }

    private long tieBreak(int u, int v) {
        long z = parameters.seed() ^ (u * 0x9E3779B97F4A7C15L) ^ (v * 0xC2B2AE3D27D4EB4FL);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    Split split() {
        Split s = split;
        if (s == null) {
            synchronized (this) {
                s = split;
                if (s == null) {
                    s = new Split(before, after, parameters);
                    split = s;
                }
            }
        }
        return s;
    }

    /** The network before the split. */
    public CollaborationGraph before() {
        return before;
    }

    /** The network after it. */
    public CollaborationGraph after() {
        return after;
    }

    /** The actors asked about and their new partners, as node indexes of the earlier graph. */
    static final class Split {
        final int[] queries;
        final int[][] targets;
        final int targetCount;
        final int qualifying;

        Split(CollaborationGraph before, CollaborationGraph after, Parameters p) {
            int mask = 0;
            for (var k : p.targetKinds()) {
                mask |= k.bit();
            }
            int[] toBefore = new int[after.nodeCount()];
            for (int x = 0; x < after.nodeCount(); x++) {
                toBefore[x] = before.indexOf(after.id(x)).orElse(-1);
            }
            List<List<Integer>> found = new ArrayList<>();
            for (int u = 0; u < before.nodeCount(); u++) {
                found.add(null);
            }
            for (int e = 0; e < after.edgeCount(); e++) {
                if ((after.edgeKinds(e).mask() & mask) == 0) {
                    continue;
                }
                int a = toBefore[after.edgeLow(e)];
                int b = toBefore[after.edgeHigh(e)];
                if (a < 0 || b < 0 || before.adjacent(a, b)) {
                    continue;
                }
                add(found, a, b);
                add(found, b, a);
            }
            List<Integer> qualified = new ArrayList<>();
            for (int u = 0; u < before.nodeCount(); u++) {
                if (found.get(u) != null && before.degree(u) >= p.minQueryDegree()) {
                    qualified.add(u);
                }
            }
            qualifying = qualified.size();
            int[] chosen = qualified.stream().mapToInt(Integer::intValue).toArray();
            if (chosen.length > p.maxQueries()) {
                SplittableRandom random = new SplittableRandom(p.seed());
                for (int i = 0; i < p.maxQueries(); i++) {
                    int j = i + random.nextInt(chosen.length - i);
                    int t = chosen[i];
                    chosen[i] = chosen[j];
                    chosen[j] = t;
                }
                chosen = Arrays.copyOf(chosen, p.maxQueries());
                Arrays.sort(chosen);
            }
            queries = chosen;
            targets = new int[chosen.length][];
            int total = 0;
            for (int q = 0; q < chosen.length; q++) {
                targets[q] = found.get(chosen[q]).stream().mapToInt(Integer::intValue).sorted().toArray();
                total += targets[q].length;
            }
            targetCount = total;
        }

        private static void add(List<List<Integer>> found, int u, int v) {
            List<Integer> list = found.get(u);
            if (list == null) {
                list = new ArrayList<>();
                found.set(u, list);
            }
            list.add(v);
        }
    }

    /** The per-query measures, their means and their bootstrap intervals. */
    static final class Accumulator {
        private final List<Integer> ks;
        private final List<double[]> precision = new ArrayList<>();
        private final List<double[]> recall = new ArrayList<>();
        private final List<Double> reciprocal = new ArrayList<>();
        private final long seed;

        Accumulator(List<Integer> ks, long seed) {
            this.ks = ks;
            this.seed = seed;
        }

        void add(int[] ranks) {
            int best = Integer.MAX_VALUE;
            for (int r : ranks) {
                best = Math.min(best, r);
            }
            reciprocal.add(1.0 / best);
            double[] p = new double[ks.size()];
            double[] r = new double[ks.size()];
            for (int i = 0; i < ks.size(); i++) {
                int k = ks.get(i);
                int hits = 0;
                for (int rank : ranks) {
                    if (rank <= k) {
                        hits++;
                    }
                }
                p[i] = (double) hits / k;
                r[i] = (double) hits / ranks.length;
            }
            precision.add(p);
            recall.add(r);
        }

        double mrr() {
            return mean(reciprocal.stream().mapToDouble(Double::doubleValue).toArray());
        }

        MethodScore result(String label, RankingMethod method) {
            Bootstrap bootstrap = new Bootstrap(reciprocal.size(), seed);
            List<Double> p = new ArrayList<>();
            List<Double> r = new ArrayList<>();
            List<Interval> pi = new ArrayList<>();
            List<Interval> ri = new ArrayList<>();
            for (int i = 0; i < ks.size(); i++) {
                double[] pv = column(precision, i);
                double[] rv = column(recall, i);
                p.add(mean(pv));
                r.add(mean(rv));
                pi.add(bootstrap.interval(pv));
                ri.add(bootstrap.interval(rv));
            }
            double[] rr = reciprocal.stream().mapToDouble(Double::doubleValue).toArray();
            return new MethodScore(label, method, ks, p, r, mean(rr), pi, ri, bootstrap.interval(rr));
        }

        private static double[] column(List<double[]> rows, int i) {
            double[] out = new double[rows.size()];
            for (int q = 0; q < out.length; q++) {
                out[q] = rows.get(q)[i];
            }
            return out;
        }

        private static double mean(double[] values) {
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            return values.length == 0 ? 0 : sum / values.length;
        }
    }

    /**
     * Settings of a {@link Backtest}.
     *
     * @param ks             the cut-offs k of precision@k and recall@k, each at least 1
     * @param targetKinds    a new tie counts as formed when the pair, untied before, is tied after by a
     *                       tie of one of these kinds
     * @param minQueryDegree an actor is asked about when it gained a target tie and had at least this
     *                       many partners before the split (1: it was in the network)
     * @param maxQueries     at most this many actors are asked about, drawn with the seed when more qualify
     * @param seed           seeds the draw of actors, the random baseline and the random order among
     *                       equal scores
     * @param matchmaking    Kaonet's parameters
     */
    public record Parameters(List<Integer> ks, Set<TieKind> targetKinds, int minQueryDegree, int maxQueries,
                                     long seed, Matchmaking.Parameters matchmaking) {

        /** precision and recall at 5, 10 and 20. */
        public static final List<Integer> KS_DEFAULT = List.of(5, 10, 20);
        /** Actors that had at least one partner before the split. */
        public static final int MIN_QUERY_DEGREE_DEFAULT = 1;
        /** Enough for stable means on a regional network; bounds time and tuning memory on a national one. */
        public static final int MAX_QUERIES_DEFAULT = 2_000;
        /** The seed used when none is given. */
        public static final long SEED_DEFAULT = 20010401L;

        /**
         * @throws IllegalArgumentException if ks is empty or holds a value below 1, targetKinds is
         *                                  empty, minQueryDegree is negative or maxQueries below 1
         */
        public Parameters {
            Objects.requireNonNull(ks, "ks must not be null");
            Objects.requireNonNull(targetKinds, "targetKinds must not be null");
            Objects.requireNonNull(matchmaking, "matchmaking must not be null");
            ks = List.copyOf(ks);
            if (ks.isEmpty() || ks.stream().anyMatch(k -> k < 1)) {
                throw new IllegalArgumentException("ks must hold cut-offs of at least 1, was " + ks);
            }
            targetKinds = Set.copyOf(targetKinds);
            if (targetKinds.isEmpty()) {
                throw new IllegalArgumentException("targetKinds must not be empty");
            }
            if (minQueryDegree < 0) {
                throw new IllegalArgumentException("minQueryDegree must not be negative, was " + minQueryDegree);
            }
            if (maxQueries < 1) {
                throw new IllegalArgumentException("maxQueries must be at least 1, was " + maxQueries);
            }
        }

        /** Targets are the matchmaking parameters' collaboration kinds; the other defaults as named. */
        public static Parameters defaults(Matchmaking.Parameters matchmaking) {
            return new Parameters(KS_DEFAULT, matchmaking.collaborationKinds(), MIN_QUERY_DEGREE_DEFAULT,
                    MAX_QUERIES_DEFAULT, SEED_DEFAULT, matchmaking);
        }

        /** These parameters with other matchmaking parameters. */
        public Parameters withMatchmaking(Matchmaking.Parameters value) {
            return new Parameters(ks, targetKinds, minQueryDegree, maxQueries, seed, value);
        }

        /** These parameters with another minimum degree of the actors asked about. */
        public Parameters withMinQueryDegree(int value) {
            return new Parameters(ks, targetKinds, value, maxQueries, seed, matchmaking);
        }
    }
}
