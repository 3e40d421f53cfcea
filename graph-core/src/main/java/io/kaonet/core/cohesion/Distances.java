package io.kaonet.core.cohesion;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Mean shortest-path length and diameter of the unweighted graph, exact or sampled.
 *
 * <p><b>Exact</b> (when {@code n <= exactNodeLimit}): a breadth-first search from every node, run
 * in parallel over sources with int arrays; O(n·(n + m)) time, O(n) memory per worker. The mean is
 * taken over the ordered pairs {@code (s, t)}, {@code s ≠ t}, with {@code t} reachable from
 * {@code s} (igraph's {@code average_path_length(unconn=TRUE)}; on a connected graph this is
 * NetworkX's {@code average_shortest_path_length}, which refuses disconnected graphs). The diameter
 * is the largest finite distance (igraph's {@code diameter(unconn=TRUE)}; NetworkX's
 * {@code diameter} on a connected graph).
 *
 * <p><b>Sampled</b> (otherwise): searches from {@code sampleSources} sources drawn uniformly
 * without replacement with the seed; O(k·(n + m)). The mean is the ratio estimator
 * {@code Σ_s D_s / Σ_s R_s} (distance sum and reached count per source) with its standard error
 * from the delta method, including the finite-population correction {@code 1 − k/n} (Cochran 1977,
 * <i>Sampling Techniques</i>, §6.3). The diameter is a lower bound: the largest eccentricity found,
 * improved by one more search from the farthest node reached (the "double sweep", Magnien, Latapy
 * &amp; Habib 2009). Results repeat exactly for a seed, whatever the concurrency, because each
 * source's sums are integers kept in their own slot.
 */
public final class Distances implements Analysis<DistancesResult> {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph      the graph to measure
     * @param parameters exact/sampled threshold, sample size, seed and concurrency
     * @throws NullPointerException if an argument is null
     */
    public Distances(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** Runs the searches. */
    @Override
    public DistancesResult compute(Execution execution) {
        int n = graph.nodeCount();
        boolean sampled = n > parameters.exactNodeLimit() && parameters.sampleSources() < n;
        int[] sources = sampled ? sample(n, parameters.sampleSources(), parameters.seed()) : identity(n);
        int k = sources.length;
        long[] sum = new long[k];
        int[] reached = new int[k];
        int[] eccentricity = new int[k];
        int[] farthest = new int[k];
        ParallelLoop.run(k, parameters.concurrency(), execution, () -> new Bfs(graph), (bfs, i) -> {
            bfs.run(sources[i]);
            sum[i] = bfs.sum;
            reached[i] = bfs.reached;
            eccentricity[i] = bfs.eccentricity;
            farthest[i] = bfs.farthest;
        });
        long totalSum = 0;
        long totalReached = 0;
        int diameter = 0;
        int widest = -1;
        for (int i = 0; i < k; i++) {
            totalSum += sum[i];
            totalReached += reached[i];
            if (eccentricity[i] > diameter) {
                diameter = eccentricity[i];
                widest = i;
            }
        }
        double mean = totalReached == 0 ? Double.NaN : (double) totalSum / totalReached;
        double standardError = sampled ? Double.NaN : (totalReached == 0 ? Double.NaN : 0.0);
        if (sampled) {
            if (widest >= 0) {
                Bfs sweep = new Bfs(graph);
                sweep.run(farthest[widest]);
                diameter = Math.max(diameter, sweep.eccentricity);
            }
            if (k >= 2 && totalReached > 0) {
                double squares = 0;
                for (int i = 0; i < k; i++) {
                    double residual = sum[i] - mean * reached[i];
                    squares += residual * residual;
                }
                double meanReached = (double) totalReached / k;
                double variance = (1.0 - (double) k / n) * (squares / (k - 1)) / (k * meanReached * meanReached);
                standardError = Math.sqrt(variance);
            }
        }
        return new DistancesResult(mean, diameter, totalReached, sampled, k, sampled ? parameters.seed() : 0L,
                standardError);
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** {@code k} distinct nodes drawn uniformly by a partial Fisher–Yates shuffle, ascending. */
    static int[] sample(int n, int k, long seed) {
        int[] all = identity(n);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = Arrays.copyOf(all, k);
        Arrays.sort(out);
        return out;
    }

    /** One worker's breadth-first search; distances are reset after each run in O(reached). */
    private static final class Bfs {
        private final CollaborationGraph graph;
        private final int[] dist;
        private final int[] queue;
        long sum;
        int reached;
        int eccentricity;
        int farthest;

        Bfs(CollaborationGraph graph) {
            this.graph = graph;
            this.dist = new int[graph.nodeCount()];
            this.queue = new int[graph.nodeCount()];
            Arrays.fill(dist, -1);
        }

        void run(int source) {
            int head = 0;
            int tail = 0;
            dist[source] = 0;
            queue[tail++] = source;
            long s = 0;
            while (head < tail) {
                int u = queue[head++];
                int du = dist[u];
                s += du;
                for (int slot = graph.rowStart(u), end = graph.rowEnd(u); slot < end; slot++) {
                    int v = graph.neighbour(slot);
                    if (dist[v] < 0) {
                        dist[v] = du + 1;
                        queue[tail++] = v;
                    }
                }
            }
            int last = queue[tail - 1];
            sum = s;
            reached = tail - 1;
            eccentricity = dist[last];
            farthest = last;
            for (int i = 0; i < tail; i++) {
                dist[queue[i]] = -1;
            }
        }
    }

    /**
     * How to measure distances.
     *
     * @param exactNodeLimit search from every node when the graph has at most this many nodes
     * @param sampleSources  the number of sources to sample above the limit (all nodes, so exact,
     *                       when the graph has no more nodes than this)
     * @param seed           the seed for drawing sources
     * @param concurrency    the largest number of worker threads
     */
    public record Parameters(int exactNodeLimit, int sampleSources, long seed, int concurrency) {

        /** Graphs up to this many nodes are measured exactly by default. */
        public static final int DEFAULT_EXACT_NODE_LIMIT = 10_000;
        /** The default number of sampled sources. */
        public static final int DEFAULT_SAMPLE_SOURCES = 1_000;
        /** The default seed. */
        public static final long DEFAULT_SEED = 20_080_401L;

        /**
         * @throws IllegalArgumentException if {@code exactNodeLimit} is negative or
         *                                  {@code sampleSources} or {@code concurrency} is below 1
         */
        public Parameters {
            if (exactNodeLimit < 0) {
                throw new IllegalArgumentException("exact node limit must not be negative, was " + exactNodeLimit);
            }
            if (sampleSources < 1) {
                throw new IllegalArgumentException("sample sources must be at least 1, was " + sampleSources);
            }
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
            }
        }

        /** Exact up to {@link #DEFAULT_EXACT_NODE_LIMIT} nodes, else {@link #DEFAULT_SAMPLE_SOURCES} sources. */
        public static Parameters defaults() {
            return new Parameters(DEFAULT_EXACT_NODE_LIMIT, DEFAULT_SAMPLE_SOURCES, DEFAULT_SEED,
                    ParallelLoop.defaultConcurrency());
        }

        /** Always exact, whatever the size. */
        public static Parameters exact() {
            return new Parameters(Integer.MAX_VALUE, DEFAULT_SAMPLE_SOURCES, DEFAULT_SEED,
                    ParallelLoop.defaultConcurrency());
        }

        /**
         * Always sampled from {@code sources} sources (exact only when the graph has no more nodes).
         *
         * @throws IllegalArgumentException if {@code sources < 1}
         */
        public static Parameters sampled(int sources, long seed) {
            return new Parameters(0, sources, seed, ParallelLoop.defaultConcurrency());
        }

        /** These parameters with another seed. */
        public Parameters withSeed(long newSeed) {
            return new Parameters(exactNodeLimit, sampleSources, newSeed, concurrency);
        }

        /**
         * These parameters with another concurrency.
         *
         * @throws IllegalArgumentException if {@code workers < 1}
         */
        public Parameters withConcurrency(int workers) {
            return new Parameters(exactNodeLimit, sampleSources, seed, workers);
        }
    }
}
