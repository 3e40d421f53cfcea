package io.kaonet.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Test;

/** The JGraphT view answers as a JGraphT copy of the same graph would, and cannot be changed. */
class JGraphTViewTest {

    private static CollaborationGraph graph(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        int n = 120;
        for (int i = 0; i < n; i++) {
            b.addNode(String.format("a%03d", i), null, ActorKind.COMPANY);
        }
        for (int t = 0; t < 300; t++) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            if (u != v) {
                b.addTie(u, v, TieKind.ALLIANCE, 1 + random.nextInt(5) / 4.0, null);
            }
        }
        return b.build();
    }

    @Test
    void theViewHasTheGraphsVerticesEdgesEndsAndWeights() {
        CollaborationGraph g = graph(3);
        Graph<Integer, Integer> view = g.asJGraphT();
        assertThat(view.vertexSet()).hasSize(g.nodeCount());
        assertThat(view.edgeSet()).hasSize(g.edgeCount());
        Set<Integer> seen = new HashSet<>();
        for (int u = 0; u < g.nodeCount(); u++) {
            assertThat(view.degreeOf(u)).isEqualTo(g.degree(u));
            for (Integer e : view.edgesOf(u)) {
                int other = view.getEdgeSource(e) == u ? view.getEdgeTarget(e) : view.getEdgeSource(e);
                assertThat(g.adjacent(u, other)).isTrue();
                assertThat(view.getEdge(u, other)).isEqualTo(e);
                assertThat(view.getEdge(other, u)).isEqualTo(e);
                assertThat(view.getEdgeWeight(e)).isEqualTo(g.weight(g.slotOf(u, other)));
                seen.add(e);
            }
        }
        assertThat(seen).hasSize(g.edgeCount());
        assertThat(view.getEdge(0, 0)).isNull();
    }

    @Test
    void jgraphtAlgorithmsGiveTheSameAnswersOnTheViewAsOnACopy() {
        CollaborationGraph g = graph(5);
        Graph<Integer, DefaultWeightedEdge> copy = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int u = 0; u < g.nodeCount(); u++) {
            copy.addVertex(u);
        }
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                int v = g.neighbour(s);
                if (u < v) {
                    copy.setEdgeWeight(copy.addEdge(u, v), g.weight(s));
                }
            }
        }
        Graph<Integer, Integer> view = g.asJGraphT();
        assertThat(new ConnectivityInspector<>(view).connectedSets())
                .containsExactlyInAnyOrderElementsOf(new ConnectivityInspector<>(copy).connectedSets());
        var onView = new DijkstraShortestPath<>(view).getPaths(0);
        var onCopy = new DijkstraShortestPath<>(copy).getPaths(0);
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(onView.getWeight(v)).isEqualTo(onCopy.getWeight(v));
        }
    }

    @Test
    void theViewIsReadOnly() {
        Graph<Integer, Integer> view = graph(7).asJGraphT();
        assertThatThrownBy(() -> view.addVertex(1_000)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.removeEdge(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(view.getType().isModifiable()).isFalse();
    }
}
