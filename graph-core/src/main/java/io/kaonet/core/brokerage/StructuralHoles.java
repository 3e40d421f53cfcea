package io.kaonet.core.brokerage;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Arrays;
import java.util.Objects;

/**
 * Burt's structural-hole measures of every node's ego network (Burt 1992, <i>Structural Holes: The
 * Social Structure of Competition</i>, Harvard UP, ch. 2): constraint, effective size, efficiency
 * and hierarchy. A broker spanning holes has low constraint, an effective size close to its
 * number of contacts, and (if its constraint rests on one contact) high hierarchy.
 *
 * <p>With {@code a_ij} the tie value between {@code i} and {@code j} (1, or the tie's weight, or
 * under {@link Direction#DIRECTED} the number of arcs between them, {@code a_ij + a_ji} as igraph
 * and NetworkX 3 read directed graphs), {@code N(i)} the contacts of {@code i},
 * {@code p_ij = a_ij / Σ_k a_ik} and {@code m_jq = a_jq / max_k a_jk}:
 * <ul>
 *   <li>constraint {@code C_i = Σ_{j∈N(i)} c_ij}, {@code c_ij = (p_ij + Σ_{q∈N(i), q≠j} p_iq p_qj)²};</li>
 *   <li>effective size {@code Σ_{j∈N(i)} (1 − Σ_{q∈N(i), q≠j} p_iq m_jq)}, which is
 *       {@code |N(i)| − 2t/|N(i)|} unweighted ({@code t} ties among the contacts);</li>
 *   <li>efficiency: effective size / {@code |N(i)|};</li>
 *   <li>hierarchy {@code H_i = Σ_j r_j ln r_j / (N ln N)} with {@code r_j = c_ij / (C_i/N)},
 *       {@code N = |N(i)|}: 0 when every contact constrains {@code i} equally, 1 when one contact
 *       carries it all. It needs two contacts; below that it is NaN.</li>
 * </ul>
 * These are NetworkX's {@code constraint} and {@code effective_size} (and igraph's
 * {@code constraint}). All four are NaN for an isolate.
 *
 * <p>O(Σ_u deg(u)²) time at most, with one marker array per worker thread (no hashing); a contact
 * with far more ties than the node itself is not walked but searched, O(deg(u)·log deg(q)), which
 * keeps hubs cheap in heavy-tailed networks. Nodes are split
 * among threads and each node's values are computed alone, so results do not depend on the thread
 * count.
 */
public final class StructuralHoles implements Analysis<StructuralHolesResult> {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph the graph to measure
     * @param parameters how to read ties
     * @throws IllegalArgumentException if weights are to be used with a directed reading (the graph
     *     keeps one weight per pair of actors, not one per arc)
     */
    public StructuralHoles(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
        if (parameters.direction() == Direction.DIRECTED && parameters.useWeights() && graph.weighted()) {
            throw new IllegalArgumentException("a directed reading counts arcs and cannot use tie weights: "
                    + "the graph keeps one weight per pair of actors; set useWeights to false");
        }
    }

