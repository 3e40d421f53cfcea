package io.kaonet.core.cohesion;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/** Literal graphs for tests; nodes are named by their index. Seeded random graphs: {@link io.kaonet.core.testing.SeededGraphs}. */
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
