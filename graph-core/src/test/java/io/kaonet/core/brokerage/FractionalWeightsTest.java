package io.kaonet.core.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import io.kaonet.core.oracle.ReferencePython;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Weights that are not whole numbers keep full double precision from the builder to the results:
 * Les Misérables (NetworkX's copy) with every weight divided by 3, against NetworkX and igraph run
 * by the test, to 1e-12. With single-precision weights the same comparisons were off by up to 1.2e-8
 * (constraint), 8.3e-8 (effective size) and 2.9e-7 (strength).
 */
class FractionalWeightsTest {

    private static final double TOLERANCE = 1e-12;

    private static final String SCRIPT = """
            import json, networkx as nx, igraph as ig
            G = nx.les_miserables_graph()
            for u, v, d in G.edges(data=True):
                d['weight'] = d['weight'] / 3
            g = ig.Graph.from_networkx(G)
            names = g.vs['_nx_name']
            print(json.dumps({
                'edges': [[u, v, d['weight']] for u, v, d in G.edges(data=True)],
                'strength': dict(G.degree(weight='weight')),
                'constraint': nx.constraint(G, weight='weight'),
                'effectiveSize': nx.effective_size(G, weight='weight'),
                # igraph, like Kaonet, counts path lengths within a relative 1e-10 as equal; NetworkX
                # compares sums of thirds exactly and splits paths that are equally long.
                'betweennessWeightAsLength': dict(zip(names, g.betweenness(weights='weight', directed=False))),
            }))
            """;

    private static JsonNode reference;
    private static CollaborationGraph graph;

    @BeforeAll
    static void reference() {
        reference = ReferencePython.run(SCRIPT);
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (JsonNode e : reference.get("edges")) {
            int u = b.indexOf(e.get(0).asText()).orElseGet(() -> b.addNode(e.get(0).asText(), null, ActorKind.COMPANY));
            int v = b.indexOf(e.get(1).asText()).orElseGet(() -> b.addNode(e.get(1).asText(), null, ActorKind.COMPANY));
            b.addTie(u, v, TieKind.ALLIANCE, e.get(2).asDouble(), null);
        }
        graph = b.build();
    }

    @Test
    void strengthMatchesNetworkX() {
        assertEachActor("strength", graph::strength);
    }

    @Test
    void weightedConstraintAndEffectiveSizeMatchNetworkX() {
        StructuralHolesResult holes = new StructuralHoles(graph, StructuralHoles.Parameters.defaults()).compute();
        assertEachActor("constraint", holes::constraint);
        assertEachActor("effectiveSize", holes::effectiveSize);
    }

    @Test
    void betweennessWithWeightsAsLengthsMatchesIgraph() {
        BetweennessResult b = new Betweenness(graph, Betweenness.Parameters.exact()
                .withTieLength(Betweenness.TieLength.WEIGHT)).compute();
        assertEachActor("betweennessWeightAsLength", b::raw);
    }

    @Test
    void aWeightOfOneThirdIsKeptExactlyAsADouble() {
        int u = graph.indexOf("Napoleon").orElseThrow();
        assertThat(graph.weight(graph.rowStart(u))).isEqualTo(1.0 / 3);
    }

    private static void assertEachActor(String metric, java.util.function.IntToDoubleFunction actual) {
        JsonNode expected = reference.get(metric);
        assertThat(expected.size()).isEqualTo(graph.nodeCount());
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int u = graph.indexOf(e.getKey()).orElseThrow();
            assertThat(actual.applyAsDouble(u)).as("%s of %s", metric, e.getKey())
                    .isCloseTo(e.getValue().asDouble(), within(TOLERANCE));
        }
    }
}