    /**
     * Computes the four measures for every node; one progress step per node, the termination flag
     * polled every {@link Workers#POLL_EVERY} nodes of a worker.
     */
    @Override
    public StructuralHolesResult compute(Execution execution) {
        int n = graph.nodeCount();
        double[] value = tieValues();
        double[] strength = new double[n];
        double[] strongest = new double[n];
        for (int u = 0; u < n; u++) {
            double sum = 0;
            double max = 0;
            for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
                double a = value == null ? 1.0 : value[s];
                sum += a;
                max = Math.max(max, a);
            }
            strength[u] = sum;
            strongest[u] = max;
        }
        double[] constraint = new double[n];
        double[] effectiveSize = new double[n];
        double[] efficiency = new double[n];
        double[] hierarchy = new double[n];
        int threads = Math.max(1, Math.min(parameters.threads(), n));
        execution.progress().expect(n);
        Workers.run(threads, "structural-holes", w -> {
            int[] mark = new int[n];
            Arrays.fill(mark, -1);
            double[] direct = new double[n];
            double[] indirect = new double[n];
            double[] redundancy = new double[n];
            for (int i = w, k = 0; i < n; i += threads, k++) {
                if (k % Workers.POLL_EVERY == 0) {
                    Workers.checkInterrupted("structural-holes");
                    execution.step(k == 0 ? 0 : Workers.POLL_EVERY);
                }
                int from = graph.rowStart(i);
                int to = graph.rowEnd(i);
                int contacts = to - from;
                if (contacts == 0) {
                    constraint[i] = effectiveSize[i] = efficiency[i] = hierarchy[i] = Double.NaN;
                    continue;
                }
                for (int s = from; s < to; s++) {
                    int j = graph.neighbour(s);
                    mark[j] = i;
                    direct[j] = (value == null ? 1.0 : value[s]) / strength[i];
                    indirect[j] = 0;
                    redundancy[j] = 0;
                }
                for (int s = from; s < to; s++) {
                    int q = graph.neighbour(s);
                    double piq = direct[q];
                    double perStrength = piq / strength[q];
                    int qFrom = graph.rowStart(q);
                    int qTo = graph.rowEnd(q);
                    int qDegree = qTo - qFrom;
                    if ((long) contacts * (32 - Integer.numberOfLeadingZeros(qDegree)) < qDegree) {
                        // q has far more ties than i: look i's contacts up in q's row instead of
                        // walking all of it. Each (q, j) term is the same, added in the same order.
                        for (int r = from; r < to; r++) {
                            int j = graph.neighbour(r);
                            int t = j == q ? -1 : graph.slotOf(q, j);
                            if (t >= 0) {
                                double a = value == null ? 1.0 : value[t];
                                indirect[j] += perStrength * a;
                                redundancy[j] += piq * a / strongest[j];
                            }
                        }
                        continue;
                    }
                    for (int t = qFrom; t < qTo; t++) {
                        int j = graph.neighbour(t);
                        if (mark[j] == i) {
                            double a = value == null ? 1.0 : value[t];
                            indirect[j] += perStrength * a;
                            redundancy[j] += piq * a / strongest[j];
                        }
                    }
                }
                double c = 0;
                double size = 0;
                for (int s = from; s < to; s++) {
                    int j = graph.neighbour(s);
                    double local = direct[j] + indirect[j];
                    c += local * local;
                    size += 1 - redundancy[j];
                }
                constraint[i] = c;
                effectiveSize[i] = size;
                efficiency[i] = size / contacts;
                hierarchy[i] = hierarchy(from, to, direct, indirect, c);
            }
            Workers.reportRest(execution, n, w, threads);
        });
        return new StructuralHolesResult(constraint, effectiveSize, efficiency, hierarchy,
                new StructuralHolesResult.Metadata(parameters.direction(), value != null && parameters.useWeights()
                        && parameters.direction() == Direction.UNDIRECTED, threads));
    }

    private double hierarchy(int from, int to, double[] direct, double[] indirect, double constraint) {
        int contacts = to - from;
        if (contacts < 2) {
            return Double.NaN;
        }
        double mean = constraint / contacts;
        double sum = 0;
        for (int s = from; s < to; s++) {
            int j = graph.neighbour(s);
            double local = direct[j] + indirect[j];
            double r = local * local / mean;
            if (r > 0) {
                sum += r * Math.log(r);
            }
        }
        return sum / (contacts * Math.log(contacts));
    }

    /** The tie value of every adjacency slot, or null when every value is 1. */
    private double[] tieValues() {
        int slots = 2 * graph.edgeCount();
        if (parameters.direction() == Direction.DIRECTED) {
            double[] value = new double[slots];
            for (int u = 0; u < graph.nodeCount(); u++) {
                for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
                    int e = graph.edgeId(u, s);
                    value[s] = (graph.arcLowToHigh(e) ? 1 : 0) + (graph.arcHighToLow(e) ? 1 : 0);
                }
            }
            return value;
        }
        if (!parameters.useWeights() || !graph.weighted()) {
            return null;
        }
        double[] value = new double[slots];
        for (int s = 0; s < slots; s++) {
            value[s] = graph.weight(s);
        }
        return value;
    }

    /**
     * How to read ties for the structural-hole measures.
     *
     * @param direction {@link Direction#UNDIRECTED} (one value per tie) or {@link Direction#DIRECTED}
     *     (the value of a pair is its number of arcs, 1 or 2)
     * @param useWeights whether tie weights are the tie values (undirected only); when false, or when the
     *     graph has no weights, every tie counts 1
     * @param threads worker threads, at least 1
     */
    public record Parameters(Direction direction, boolean useWeights, int threads) {

        /** Weights are used by default: Burt's measures are defined on tie strengths. */
        public static final boolean USE_WEIGHTS_DEFAULT = true;
        /** The default thread count: the processors available to the JVM. */
        public static final int THREADS_DEFAULT = Runtime.getRuntime().availableProcessors();

        /** @throws IllegalArgumentException if threads is below 1 */
        public Parameters {
            Objects.requireNonNull(direction, "direction must not be null");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }

        /** Undirected, weighted when the graph has weights, on {@link #THREADS_DEFAULT} threads. */
        public static Parameters defaults() {
            return new Parameters(Direction.UNDIRECTED, USE_WEIGHTS_DEFAULT, THREADS_DEFAULT);
        }

        /** Undirected, every tie counting 1. */
        public static Parameters unweighted() {
            return new Parameters(Direction.UNDIRECTED, false, THREADS_DEFAULT);
        }

        /** Directed as igraph reads it: a pair's value is its number of arcs. */
        public static Parameters directed() {
            return new Parameters(Direction.DIRECTED, false, THREADS_DEFAULT);
        }

        /** These parameters with another thread count. */
        public Parameters withThreads(int value) {
            return new Parameters(direction, useWeights, value);
        }
    }
}
