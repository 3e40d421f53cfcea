package io.kaonet.core.linkprediction;

import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Scores pairs of actors that are not tied by how much their neighbourhoods overlap, to rank whom
 * to introduce to whom and to backtest that ranking. All indices are read on the unweighted simple
 * graph; see {@link LinkPredictionIndex} for the definitions (those of NetworkX and igraph).
 *
 * <p>Three ways in:
 * <ul>
 *   <li>{@link #score(int, int)}: every index for one pair, by merging the two sorted adjacency
 *       rows, O(deg u + deg v).</li>
 *   <li>{@link #candidates(int, LinkPredictionIndex, int, IntPredicate)}: the nodes two steps from
 *       an actor and not tied to it, ranked. These are exactly the nodes with a positive score on
 *       every neighbourhood index; O(S log S) for S = Σ<sub>w ∈ Γ(u)</sub> deg w, with no memory
 *       proportional to the graph.</li>
 *   <li>{@link #topPairs(LinkPredictionIndex, int)}: the best k untied pairs of the whole graph,
 *       among pairs with a shared partner, with marker arrays and a bounded heap:
 *       O(Σ<sub>w</sub> deg(w)² + P log k) time for P such pairs, O(n + k) memory.</li>
 * </ul>
 *
 * <p>Rankings are by score, highest first; equal scores in ascending node order (candidates) or
 * ascending (u, v) order (pairs), so results repeat exactly. Sums over shared partners are taken in
 * ascending partner order in every method, so the same pair gets bit-identical scores from all
 * three. Pairs without a shared partner score 0 on every index but preferential attachment; they are
 * never returned as candidates, which matters only when ranking by preferential attachment.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LinkPrediction {

    private final CollaborationGraph graph;

    /** @param graph the network to score pairs in */
    public LinkPrediction(CollaborationGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
    }

    /** The number of pairs of distinct nodes that are not tied: n(n-1)/2 − m. */
    public long unlinkedPairCount() {
        long n = graph.nodeCount();
        return n * (n - 1) / 2 - graph.edgeCount();
    }

    /**
     * Every index for the pair {@code u}, {@code v}, tied or not.
     *
     * @throws IndexOutOfBoundsException if a node is not in the graph
     * @throws IllegalArgumentException  if {@code u == v}
     */
    public PairScores score(int u, int v) {
        checkPair(u, v);
        int common = 0;
        double adamicAdar = 0;
        double resourceAllocation = 0;
        int i = graph.rowStart(u);
        int j = graph.rowStart(v);
        int iEnd = graph.rowEnd(u);
        int jEnd = graph.rowEnd(v);
        while (i < iEnd && j < jEnd) {
            int a = graph.neighbour(i);
            int b = graph.neighbour(j);
            if (a < b) {
                i++;
            } else if (a > b) {
                j++;
            } else {
                int d = graph.degree(a);
                common++;
                adamicAdar += 1 / Math.log(d);
                resourceAllocation += 1.0 / d;
                i++;
                j++;
            }
        }
        return PairScores.of(common, adamicAdar, resourceAllocation, graph.degree(u), graph.degree(v));
    }

    /**
     * The shared partners of {@code u} and {@code v}, ascending: the "why" of a suggestion.
     *
     * @throws IndexOutOfBoundsException if a node is not in the graph
     * @throws IllegalArgumentException  if {@code u == v}
     */
    public int[] commonNeighbours(int u, int v) {
        checkPair(u, v);
        int[] out = new int[Math.min(graph.degree(u), graph.degree(v))];
        int k = 0;
        int i = graph.rowStart(u);
        int j = graph.rowStart(v);
        while (i < graph.rowEnd(u) && j < graph.rowEnd(v)) {
            int a = graph.neighbour(i);
            int b = graph.neighbour(j);
            if (a < b) {
                i++;
            } else if (a > b) {
                j++;
            } else {
                out[k++] = a;
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * All candidates for actor {@code u}, best first by {@code rankBy}.
     *
     * @throws IndexOutOfBoundsException if {@code u} is not in the graph
     */
    public List<Candidate> candidates(int u, LinkPredictionIndex rankBy) {
        return candidates(u, rankBy, Integer.MAX_VALUE, v -> true);
    }

    /**
     * The best {@code limit} candidates for actor {@code u}: nodes two steps away and not tied to
     * it, for which {@code eligible} holds (e.g. only companies, or only members of another
     * cluster), best first by {@code rankBy}.
     *
     * @throws IndexOutOfBoundsException if {@code u} is not in the graph
     * @throws IllegalArgumentException  if {@code limit} is negative
     */
    public List<Candidate> candidates(int u, LinkPredictionIndex rankBy, int limit, IntPredicate eligible) {
        Objects.checkIndex(u, graph.nodeCount());
        Objects.requireNonNull(rankBy, "rankBy must not be null");
        Objects.requireNonNull(eligible, "eligible must not be null");
        requireLimit(limit);
        long reach = 0;
        for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
            reach += graph.degree(graph.neighbour(s));
        }
        if (reach > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("node " + u + " reaches too many two-step paths (" + reach + ")");
        }
        // (candidate, partner) keys sorted: one run per candidate, partners ascending within it.
        long[] keys = new long[(int) reach];
        int k = 0;
        for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
            int w = graph.neighbour(s);
            for (int t = graph.rowStart(w); t < graph.rowEnd(w); t++) {
                int v = graph.neighbour(t);
                if (v != u) {
                    keys[k++] = ((long) v << 32) | w;
                }
            }
        }
        Arrays.sort(keys, 0, k);
        int du = graph.degree(u);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < k; ) {
            int v = (int) (keys[i] >>> 32);
            int common = 0;
            double adamicAdar = 0;
            double resourceAllocation = 0;
            for (; i < k && (int) (keys[i] >>> 32) == v; i++) {
                int d = graph.degree((int) keys[i]);
                common++;
                adamicAdar += 1 / Math.log(d);
                resourceAllocation += 1.0 / d;
            }
            if (!graph.adjacent(u, v) && eligible.test(v)) {
                out.add(new Candidate(v, PairScores.of(common, adamicAdar, resourceAllocation, du, graph.degree(v))));
            }
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> c.score(rankBy)).reversed()
                .thenComparingInt(Candidate::node));
        return List.copyOf(out.size() > limit ? out.subList(0, limit) : out);
    }

    /**
     * The best {@code k} untied pairs of the graph by {@code rankBy}, among pairs with at least one
     * shared partner; {@code Integer.MAX_VALUE} gives them all.
     *
     * @throws IllegalArgumentException if {@code k} is negative
     */
    public List<ScoredPair> topPairs(LinkPredictionIndex rankBy, int k) {
        Objects.requireNonNull(rankBy, "rankBy must not be null");
        requireLimit(k);
        int n = graph.nodeCount();
        int[] seenFrom = new int[n];
        int[] tiedTo = new int[n];
        Arrays.fill(seenFrom, -1);
        Arrays.fill(tiedTo, -1);
        int[] common = new int[n];
        double[] adamicAdar = new double[n];
        double[] resourceAllocation = new double[n];
        int[] touched = new int[n];
        PairHeap heap = new PairHeap(k);
        for (int u = 0; u < n && k > 0; u++) {
            int touchedCount = 0;
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                int w = graph.neighbour(s);
                tiedTo[w] = u;
                int d = graph.degree(w);
                double aa = 1 / Math.log(d);
                double ra = 1.0 / d;
                for (int t = graph.rowEnd(w) - 1; t >= graph.rowStart(w); t--) {
                    int v = graph.neighbour(t);
                    if (v <= u) {
                        break;
                    }
                    if (seenFrom[v] != u) {
                        seenFrom[v] = u;
                        common[v] = 0;
                        adamicAdar[v] = 0;
                        resourceAllocation[v] = 0;
                        touched[touchedCount++] = v;
                    }
                    common[v]++;
                    adamicAdar[v] += aa;
                    resourceAllocation[v] += ra;
                }
            }
            int du = graph.degree(u);
            for (int j = 0; j < touchedCount; j++) {
                int v = touched[j];
                if (tiedTo[v] == u) {
                    continue;
                }
                int dv = graph.degree(v);
                int c = common[v];
                double rank = switch (rankBy) {
                    case COMMON_NEIGHBOURS -> c;
                    case JACCARD -> (double) c / (du + dv - c);
                    case ADAMIC_ADAR -> adamicAdar[v];
                    case RESOURCE_ALLOCATION -> resourceAllocation[v];
                    case PREFERENTIAL_ATTACHMENT -> (double) du * dv;
                };
                if (heap.accepts(u, v, rank)) {
                    heap.offer(u, v, PairScores.of(c, adamicAdar[v], resourceAllocation[v], du, dv), rank);
                }
            }
        }
        return heap.bestFirst();
    }

    private void checkPair(int u, int v) {
        Objects.checkIndex(u, graph.nodeCount());
        Objects.checkIndex(v, graph.nodeCount());
        if (u == v) {
            throw new IllegalArgumentException("a pair needs two different nodes, had " + u + " twice");
        }
    }

    private static void requireLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
    }
}
