package io.kaonet.core.communities;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte &amp; Lefebvre 2008, "Fast unfolding
 * of communities in large networks", J. Stat. Mech. P10008): greedy modularity optimisation in
 * levels.
 *
 * <p>Each level starts from singletons and sweeps over the nodes, in an order shuffled by the
 * seeded random generator, moving each node to the neighbouring community that raises modularity
 * most (staying put on ties), until a sweep moves nothing; after the first sweep only nodes with
 * a neighbour that moved away are looked at again (Ozaki, Tezuka &amp; Inaba 2016). Then every
 * community becomes a node of a smaller weighted graph (edges summed, inner edges kept as self
 * weight) and the next level runs on it. The algorithm stops when a level merges nothing or after {@code maxLevels} levels.
 *
 * <p>The whole run is repeated {@code randomStarts} times with node orders drawn from the seed, and
 * the partition of highest modularity is kept (the first on ties). Results repeat exactly for the
 * same graph and parameters. Communities found by Louvain may be
 * internally disconnected (Traag et al. 2019); use {@link Leiden} when that matters.
 *
 * <p>Time O(m) per sweep, with few sweeps per level and few levels in practice, times the number
 * of random starts; memory O(n + m)
 * in flat arrays (no maps), so it runs on graphs of millions of nodes.
 */
