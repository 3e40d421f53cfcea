package io.kaonet.core.brokerage;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Shortest-path betweenness of every node (Freeman 1977), computed by Brandes's algorithm: the
 * number of shortest paths between other pairs that pass through the node, each pair's paths
 * sharing one unit (Brandes 2001, "A faster algorithm for betweenness centrality", J. Math.
 * Sociol. 25(2):163–177).
 *
 * <p><b>Readings.</b> {@link Direction#UNDIRECTED} counts every unordered pair once (NetworkX,
 * igraph); {@link Direction#DIRECTED} walks the arcs and counts ordered pairs. Paths are counted in
 * hops, or with each tie's weight (or its inverse) as its length; lengths within a relative
 * 1e-10 of each other count as equal, as in igraph. Normalised values divide by the number of
 * pairs of other nodes, {@code (n-1)(n-2)/2} undirected and {@code (n-1)(n-2)} directed, with
 * {@code n} counting isolates (NetworkX's convention); they are 0 when {@code n < 3}.
 *
 * <p><b>Exact.</b> One single-source search per node, in parallel: worker {@code w} of {@code t}
 * takes sources {@code w, w+t, ...} and sums into its own arrays, so results repeat bit for bit for
 * the same thread count (between thread counts they differ only by rounding). With
 * {@link Parameters#foldDegreeOne()} (undirected exact runs only) trees hanging from the graph are
 * first folded away and counted directly (Baglioni et al. 2012, see {@code docs}), which gives the
 * same values with fewer searches. The searches run on a copy of the adjacency renumbered in
 * breadth-first order, so that a search touches memory that lies close together; in hops they
 * go one level at a time and pull path counts and dependencies from all neighbours, with no
 * per-arc level test (see {@code BrandesWorker}). O(n·m) time unweighted, O(n·(m + n log n))
 * weighted; O(t·n) extra memory.
 *
 * <p><b>Sampled.</b> With {@code pivots = k} sources drawn uniformly without replacement from a
 * seeded generator (Brandes &amp; Pich 2007, "Centrality estimation in large networks", Int. J.
 * Bifurcation and Chaos 17(7):2303–2318), the estimate is {@code n/k} times the pivots'
 * dependencies. It is unbiased; {@link BetweennessResult#standardError(int)} is the standard
 * error of that mean over the pivots, with the finite-population correction {@code (1 - k/n)}, so
 * it is 0 when {@code k = n} (and then the values are the exact ones). Results repeat for a seed
 * and thread count. O(k·m).
 */
public final class Betweenness implements Analysis<BetweennessResult> {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph the graph to measure
     * @param parameters how to read the graph and whether to sample
     * @throws IllegalArgumentException if more pivots are asked for than the graph has nodes
     */
    public Betweenness(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
        if (parameters.sampled() && parameters.pivots() > graph.nodeCount()) {
            throw new IllegalArgumentException("pivots must not exceed the node count " + graph.nodeCount()
                    + ", was " + parameters.pivots());
        }
    }

    /** Exact betweenness in hops on the undirected graph, with the default parameters. */
    public Betweenness(CollaborationGraph graph) {
        this(graph, Parameters.exact());
    }

    /**
     * Computes betweenness; one progress step per single-source search, and the termination flag is
     * polled before each.
     *
     * @throws io.kaonet.core.analysis.AnalysisTerminatedException if the execution's flag stops it
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
     */
    @Override
    public BetweennessResult compute(Execution execution) {
        int n = graph.nodeCount();
        Adjacency adjacency = Adjacency.of(graph, parameters.direction(), parameters.tieLength().lengths);
        boolean undirected = parameters.direction() == Direction.UNDIRECTED;
        double[] raw;
        double[] standardError = null;
        int[] pivots = null;
        int folded = 0;
        int sources;
        if (parameters.sampled()) {
            pivots = drawPivots(n, parameters.pivots(), parameters.seed());
            BrandesWorker total = run(adjacency, null, pivots, null, true, execution);
            int k = pivots.length;
            double perPivot = undirected ? n / 2.0 : n;
            raw = new double[n];
            standardError = new double[n];
            for (int v = 0; v < n; v++) {
                double mean = perPivot * total.sum[v] / k;
                raw[v] = mean;
                if (k < 2) {
                    standardError[v] = k == n ? 0 : Double.NaN;
                    continue;
                }
                double sumSq = perPivot * perPivot * total.sumOfSquares[v];
                double variance = Math.max(0, (sumSq - k * mean * mean) / (k - 1));
                standardError[v] = Math.sqrt(variance / k * (1 - (double) k / n));
            }
            sources = k;
        } else if (undirected && parameters.foldDegreeOne()) {
            DegreeOneFolding folding = DegreeOneFolding.of(adjacency);
            int[] coreSources = sourcesWithArcs(folding.core);
            BrandesWorker total = run(folding.core, folding.weight, coreSources, folding.weight, false, execution);
            raw = folding.treeBetweenness;
            for (int c = 0; c < folding.core.n; c++) {
                raw[folding.original[c]] += total.sum[c] / 2;
            }
            folded = folding.folded;
            sources = coreSources.length;
        } else {
            int[] all = sourcesWithArcs(adjacency);
            BrandesWorker total = run(adjacency, null, all, null, false, execution);
            raw = total.sum;
            if (undirected) {
                for (int v = 0; v < n; v++) {
                    raw[v] /= 2;
                }
            }
            sources = all.length;
        }
        double pairs = (n - 1.0) * (n - 2.0) / (undirected ? 2 : 1);
        double factor = n < 3 ? 0 : 1 / pairs;
        var metadata = new BetweennessResult.Metadata(parameters.direction(), parameters.tieLength(),
                parameters.sampled(), sources, parameters.sampled() ? parameters.seed() : 0, workerCount(sources),
                folded);
        return new BetweennessResult(raw, factor, standardError, pivots, metadata);
    }

    private int workerCount(int sources) {
        return Math.max(1, Math.min(parameters.threads(), sources));
    }

    /**
     * Runs the sources on the workers and returns one worker holding the summed results. The
     * searches run on a copy of the adjacency renumbered in breadth-first order, for locality of
     * memory; the sums are numbered back before they are returned.
     */
    private BrandesWorker run(Adjacency original, double[] originalTargetWeight, int[] originalSources,
                              double[] originalSourceWeight, boolean squares, Execution execution) {
        int[] rank = original.breadthFirstRanks();
        Adjacency adjacency = original.renumbered(rank);
        double[] targetWeight = renumbered(originalTargetWeight, rank);
        double[] sourceWeight = renumbered(originalSourceWeight, rank);
        int[] sources = new int[originalSources.length];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = rank[originalSources[i]];
        }
        int t = workerCount(sources.length);
        execution.progress().expect(sources.length);
        BrandesWorker[] workers = new BrandesWorker[t];
        Workers.run(t, "betweenness", w -> {
            BrandesWorker worker = new BrandesWorker(adjacency, targetWeight, squares);
            for (int i = w; i < sources.length; i += t) {
                Workers.checkInterrupted("betweenness");
                execution.checkpoint();
                int s = sources[i];
                worker.accumulate(s, sourceWeight == null ? 1.0 : sourceWeight[s]);
                execution.progress().advance(1);
            }
            workers[w] = worker;
        });
        BrandesWorker total = workers[0];
        for (int w = 1; w < t; w++) {
            for (int v = 0; v < adjacency.n; v++) {
                total.sum[v] += workers[w].sum[v];
                if (squares) {
                    total.sumOfSquares[v] += workers[w].sumOfSquares[v];
                }
            }
        }
        numberBack(total.sum, rank);
        if (squares) {
            numberBack(total.sumOfSquares, rank);
        }
        return total;
    }

    private static double[] renumbered(double[] values, int[] rank) {
        if (values == null) {
            return null;
        }
        double[] out = new double[values.length];
        for (int u = 0; u < values.length; u++) {
            out[rank[u]] = values[u];
        }
        return out;
    }

    private static void numberBack(double[] values, int[] rank) {
        double[] byRank = values.clone();
        for (int u = 0; u < values.length; u++) {
            values[u] = byRank[rank[u]];
        }
    }

    private static int[] sourcesWithArcs(Adjacency adjacency) {
        int[] out = new int[adjacency.n];
        int count = 0;
        for (int u = 0; u < adjacency.n; u++) {
            if (adjacency.outDegree(u) > 0) {
                out[count++] = u;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** {@code k} distinct nodes drawn uniformly by a partial Fisher–Yates shuffle, ascending. */
    static int[] drawPivots(int n, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] nodes = new int[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int tmp = nodes[i];
            nodes[i] = nodes[j];
            nodes[j] = tmp;
        }
        int[] pivots = Arrays.copyOf(nodes, k);
        Arrays.sort(pivots);
        return pivots;
    }

    /** How long a tie is when counting shortest paths. */
    public enum TieLength {
        /** Every tie has length 1: paths are counted in hops. */
        HOPS(Adjacency.Lengths.NONE),
        /** A tie's weight is its length (a distance or cost; NetworkX's {@code weight=} and igraph's {@code weights=}). */
        WEIGHT(Adjacency.Lengths.WEIGHT),
        /** A tie's length is 1 / its weight, for weights that measure strength (stronger = closer). */
        INVERSE_WEIGHT(Adjacency.Lengths.INVERSE_WEIGHT);

        private final Adjacency.Lengths lengths;

        TieLength(Adjacency.Lengths lengths) {
            this.lengths = lengths;
        }
    }

    /**
     * How to compute betweenness.
     *
     * @param direction how ties are read
     * @param tieLength what a tie's length is
     * @param pivots {@link #ALL_SOURCES} for the exact values, else the number of sampled sources
     * @param seed the seed of the pivot draw (used only when sampling)
     * @param threads worker threads, at least 1
     * @param foldDegreeOne whether to fold degree-one trees first (used only for exact undirected runs;
     *     the values are the same either way)
     */
    public record Parameters(Direction direction, TieLength tieLength, int pivots, long seed, int threads,
                             boolean foldDegreeOne) {

        /** {@link #pivots()} for the exact computation: every node is a source. */
        public static final int ALL_SOURCES = 0;
        /** The default thread count: the processors available to the JVM. */
        public static final int THREADS_DEFAULT = Runtime.getRuntime().availableProcessors();
        /** Folding is on by default: it is exact and saves a search per folded node. */
        public static final boolean FOLD_DEGREE_ONE_DEFAULT = true;

        /**
         * @throws IllegalArgumentException if pivots is negative or threads is below 1
         */
        public Parameters {
            Objects.requireNonNull(direction, "direction must not be null");
            Objects.requireNonNull(tieLength, "tieLength must not be null");
            if (pivots < 0) {
                throw new IllegalArgumentException("pivots must not be negative, was " + pivots);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }

        /** Exact, undirected, in hops, on {@link #THREADS_DEFAULT} threads, folding degree-one trees. */
        public static Parameters exact() {
            return new Parameters(Direction.UNDIRECTED, TieLength.HOPS, ALL_SOURCES, 0, THREADS_DEFAULT,
                    FOLD_DEGREE_ONE_DEFAULT);
        }

        /**
         * Sampled from {@code pivots} sources drawn with {@code seed}; otherwise as {@link #exact()}.
         *
         * @throws IllegalArgumentException if pivots is below 1
         */
        public static Parameters sampled(int pivots, long seed) {
            if (pivots < 1) {
                throw new IllegalArgumentException("a sample needs at least 1 pivot, was " + pivots);
            }
            return new Parameters(Direction.UNDIRECTED, TieLength.HOPS, pivots, seed, THREADS_DEFAULT,
                    FOLD_DEGREE_ONE_DEFAULT);
        }

        /** Whether sources are sampled. */
        public boolean sampled() {
            return pivots != ALL_SOURCES;
        }

        /** These parameters with another direction. */
        public Parameters withDirection(Direction value) {
            return new Parameters(value, tieLength, pivots, seed, threads, foldDegreeOne);
        }

        /** These parameters with another tie length. */
        public Parameters withTieLength(TieLength value) {
            return new Parameters(direction, value, pivots, seed, threads, foldDegreeOne);
        }

        /** These parameters with another thread count. */
        public Parameters withThreads(int value) {
            return new Parameters(direction, tieLength, pivots, seed, value, foldDegreeOne);
        }

        /** These parameters with degree-one folding switched on or off. */
        public Parameters withFoldDegreeOne(boolean value) {
            return new Parameters(direction, tieLength, pivots, seed, threads, value);
        }
    }
}
