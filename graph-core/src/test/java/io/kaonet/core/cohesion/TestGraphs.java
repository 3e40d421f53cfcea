package io.kaonet.core.cohesion;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/** Literal and seeded random graphs for tests; nodes are named by their index. */
public final class TestGraphs {

    private TestGraphs() {
    }

    /** A graph on {@code n} nodes with the given edges ({@code {u, v}} pairs). */
    public static CollaborationGraph of(int n, int[]... edges) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int i = 0; i < n; i++) {
            b.addNode(Integer.toString(i), null, ActorKind.COMPANY);
        }
        for (int[] e : edges) {
            b.addEdge(e[0], e[1]);
        }
        return b.build();
    }

    /** The path 0–1–…–(n−1). */
    public static CollaborationGraph path(int n) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int i = 0; i < n; i++) {
            b.addNode(Integer.toString(i), null, ActorKind.COMPANY);
        }
        for (int i = 1; i < n; i++) {
            b.addEdge(i - 1, i);
        }
        return b.build();
    }

    /** The cycle 0–1–…–(n−1)–0. */
    public static CollaborationGraph cycle(int n) {
        int[][] edges = new int[n][];
        for (int i = 0; i < n; i++) {
            edges[i] = new int[] {i, (i + 1) % n};
        }
        return of(n, edges);
    }

    /** The star with centre 0 and {@code n − 1} leaves. */
    public static CollaborationGraph star(int n) {
        return of(n, IntStream.range(1, n).mapToObj(i -> new int[] {0, i}).toArray(int[][]::new));
    }

    /** The complete graph on {@code n} nodes. */
    public static CollaborationGraph complete(int n) {
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                edges.add(new int[] {i, j});
            }
        }
        return of(n, edges.toArray(int[][]::new));
    }

    /**
     * A random graph: each of {@code draws} draws adds a uniformly chosen pair (repeats merge, so
     * the edge count is at most {@code draws}). Deterministic for a seed.
     */
    public static CollaborationGraph random(int n, int draws, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int i = 0; i < n; i++) {
            b.addNode(Integer.toString(i), null, ActorKind.COMPANY);
        }
        for (int k = 0; n > 1 && k < draws; k++) {
            b.addEdge(rnd.nextInt(n), rnd.nextInt(n));
        }
        return b.build();
    }

    /**
     * Seeded random graphs of varied size and density: sparse ones (with many bridges, pendants,
     * isolates and several components) and denser ones.
     */
    public static Stream<CollaborationGraph> seededVariety(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<CollaborationGraph> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = 1 + rnd.nextInt(40);
            double meanDegree = 0.5 + rnd.nextDouble() * (i % 3 == 0 ? 8 : 3);
            out.add(random(n, (int) Math.round(n * meanDegree / 2), rnd.nextLong()));
        }
        return out.stream();
    }

    /** {@link #seededVariety} without edgeless graphs (on which several JGraphT algorithms have nothing to compare). */
    public static Stream<CollaborationGraph> seededVarietyWithEdges(int count, long seed) {
        return seededVariety(count, seed).filter(g -> g.edgeCount() > 0);
    }

    /**
     * An unweighted JGraphT copy (vertex u is node u), for JGraphT algorithms that would otherwise
     * read the merged tie weights of {@link CollaborationGraph#asJGraphT()} as lengths.
     */
    public static Graph<Integer, DefaultEdge> unweightedJGraphT(CollaborationGraph g) {
        Graph<Integer, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
        for (int u = 0; u < g.nodeCount(); u++) {
            j.addVertex(u);
        }
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                if (g.neighbour(s) > u) {
                    j.addEdge(u, g.neighbour(s));
                }
            }
        }
        return j;
    }
}