public final class Louvain implements Analysis<CommunityResult> {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph      the graph to partition
     * @param parameters seed, resolution, weighting, level limit
     */
    public Louvain(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** Louvain with the default parameters. */
    public Louvain(CollaborationGraph graph) {
        this(graph, Parameters.DEFAULTS);
    }

    /** Runs the algorithm {@code randomStarts} times and returns the best partition found. */
    @Override
    public CommunityResult compute(Execution execution) {
        return RandomStarts.best(WorkingGraph.of(graph, parameters.weighted()), parameters.seed(),
                parameters.randomStarts(), execution, this::run);
    }

    private CommunityResult run(WorkingGraph base, SplittableRandom random, Execution execution) {
        double gamma = parameters.resolution();
        WorkingGraph g = base;
        int[] nodeOf = new int[g.n];
        Arrays.setAll(nodeOf, u -> u);
        int levels = 0;
        int sweeps = 0;
        boolean converged = g.totalWeight == 0;
        while (!converged && levels < parameters.maxLevels()) {
            execution.checkpoint();
            int[] community = new int[g.n];
            Arrays.setAll(community, u -> u);
            sweeps += moveNodes(g, community, gamma, random, execution);
            int count = renumber(community, g.n);
            if (count == g.n) {
                converged = true;
                break;
            }
            for (int u = 0; u < nodeOf.length; u++) {
                nodeOf[u] = community[nodeOf[u]];
            }
            g = g.aggregate(community, count);
            levels++;
        }
        Partition partition = Partition.ofBounded(nodeOf, Math.max(g.n, 1));
        double q = Modularity.of(graph, partition.array(), partition.count(), parameters.weighted(), gamma);
        return new CommunityResult(partition, q, levels, sweeps, converged, parameters.seed());
    }

    /**
     * Sweeps in one shuffled order until no node moves; returns the number of sweeps. After the
     * first sweep only nodes with a neighbour that moved away from their community since they were
     * last visited are looked at again (Ozaki, Tezuka &amp; Inaba 2016): the others would find the same
     * best move. A node moves only when the gain beats staying by a margin relative to its
     * strength, so rounding noise cannot make it oscillate.
     */
    static int moveNodes(WorkingGraph g, int[] community, double gamma, SplittableRandom random,
                         Execution execution) {
        int n = g.n;
        double twoM = 2 * g.totalWeight;
        double[] total = Arrays.copyOf(g.strength, n);
        int[] order = shuffledNodes(n, random);
        boolean[] pending = new boolean[n];
        Arrays.fill(pending, true);
        double[] linkWeight = new double[n];
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        int[] touched = new int[n];
        int visit = 0;
        int sweeps = 0;
        int moves;
        do {
            execution.checkpoint();
            moves = 0;
            sweeps++;
            for (int v : order) {
                if (!pending[v]) {
                    continue;
                }
                pending[v] = false;
                if (++visit == Integer.MAX_VALUE) {
                    Arrays.fill(seen, -1);
                    visit = 0;
                }
                int current = community[v];
                double kv = g.strength[v];
                int nt = 0;
                seen[current] = visit;
                linkWeight[current] = 0;
                touched[nt++] = current;
                int rowStart = g.offsets[v];
                int rowEnd = g.offsets[v + 1];
                for (int s = rowStart; s < rowEnd; s++) {
                    int c = community[g.targets[s]];
                    if (seen[c] != visit) {
                        seen[c] = visit;
                        linkWeight[c] = 0;
                        touched[nt++] = c;
                    }
                    linkWeight[c] += g.weights[s];
                }
                total[current] -= kv;
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
                if (best != current && bestGain > stay + MOVE_MARGIN * kv) {
                    community[v] = best;
                    moves++;
                    for (int s = rowStart; s < rowEnd; s++) {
                        int u = g.targets[s];
                        if (community[u] != best) {
                            pending[u] = true;
                        }
                    }
                } else {
                    best = current;
                }
                total[best] += kv;
            }
        } while (moves > 0);
        return sweeps;
    }

    /** Relative margin a move must gain over staying, against rounding noise. */
    static final double MOVE_MARGIN = 1e-12;

    static int[] shuffledNodes(int n, SplittableRandom random) {
        int[] order = new int[n];
        Arrays.setAll(order, u -> u);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Renumbers community ids below {@code bound} to 0..k-1 in order of first node; returns k. */
    static int renumber(int[] community, int bound) {
        int[] map = new int[bound];
        Arrays.fill(map, -1);
        int count = 0;
        for (int u = 0; u < community.length; u++) {
            int c = community[u];
            if (map[c] < 0) {
                map[c] = count++;
            }
            community[u] = map[c];
        }
        return count;
    }

    /**
     * Settings of {@link Louvain}.
     *
     * @param seed       seeds the random node order; the same seed gives the same partition
     * @param resolution γ of the modularity optimised; finite, not negative
     * @param weighted   whether edge weights count
     * @param maxLevels  at most this many aggregation levels, at least 1
     * @param randomStarts independent runs, each with its own node order drawn from the seed; the
     *                   partition with the highest modularity is kept. At least 1.
     */
    public record Parameters(long seed, double resolution, boolean weighted, int maxLevels, int randomStarts) {

        /** The seed used when none is given. */
        public static final long SEED_DEFAULT = 42L;

        /** No practical limit: Louvain stops by itself, usually after a handful of levels. */
        public static final int MAX_LEVELS_DEFAULT = 100;

        /**
         * Ten runs, as in the reference implementation of Waltman &amp; van Eck (2013): one run can stop in
         * a local optimum far below the best (on Padgett's business network, about half of all node
         * orders do), ten rarely all do. Use 1 to time a single run against other tools.
         */
        public static final int RANDOM_STARTS_DEFAULT = 10;

        /** Seed 42, resolution 1, weighted, up to 100 levels, 10 random starts. */
        public static final Parameters DEFAULTS = new Parameters(SEED_DEFAULT,
                Modularity.Parameters.RESOLUTION_DEFAULT, Modularity.Parameters.WEIGHTED_DEFAULT, MAX_LEVELS_DEFAULT,
                RANDOM_STARTS_DEFAULT);

        /**
         * @throws IllegalArgumentException if the resolution is negative or not finite, or maxLevels
         *                                  or randomStarts is below 1
         */
        public Parameters {
            Modularity.Parameters.requireResolution(resolution);
            if (maxLevels < 1) {
                throw new IllegalArgumentException("maxLevels must be at least 1, was " + maxLevels);
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
            return new Parameters(newSeed, resolution, weighted, maxLevels, randomStarts);
        }

        /** These settings with edge weights counted or not. */
        public Parameters withWeighted(boolean newWeighted) {
            return new Parameters(seed, resolution, newWeighted, maxLevels, randomStarts);
        }

        /** These settings with another resolution. */
        public Parameters withResolution(double newResolution) {
            return new Parameters(seed, newResolution, weighted, maxLevels, randomStarts);
        }

        /** These settings with another number of random starts. */
        public Parameters withRandomStarts(int starts) {
            return new Parameters(seed, resolution, weighted, maxLevels, starts);
        }
    }
}
