package io.kaonet.core.brokerage;

import java.util.Arrays;

/**
 * One thread's share of Brandes's algorithm: single-source shortest paths (breadth-first, or
 * Dijkstra when arcs have lengths) and the backward accumulation of pair dependencies, into this
 * worker's own sums. Every buffer is allocated once, in the constructor, and reset after each
 * source by walking only the nodes that source reached.
 *
 * <p>Targets may carry weights {@code ω(t)}: the dependency of source {@code s} on {@code v} is then
 * {@code Σ_t ω(t) σ_st(v)/σ_st}, which the degree-one folding needs. The accumulation pulls from
 * successors ({@code δ(v) = σ(v) Σ_{w succ v} (ω(w) + δ(w))/σ(w)}), so it walks out-arcs only and
 * never stores predecessor lists.
 */
final class BrandesWorker {

    /** Relative tolerance under which two path lengths count as equal (igraph uses the same). */
    static final double SAME_LENGTH_TOLERANCE = 1e-10;

    private final Adjacency out;
    private final Adjacency in;
    private final double[] targetWeight;
    private final int[] order;
    /** Breadth-first: hop distance. Dijkstra: the rank in which the node was settled. -1 when unreached. */
    private final int[] level;
    private final double[] distance;
    private final double[] sigma;
    private final double[] coefficient;
    /** Per position in {@link #order}: a value computed for a level before the level is written. */
    private final double[] pending;
    private final int[] heap;
    private final int[] heapPosition;
    private int heapSize;

    /** Σ over the sources run of {@code sourceWeight · δ_s(v)}. */
    final double[] sum;
    /** Σ over the sources run of {@code δ_s(v)²}; null unless asked for. */
    final double[] sumOfSquares;

    BrandesWorker(Adjacency out, double[] targetWeight, boolean squares) {
        int n = out.n;
        this.out = out;
        this.targetWeight = targetWeight;
        this.order = new int[n];
        this.level = new int[n];
        Arrays.fill(level, -1);
        this.sigma = new double[n];
        this.coefficient = new double[n];
        this.pending = new double[n];
        this.sum = new double[n];
        this.sumOfSquares = squares ? new double[n] : null;
        if (out.length != null) {
            this.in = out.reversed();
            this.distance = new double[n];
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
            this.heap = new int[n];
            this.heapPosition = new int[n];
            Arrays.fill(heapPosition, -1);
        } else {
            this.in = null;
            this.distance = null;
            this.heap = null;
            this.heapPosition = null;
        }
    }

    /** Adds source {@code s}'s dependencies, multiplied by {@code sourceWeight}, to {@link #sum}. */
    void accumulate(int s, double sourceWeight) {
        if (out.length == null) {
            int reached = out.directed() ? breadthFirstDirected(s) : breadthFirst(s);
            accumulateByLevel(reached, sourceWeight);
            for (int i = 0; i < reached; i++) {
                int v = order[i];
                level[v] = -1;
                sigma[v] = 0;
                coefficient[v] = 0;
            }
        } else {
            int reached = dijkstra(s);
            accumulateByDistance(reached, sourceWeight);
            for (int i = 0; i < reached; i++) {
                int v = order[i];
                level[v] = -1;
                distance[v] = Double.POSITIVE_INFINITY;
            }
        }
    }

    /**
     * Breadth-first search on an undirected graph, one level at a time. A node's path count is
     * pulled from all its neighbours while it is expanded: neighbours one level up hold their counts
     * already, and every other neighbour (same level, next level, unreached) still holds 0, because
     * the counts of a level are written only once the whole level is expanded. So the search needs
     * no per-arc level test: the count read also tells whether the neighbour is new.
     */
    private int breadthFirst(int s) {
        int[] start = out.start;
        int[] target = out.target;
        order[0] = s;
        level[s] = 0;
        sigma[s] = 1;
        int head = 0;
        int tail = 1;
        int depth = 0;
        while (head < tail) {
            int levelEnd = tail;
            int next = depth + 1;
            for (int i = head; i < levelEnd; i++) {
                int v = order[i];
                double paths = 0;
                for (int e = start[v], end = start[v + 1]; e < end; e++) {
                    int w = target[e];
                    double sw = sigma[w];
                    paths += sw;
                    // +0.0: not reached yet. A node found but not yet written holds -0.0, which adds
                    // nothing, so one read per arc both pulls counts and finds new nodes.
                    if (Double.doubleToRawLongBits(sw) == 0L) {
                        sigma[w] = -0.0;
                        level[w] = next;
                        order[tail++] = w;
                    }
                }
                pending[i] = paths;
            }
            if (depth > 0) {
                for (int i = head; i < levelEnd; i++) {
                    sigma[order[i]] = pending[i];
                }
            }
            head = levelEnd;
            depth = next;
        }
        return tail;
    }

