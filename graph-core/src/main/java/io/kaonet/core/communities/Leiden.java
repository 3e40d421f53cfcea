package io.kaonet.core.communities;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Leiden community detection (Traag, Waltman &amp; van Eck 2019, "From Louvain to Leiden:
 * guaranteeing well-connected communities", Sci. Rep. 9:5233), optimising modularity.
 *
 * <p>Each level has three phases. <em>Fast local moving</em>: nodes wait in a queue (initially in
 * a seeded random order); a node moves to the neighbouring or an empty community that raises
 * modularity most, and its neighbours outside that community re-enter the queue. <em>Refinement</em>:
 * inside each community, starting from singletons, every node that is well connected to its
 * community and still alone joins a well-connected sub-community with probability proportional to
 * exp(ΔH/θ) over the non-negative gains ΔH (staying alone is the gain 0). <em>Aggregation</em>: the
 * refined sub-communities become the nodes of the next level, starting in the community that
 * contains them. A level where local moving leaves every node alone ends the run. The run repeats
 * from the partition found until it no longer changes or {@code maxIterations} is reached. All of
 * this is repeated {@code randomStarts} times with random draws from the seed, and the partition of
 * highest modularity is kept (the first on ties).
 *
 * <p>Because the final communities are refined sub-communities, and those are grown only along
 * edges, every community is connected (the paper's γ-connectivity). Results repeat exactly for the
 * same graph and parameters. Quality gains ΔH are in units of edge weight, as in the authors'
 * reference implementation, so θ = 0.01 makes the refinement nearly greedy.
 *
 * <p>Time O(m) per level in practice, times iterations and random starts; memory O(n + m) in flat
 * arrays.
 */
public final class Leiden implements Analysis<CommunityResult> {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph      the graph to partition
     * @param parameters seed, resolution, weighting, randomness, iteration limit
     */
    public Leiden(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** Leiden with the default parameters. */
    public Leiden(CollaborationGraph graph) {
        this(graph, Parameters.DEFAULTS);
    }

    /** Runs the algorithm {@code randomStarts} times and returns the best partition found. */
    @Override
    public CommunityResult compute(Execution execution) {
        return RandomStarts.best(WorkingGraph.of(graph, parameters.weighted()), parameters.seed(),
                parameters.randomStarts(), execution, this::run);
    }

    private CommunityResult run(WorkingGraph base, SplittableRandom random, Execution execution) {
        int[] community = new int[base.n];
        Arrays.setAll(community, u -> u);
        int iterations = 0;
        int levels = 0;
        boolean converged = base.totalWeight == 0;
        while (!converged && iterations < parameters.maxIterations()) {
            execution.checkpoint();
            Run run = new Run(base, random);
            int[] next = run.iterate(community);
            Louvain.renumber(next, Math.max(base.n, 1));
            iterations++;
            levels = run.levels;
            converged = Arrays.equals(next, community);
            community = next;
        }
        Partition partition = Partition.ofBounded(community, Math.max(base.n, 1));
        double q = Modularity.of(graph, partition.array(), partition.count(), parameters.weighted(),
                parameters.resolution());
        return new CommunityResult(partition, q, levels, iterations, converged, parameters.seed());
    }

    /** One iteration of the algorithm: all its levels. */
    private final class Run {
        private final WorkingGraph base;
        private final SplittableRandom random;
        private final double gamma = parameters.resolution();
        private final double theta = parameters.randomness();
        private int levels;

        Run(WorkingGraph base, SplittableRandom random) {
            this.base = base;
            this.random = random;
        }

        /** Returns the community of every base node, starting from {@code initial}. */
        int[] iterate(int[] initial) {
            WorkingGraph g = base;
            int[] p = initial.clone();
            int[] nodeOf = new int[base.n];
            Arrays.setAll(nodeOf, u -> u);
            while (true) {
                moveNodesFast(g, p);
                int count = Louvain.renumber(p, g.n);
                if (count == g.n) {
                    break;
                }
                int[] refined = refine(g, p, count);
                int refinedCount = Louvain.renumber(refined, g.n);
                if (refinedCount == g.n) {
                    // Refinement merged nothing (possible only through exact ties): fall back to the
                    // connected parts of each community, which keeps every aggregate node connected.
                    refined = connectedParts(g, p);
                    refinedCount = Louvain.renumber(refined, g.n);
                    if (refinedCount == g.n) {
                        Arrays.setAll(p, u -> u);
                        break;
                    }
                }
                int[] next = new int[refinedCount];
                for (int v = 0; v < g.n; v++) {
                    next[refined[v]] = p[v];
                }
                for (int u = 0; u < nodeOf.length; u++) {
                    nodeOf[u] = refined[nodeOf[u]];
                }
                g = g.aggregate(refined, refinedCount);
                p = next;
                levels++;
            }
            int[] out = new int[base.n];
            for (int u = 0; u < out.length; u++) {
                out[u] = p[nodeOf[u]];
            }
            return out;
        }

        /** Queue-based local moving; community ids stay below {@code g.n}. */
        private void moveNodesFast(WorkingGraph g, int[] community) {
            int n = g.n;
            double twoM = 2 * g.totalWeight;
            double[] total = new double[n];
            int[] size = new int[n];
            for (int v = 0; v < n; v++) {
                total[community[v]] += g.strength[v];
                size[community[v]]++;
            }
            int[] empty = new int[n];
            int emptyCount = 0;
            for (int c = n - 1; c >= 0; c--) {
                if (size[c] == 0) {
                    empty[emptyCount++] = c;
                }
            }
            int[] queue = Louvain.shuffledNodes(n, random);
            boolean[] queued = new boolean[n];
            Arrays.fill(queued, true);
            int head = 0;
            int queuedCount = n;
            double[] linkWeight = new double[n];
            int[] seen = new int[n];
            Arrays.fill(seen, -1);
            int[] touched = new int[n];
            while (queuedCount > 0) {
                int v = queue[head];
                head = head + 1 == n ? 0 : head + 1;
                queuedCount--;
                queued[v] = false;
                int current = community[v];
                double kv = g.strength[v];
                int nt = 0;
                seen[current] = v;
                linkWeight[current] = 0;
                touched[nt++] = current;
                for (int s = g.offsets[v], end = g.offsets[v + 1]; s < end; s++) {
                    int c = community[g.targets[s]];
                    if (seen[c] != v) {
                        seen[c] = v;
                        linkWeight[c] = 0;
                        touched[nt++] = c;
                    }
                    linkWeight[c] += g.weights[s];
                }
                total[current] -= kv;
                if (--size[current] == 0) {
                    total[current] = 0;
                }
                double factor = gamma * kv / twoM;
                double stay = linkWeight[current] - factor * total[current];
                int best = current;
                double bestGain = stay;
                for (int j = 1; j < nt; j++) {
                    int c = touched[j];
                    double gain = linkWeight[c] - factor * total[c];
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = c;
                    }
                }
                boolean toEmpty = false;
                if (0 > bestGain) {
                    bestGain = 0;
                    toEmpty = true;
                }
                boolean move = bestGain > stay + Louvain.MOVE_MARGIN * kv && (!toEmpty || size[current] > 0);
                if (move && toEmpty) {
                    best = empty[--emptyCount];
                }
                if (!move) {
                    best = current;
                } else if (size[current] == 0) {
                    empty[emptyCount++] = current;
                }
                community[v] = best;
                total[best] += kv;
                size[best]++;
                for (int j = 0; j < nt; j++) {
                    seen[touched[j]] = -1;
                }
                if (move) {
                    for (int s = g.offsets[v], end = g.offsets[v + 1]; s < end; s++) {
                        int u = g.targets[s];
                        if (!queued[u] && community[u] != best) {
                            queued[u] = true;
                            int tail = head + queuedCount;
                            queue[tail >= n ? tail - n : tail] = u;
                            queuedCount++;
                        }
                    }
                }
            }
        }

        /** The refined partition of each community of {@code community} (ids 0..count-1). */
        private int[] refine(WorkingGraph g, int[] community, int count) {
            int n = g.n;
            double twoM = 2 * g.totalWeight;
            double[] communityTotal = new double[count];
            double[] toOwn = new double[n];
            for (int v = 0; v < n; v++) {
                int c = community[v];
                communityTotal[c] += g.strength[v];
                for (int s = g.offsets[v], end = g.offsets[v + 1]; s < end; s++) {
                    if (community[g.targets[s]] == c) {
                        toOwn[v] += g.weights[s];
                    }
                }
            }
            int[] refined = new int[n];
            Arrays.setAll(refined, v -> v);
            double[] refinedTotal = Arrays.copyOf(g.strength, n);
            int[] refinedSize = new int[n];
            Arrays.fill(refinedSize, 1);
            double[] refinedOut = toOwn.clone();
            double[] linkWeight = new double[n];
            int[] seen = new int[n];
            Arrays.fill(seen, -1);
            int[] touched = new int[n];
            double[] gains = new double[n];
            int[] candidate = new int[n];
            for (int v : Louvain.shuffledNodes(n, random)) {
                if (refinedSize[v] != 1 || refined[v] != v) {
                    continue;
                }
                int c = community[v];
                double kv = g.strength[v];
                if (toOwn[v] < gamma * kv * (communityTotal[c] - kv) / twoM) {
                    continue;
                }
                int nt = 0;
                for (int s = g.offsets[v], end = g.offsets[v + 1]; s < end; s++) {
                    int u = g.targets[s];
                    if (community[u] != c) {
                        continue;
                    }
                    int r = refined[u];
                    if (seen[r] != v) {
                        seen[r] = v;
                        linkWeight[r] = 0;
                        touched[nt++] = r;
                    }
                    linkWeight[r] += g.weights[s];
                }
                int candidates = 0;
                double maxGain = 0;
                for (int j = 0; j < nt; j++) {
                    int r = touched[j];
                    seen[r] = -1;
                    double kr = refinedTotal[r];
                    boolean wellConnected = refinedOut[r] >= gamma * kr * (communityTotal[c] - kr) / twoM;
                    double gain = linkWeight[r] - gamma * kv * kr / twoM;
                    if (wellConnected && gain >= 0) {
                        candidate[candidates] = r;
                        gains[candidates++] = gain;
                        maxGain = Math.max(maxGain, gain);
                    }
                }
                if (candidates == 0) {
                    continue;
                }
                // Staying alone is the gain 0; weights exp((gain - max) / θ) avoid overflow.
                double stayWeight = Math.exp(-maxGain / theta);
                double sum = stayWeight;
                for (int j = 0; j < candidates; j++) {
                    sum += Math.exp((gains[j] - maxGain) / theta);
                    gains[j] = sum;
                }
                double pick = random.nextDouble() * sum;
                if (pick < stayWeight) {
                    continue;
                }
                int chosen = candidate[candidates - 1];
                for (int j = 0; j < candidates; j++) {
                    if (pick < gains[j]) {
                        chosen = candidate[j];
                        break;
                    }
                }
                refined[v] = chosen;
                refinedSize[v] = 0;
                refinedTotal[v] = 0;
                refinedSize[chosen]++;
                refinedTotal[chosen] += kv;
                refinedOut[chosen] += toOwn[v] - 2 * linkWeight[chosen];
            }
            return refined;
        }

        /** Each community split into its connected parts. O(n + m). */
        private int[] connectedParts(WorkingGraph g, int[] community) {
            int n = g.n;
            int[] part = new int[n];
            Arrays.fill(part, -1);
            int[] stack = new int[n];
            int parts = 0;
            for (int start = 0; start < n; start++) {
                if (part[start] >= 0) {
                    continue;
                }
                int top = 0;
                stack[top++] = start;
                part[start] = parts;
                while (top > 0) {
                    int v = stack[--top];
                    for (int s = g.offsets[v], end = g.offsets[v + 1]; s < end; s++) {
                        int u = g.targets[s];
                        if (part[u] < 0 && community[u] == community[v]) {
                            part[u] = parts;
                            stack[top++] = u;
                        }
                    }
                }
                parts++;
            }
            return part;
        }
    }

    /**
     * Settings of {@link Leiden}.
     *
     * @param seed          seeds the random node orders and the randomised refinement; the same seed
     *                      gives the same partition
     * @param resolution    γ of the modularity optimised; finite, not negative
     * @param weighted      whether edge weights count
     * @param randomness    θ &gt; 0 of the refinement: a node joins a sub-community with probability
     *                      proportional to exp(ΔH / θ), ΔH the gain in units of edge weight; small θ
     *                      is nearly greedy
     * @param maxIterations at most this many runs of the whole algorithm, each starting from the
     *                      partition the previous one found; it stops earlier when an iteration
     *                      changes nothing. At least 1.
     * @param randomStarts  independent runs, each with its own random draws from the seed; the
     *                      partition with the highest modularity is kept. At least 1.
     */
    public record Parameters(long seed, double resolution, boolean weighted, double randomness, int maxIterations,
                                   int randomStarts) {

        /** The seed used when none is given. */
        public static final long SEED_DEFAULT = 42L;

        /** θ of Traag et al. (2019) and their reference implementation. */
        public static final double RANDOMNESS_DEFAULT = 0.01;

        /**
         * Two iterations, the default of leidenalg and igraph: later ones rarely add more than a
         * fraction of a percent of modularity and cost as much as the first on large graphs.
         */
        public static final int MAX_ITERATIONS_DEFAULT = 2;

        /** Ten runs, for the reason given at {@link Louvain.Parameters#RANDOM_STARTS_DEFAULT}. */
        public static final int RANDOM_STARTS_DEFAULT = 10;

        /** Seed 42, resolution 1, weighted, θ = 0.01, up to 2 iterations, 10 random starts. */
        public static final Parameters DEFAULTS = new Parameters(SEED_DEFAULT,
                Modularity.Parameters.RESOLUTION_DEFAULT, Modularity.Parameters.WEIGHTED_DEFAULT, RANDOMNESS_DEFAULT,
                MAX_ITERATIONS_DEFAULT, RANDOM_STARTS_DEFAULT);

        /**
         * @throws IllegalArgumentException if the resolution is negative or not finite, the randomness
         *                                  not positive and finite, or maxIterations or
         *                                  randomStarts below 1
         */
        public Parameters {
            Modularity.Parameters.requireResolution(resolution);
            if (!(randomness > 0) || Double.isInfinite(randomness)) {
                throw new IllegalArgumentException("randomness must be a finite number > 0, was " + randomness);
            }
            if (maxIterations < 1) {
                throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
            }
            if (randomStarts < 1) {
                throw new IllegalArgumentException("randomStarts must be at least 1, was " + randomStarts);
            }
        }

        /** The defaults with another seed. */
        public static Parameters seeded(long seed) {
            return DEFAULTS.withSeed(seed);
        }

        /** These settings with another seed. */
        public Parameters withSeed(long newSeed) {
            return new Parameters(newSeed, resolution, weighted, randomness, maxIterations, randomStarts);
        }

        /** These settings with edge weights counted or not. */
        public Parameters withWeighted(boolean newWeighted) {
            return new Parameters(seed, resolution, newWeighted, randomness, maxIterations, randomStarts);
        }

        /** These settings with another resolution. */
        public Parameters withResolution(double newResolution) {
            return new Parameters(seed, newResolution, weighted, randomness, maxIterations, randomStarts);
        }

        /** These settings with another number of random starts. */
        public Parameters withRandomStarts(int starts) {
            return new Parameters(seed, resolution, weighted, randomness, maxIterations, starts);
        }
    }
}
