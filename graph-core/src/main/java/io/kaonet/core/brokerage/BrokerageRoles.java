package io.kaonet.core.brokerage;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * Gould &amp; Fernandez brokerage roles (Gould &amp; Fernandez 1989, "Structures of mediation: a formal
 * approach to brokerage in transaction networks", Sociological Methodology 19:89–126) over a
 * grouping of the nodes given by the caller: actor kind, industry, cluster, community.
 *
 * <p>For every broker {@code b} it counts the ordered pairs {@code (a, c)}, {@code a ≠ c}, with
 * arcs {@code a → b} and {@code b → c} and no arc {@code a → c}, split by the groups of {@code a},
 * {@code b} and {@code c} into the five {@link BrokerageRole}s; an undirected tie is two arcs, so
 * on undirected data every unordered pair is counted twice and representative and gatekeeper
 * counts mirror each other. Expected counts, standard deviations and z-scores per node and for the
 * whole network are those of R's {@code sna::brokerage} (Butts, version 2.7): the null model draws
 * every arc independently with the observed density {@code d = m / (n(n-1))}. A z-score whose
 * standard deviation is 0 is NaN (or infinite), as in R. Which groups each broker connects is
 * given on demand by {@link BrokerageResult#groupPairs(int)}.
 *
 * <p>Counting takes O(Σ_u outdeg(u)²) time with one marker array per worker thread (every pair
 * {@code a → b → c} is classified without being enumerated: per in-neighbour {@code a} only the
 * closed pairs {@code a → c} are walked). Expected values take O(g²) for {@code g} groups.
 */
public final class BrokerageRoles implements Analysis<BrokerageResult> {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph the graph to analyse
     * @param parameters the grouping and how to read ties
     */
    public BrokerageRoles(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /**
     * Counts the roles and their expectations; one progress step per node, the termination flag
     * polled every {@link Workers#POLL_EVERY} nodes of a worker.
     */
    @Override
    public BrokerageResult compute(Execution execution) {
        int n = graph.nodeCount();
        Grouping grouping = Grouping.of(n, parameters.groupOf());
        int[] group = grouping.dense;
        Adjacency out = Adjacency.of(graph, parameters.direction(), Adjacency.Lengths.NONE);
        Adjacency in = out.reversed();
        int roles = BrokerageRole.values().length;
        long[] raw = new long[n * roles];
        int threads = Math.max(1, Math.min(parameters.threads(), n));
        execution.progress().expect(n);
        Workers.run(threads, "brokerage", w -> {
            int[] mark = new int[n];
            java.util.Arrays.fill(mark, -1);
            int[] outByGroup = new int[grouping.size()];
            for (int b = w, k = 0; b < n; b += threads, k++) {
                if (k % Workers.POLL_EVERY == 0) {
                    Workers.checkInterrupted("brokerage");
                    execution.step(k == 0 ? 0 : Workers.POLL_EVERY);
                }
                if (out.outDegree(b) == 0 || in.outDegree(b) == 0) {
                    continue;
                }
                count(b, out, in, group, mark, outByGroup, raw, b * roles);
            }
            Workers.reportRest(execution, n, w, threads);
        });
        double density = n < 2 ? Double.NaN : out.arcCount() / ((double) n * (n - 1));
        BrokerageMoments moments = new BrokerageMoments(grouping.sizes(), n, density);
        return new BrokerageResult(raw, grouping, moments, out,
                new BrokerageResult.Metadata(parameters.direction(), grouping.size(), out.arcCount(), density,
                        threads));
    }

    private static void count(int b, Adjacency out, Adjacency in, int[] group, int[] mark, int[] outByGroup,
                              long[] raw, int at) {
        int gb = group[b];
        int outDegree = out.outDegree(b);
        for (int e = out.start[b]; e < out.start[b + 1]; e++) {
            int c = out.target[e];
            mark[c] = b;
            outByGroup[group[c]]++;
        }
        long coordinator = 0;
        long itinerant = 0;
        long representative = 0;
        long gatekeeper = 0;
        long liaison = 0;
        for (int f = in.start[b]; f < in.start[b + 1]; f++) {
            int a = in.target[f];
            int ga = group[a];
            // c runs over b's out-neighbours except a itself and a's own out-neighbours (closed pairs).
            int excluded = 0;
            int excludedInA = 0;
            int excludedInB = 0;
            if (mark[a] == b) {
                excluded++;
                excludedInA++;
                if (ga == gb) {
                    excludedInB++;
                }
            }
            for (int e = out.start[a]; e < out.start[a + 1]; e++) {
                int c = out.target[e];
                if (mark[c] == b) {
                    excluded++;
                    int gc = group[c];
                    if (gc == ga) {
                        excludedInA++;
                    }
                    if (gc == gb) {
                        excludedInB++;
                    }
                }
            }
            long open = outDegree - excluded;
            long inB = outByGroup[gb] - excludedInB;
            if (ga == gb) {
                coordinator += inB;
                representative += open - inB;
            } else {
                long inA = outByGroup[ga] - excludedInA;
                itinerant += inA;
                gatekeeper += inB;
                liaison += open - inA - inB;
            }
        }
        for (int e = out.start[b]; e < out.start[b + 1]; e++) {
            outByGroup[group[out.target[e]]] = 0;
        }
        raw[at] = coordinator;
        raw[at + 1] = itinerant;
        raw[at + 2] = representative;
        raw[at + 3] = gatekeeper;
        raw[at + 4] = liaison;
        raw[at + 5] = coordinator + itinerant + representative + gatekeeper + liaison;
    }

    /**
     * The grouping and reading of ties.
     *
     * @param groupOf the group code of each node (any int; equal codes, same group; e.g.
     *     {@code u -> graph.kind(u).ordinal()}, {@code graph::industryCode} where -1, unknown, is a
     *     group of its own, or a community number)
     * @param direction {@link Direction#DIRECTED} reads the arcs ties carry (the default);
     *     {@link Direction#UNDIRECTED} makes every tie two arcs whatever its kind
     * @param threads worker threads, at least 1
     */
    public record Parameters(IntUnaryOperator groupOf, Direction direction, int threads) {

        /** The default thread count: the processors available to the JVM. */
        public static final int THREADS_DEFAULT = Runtime.getRuntime().availableProcessors();

        /** @throws IllegalArgumentException if threads is below 1 */
        public Parameters {
            Objects.requireNonNull(groupOf, "groupOf must not be null");
            Objects.requireNonNull(direction, "direction must not be null");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }

        /** Groups by {@code groupOf}, reading arcs, on {@link #THREADS_DEFAULT} threads. */
        public static Parameters of(IntUnaryOperator groupOf) {
            return new Parameters(groupOf, Direction.DIRECTED, THREADS_DEFAULT);
        }

        /** Groups by actor kind. */
        public static Parameters byKind(CollaborationGraph graph) {
            return of(u -> graph.kind(u).ordinal());
        }

        /** Groups by industry code; actors of unknown industry (-1) form one group. */
        public static Parameters byIndustry(CollaborationGraph graph) {
            return of(graph::industryCode);
        }

        /** These parameters with another direction. */
        public Parameters withDirection(Direction value) {
            return new Parameters(groupOf, value, threads);
        }

        /** These parameters with another thread count. */
        public Parameters withThreads(int value) {
            return new Parameters(groupOf, direction, value);
        }
    }
}