    private int breadthFirstDirected(int s) {
        int[] start = out.start;
        int[] target = out.target;
        order[0] = s;
        level[s] = 0;
        sigma[s] = 1;
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int v = order[head++];
            int next = level[v] + 1;
            double sv = sigma[v];
            for (int e = start[v], end = start[v + 1]; e < end; e++) {
                int w = target[e];
                int lw = level[w];
                if (lw < 0) {
                    level[w] = next;
                    sigma[w] = sv;
                    order[tail++] = w;
                } else if (lw == next) {
                    sigma[w] += sv;
                }
            }
        }
        return tail;
    }

    /**
     * The backward pass, one level at a time from the deepest: a node pulls the coefficients of all
     * its out-neighbours. Only those one level down hold theirs already; the others (same or lower
     * level, unreached) still hold 0, because a level's coefficients are written only after the
     * whole level has pulled. So the pass needs no per-arc level test.
     */
    private void accumulateByLevel(int reached, double sourceWeight) {
        int[] start = out.start;
        int[] target = out.target;
        int hi = reached - 1;
        while (hi > 0) {
            int depth = level[order[hi]];
            int lo = hi;
            while (level[order[lo - 1]] == depth) {
                lo--;
            }
            for (int i = lo; i <= hi; i++) {
                int w = order[i];
                double pulled = 0;
                for (int e = start[w], end = start[w + 1]; e < end; e++) {
                    pulled += coefficient[target[e]];
                }
                pending[i] = sigma[w] * pulled;
            }
            for (int i = lo; i <= hi; i++) {
                record(order[i], pending[i], sourceWeight);
            }
            hi = lo - 1;
        }
    }

    private int dijkstra(int s) {
        int[] start = out.start;
        int[] target = out.target;
        double[] length = out.length;
        int[] inStart = in.start;
        int[] inTarget = in.target;
        double[] inLength = in.length;
        distance[s] = 0;
        push(s);
        int settled = 0;
        while (heapSize > 0) {
            int v = pop();
            level[v] = settled;
            order[settled++] = v;
            double dv = distance[v];
            if (v == s) {
                sigma[v] = 1;
            } else {
                // Predecessors are the settled in-neighbours on a shortest path; the backward pass
                // applies the very same test, so both passes agree on the shortest-path DAG.
                double paths = 0;
                for (int e = inStart[v], end = inStart[v + 1]; e < end; e++) {
                    int u = inTarget[e];
                    if (level[u] >= 0 && sameLength(distance[u] + inLength[e], dv)) {
                        paths += sigma[u];
                    }
                }
                sigma[v] = paths;
            }
            for (int e = start[v], end = start[v + 1]; e < end; e++) {
                int w = target[e];
                if (level[w] >= 0) {
                    continue;
                }
                double alt = dv + length[e];
                if (alt < distance[w]) {
                    boolean fresh = distance[w] == Double.POSITIVE_INFINITY;
                    distance[w] = alt;
                    if (fresh) {
                        push(w);
                    } else {
                        siftUp(heapPosition[w]);
                    }
                }
            }
        }
        return settled;
    }

    private void accumulateByDistance(int reached, double sourceWeight) {
        int[] start = out.start;
        int[] target = out.target;
        double[] length = out.length;
        for (int i = reached - 1; i > 0; i--) {
            int w = order[i];
            double dw = distance[w];
            double pulled = 0;
            for (int e = start[w], end = start[w + 1]; e < end; e++) {
                int x = target[e];
                if (level[x] > i && sameLength(dw + length[e], distance[x])) {
                    pulled += coefficient[x];
                }
            }
            record(w, sigma[w] * pulled, sourceWeight);
        }
    }

    private void record(int w, double delta, double sourceWeight) {
        double omega = targetWeight == null ? 1.0 : targetWeight[w];
        coefficient[w] = (omega + delta) / sigma[w];
        sum[w] += sourceWeight * delta;
        if (sumOfSquares != null) {
            sumOfSquares[w] += delta * delta;
        }
    }

    static boolean sameLength(double a, double b) {
        return a == b || Math.abs(a - b) <= SAME_LENGTH_TOLERANCE * (Math.abs(a) + Math.abs(b));
    }

    // ---- indexed binary min-heap on distance ---------------------------------------------------

    private void push(int v) {
        heap[heapSize] = v;
        heapPosition[v] = heapSize;
        siftUp(heapSize++);
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--heapSize];
        heapPosition[top] = -1;
        if (heapSize > 0) {
            heap[0] = last;
            heapPosition[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int i) {
        int v = heap[i];
        double key = distance[v];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (distance[p] <= key) {
                break;
            }
            heap[i] = p;
            heapPosition[p] = i;
            i = parent;
        }
        heap[i] = v;
        heapPosition[v] = i;
    }

    private void siftDown(int i) {
        int v = heap[i];
        double key = distance[v];
        int half = heapSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < heapSize && distance[heap[right]] < distance[c]) {
                child = right;
                c = heap[child];
            }
            if (key <= distance[c]) {
                break;
            }
            heap[i] = c;
            heapPosition[c] = i;
            i = child;
        }
        heap[i] = v;
        heapPosition[v] = i;
    }
}
