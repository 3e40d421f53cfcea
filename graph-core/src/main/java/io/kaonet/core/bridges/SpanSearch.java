package io.kaonet.core.bridges;

import io.kaonet.core.graph.CollaborationGraph;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The span of an edge: the distance between its ends once the edge itself is removed. Found by a
 * bidirectional breadth-first search that grows the smaller frontier one whole level at a time
 * and stops at the end of the first level where the two searches touch; edges known to be bridges
 * get {@link LocalBridge#INFINITE_SPAN} without a search. Spans of many edges are searched in
 * parallel, one workspace per worker; each edge's span is written to its own slot, so the result
 * does not depend on scheduling.
 */
final class SpanSearch {

    /** Below this many edges a single thread is quicker than starting workers. */
    private static final int PARALLEL_THRESHOLD = 64;

    private final CollaborationGraph graph;

    SpanSearch(CollaborationGraph graph) {
        this.graph = graph;
    }

    /** Whether {@code u} and {@code v} have a neighbour in common. O(min(deg) · log max(deg)). */
    boolean shareNeighbour(int u, int v) {
        int a = graph.degree(u) <= graph.degree(v) ? u : v;
        int b = a == u ? v : u;
        for (int s = graph.rowStart(a), end = graph.rowEnd(a); s < end; s++) {
            if (graph.adjacent(b, graph.neighbour(s))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spans of the edges {@code (low[i], high[i])}; {@code bridge[i]} says the edge is a bridge
     * (its span is infinite and not searched).
     */
    int[] spans(int[] low, int[] high, boolean[] bridge) {
        int count = low.length;
        int[] span = new int[count];
        int workers = count < PARALLEL_THRESHOLD ? 1 : Runtime.getRuntime().availableProcessors();
        if (workers <= 1) {
            Workspace w = new Workspace(graph.nodeCount());
            for (int i = 0; i < count; i++) {
                span[i] = bridge[i] ? LocalBridge.INFINITE_SPAN : w.span(low[i], high[i]);
            }
            return span;
        }
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, workers).parallel().forEach(k -> {
            Workspace w = new Workspace(graph.nodeCount());
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                span[i] = bridge[i] ? LocalBridge.INFINITE_SPAN : w.span(low[i], high[i]);
            }
        });
        return span;
    }

    /** Per-worker arrays: one search side rooted at each end of the edge. */
    private final class Workspace {
        private final Side a;
        private final Side b;
        private int stamp;

        Workspace(int n) {
            a = new Side(n);
            b = new Side(n);
        }

        int span(int u, int v) {
            int tag = ++stamp;
            a.start(u, tag);
            b.start(v, tag);
            while (a.head < a.tail && b.head < b.tail) {
                Side grow = a.tail - a.head <= b.tail - b.head ? a : b;
                Side other = grow == a ? b : a;
                int best = grow.expandLevel(other, u, v, tag);
                if (best != Integer.MAX_VALUE) {
                    return best;
                }
            }
            return LocalBridge.INFINITE_SPAN;
        }
    }

    /** One breadth-first search; marks carry a query stamp so they need no clearing. */
    private final class Side {
        private final int[] mark;
        private final int[] dist;
        private final int[] queue;
        private int head;
        private int tail;

        Side(int n) {
            mark = new int[n];
            dist = new int[n];
            queue = new int[n];
        }

        void start(int root, int tag) {
            mark[root] = tag;
            dist[root] = 0;
            queue[0] = root;
            head = 0;
            tail = 1;
        }

        /**
         * Expands the whole current level, skipping the edge {@code u–v}; returns the shortest
         * length of a path through a node the other side has reached, or MAX_VALUE.
         */
        int expandLevel(Side other, int u, int v, int tag) {
            int best = Integer.MAX_VALUE;
            int end = tail;
            for (; head < end; head++) {
                int x = queue[head];
                for (int s = graph.rowStart(x), stop = graph.rowEnd(x); s < stop; s++) {
                    int y = graph.neighbour(s);
                    if ((x == u && y == v) || (x == v && y == u)) {
                        continue;
                    }
                    if (other.mark[y] == tag) {
                        best = Math.min(best, dist[x] + 1 + other.dist[y]);
                    }
                    if (mark[y] != tag) {
                        mark[y] = tag;
                        dist[y] = dist[x] + 1;
                        queue[tail++] = y;
                    }
                }
            }
            return best;
        }
    }
}
