package io.kaonet.core.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaonet.core.cohesion.Clustering;
import io.kaonet.core.cohesion.ClusteringResult;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import io.kaonet.core.oracle.ReferencePython;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The readings the API exposes besides the default, against igraph and NetworkX run by the test on
 * a seeded network that mixes directed (supply) and undirected (alliance) ties: directed betweenness
 * (a supply tie is one arc, an alliance two), directed constraint (arcs counted, as igraph's
 * {@code constraint} on a directed graph) and triangles per actor.
 */
class DirectedAndTrianglesReferenceTest {

    private static final int N = 80;
    private static CollaborationGraph graph;
    private static JsonNode reference;

    @BeforeAll
    static void build() {
        SplittableRandom random = new SplittableRandom(2026);
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int i = 0; i < N; i++) {
            b.addNode(String.format("a%02d", i), null, ActorKind.COMPANY);
        }
        Set<List<Integer>> arcs = new LinkedHashSet<>();
        for (int t = 0; t < 260; t++) {
            int u = random.nextInt(N);
            int v = random.nextInt(N);
            if (u == v) {
                continue;
            }
            boolean supply = random.nextInt(3) > 0;
            b.addTie(u, v, supply ? TieKind.SUPPLY : TieKind.ALLIANCE, 1.0, null);
            arcs.add(List.of(u, v));
            if (!supply) {
                arcs.add(List.of(v, u));
            }
        }
        graph = b.build();
        List<String> pairs = new ArrayList<>();
        arcs.forEach(a -> pairs.add("[" + a.get(0) + "," + a.get(1) + "]"));
        reference = ReferencePython.run("""
                import json, networkx as nx, igraph as ig
                arcs = %s
                d = ig.Graph(n=%d, edges=arcs, directed=True)
                u = nx.Graph()
                u.add_nodes_from(range(%d))
                u.add_edges_from(arcs)
                print(json.dumps({
                    'betweennessDirected': d.betweenness(directed=True),
                    'constraintDirected': d.constraint(),
                    'triangles': [nx.triangles(u)[i] for i in range(%d)],
                }))
                """.formatted("[" + String.join(",", pairs) + "]", N, N, N));
    }

    @Test
    void directedBetweennessMatchesIgraph() {
        BetweennessResult r = new Betweenness(graph, Betweenness.Parameters.exact()
                .withDirection(Direction.DIRECTED)).compute();
        assertEach("betweennessDirected", r::raw);
    }

    @Test
    void directedConstraintMatchesIgraph() {
        StructuralHolesResult r = new StructuralHoles(graph, StructuralHoles.Parameters.directed()).compute();
        assertEach("constraintDirected", r::constraint);
    }

    @Test
    void trianglesPerActorMatchNetworkX() {
        ClusteringResult r = new Clustering(graph).compute();
        assertEach("triangles", r::triangles);
    }

    private static void assertEach(String metric, IntToDoubleFunction actual) {
        JsonNode expected = reference.get(metric);
        assertThat(expected.size()).isEqualTo(N);
        for (int i = 0; i < N; i++) {
            int u = graph.indexOf(String.format("a%02d", i)).orElseThrow();
            double want = expected.get(i).isNull() ? Double.NaN : expected.get(i).asDouble();
            double got = actual.applyAsDouble(u);
            if (Double.isNaN(want)) {
                assertThat(got).as("%s of a%02d", metric, i).isNaN();
            } else {
                assertThat(got).as("%s of a%02d", metric, i).isCloseTo(want, within(1e-9));
            }
        }
    }
}
