package io.kaonet.core.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The oriented, parallel triangle count against a plain count over pairs of neighbours. */
class ClusteringBruteForceTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void trianglesAndCoefficientsMatchCountingEveryPairOfNeighbours(long seed) {
        CollaborationGraph g = hubbyGraph(1_500, 6_000, seed);
        ClusteringResult r = new Clustering(g).compute();

        long closed = 0;
        long triples = 0;
        for (int u = 0; u < g.nodeCount(); u++) {
            long expected = 0;
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                for (int t = s + 1; t < g.rowEnd(u); t++) {
                    if (g.adjacent(g.neighbour(s), g.neighbour(t))) {
                        expected++;
                    }
                }
            }
            long d = g.degree(u);
            assertThat(r.triangles(u)).as("triangles at %d", u).isEqualTo(expected);
            assertThat(r.local(u)).isCloseTo(d < 2 ? 0 : expected / (d * (d - 1) / 2.0), within(1e-12));
            closed += expected;
            triples += d * (d - 1) / 2;
        }
        assertThat(r.transitivity()).isCloseTo((double) closed / triples, within(1e-12));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8})
    void repeatedRunsGiveIdenticalResults(long seed) {
        CollaborationGraph g = hubbyGraph(2_000, 8_000, seed);

        ClusteringResult a = new Clustering(g).compute();
        ClusteringResult b = new Clustering(g).compute();

        assertThat(a.localAll()).containsExactly(b.localAll());
        assertThat(a.transitivity()).isEqualTo(b.transitivity());
    }

    /** Random ties, most of them at a few hubs, so that degree orientation matters. */
    private static CollaborationGraph hubbyGraph(int n, int ties, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < n; u++) {
            b.addNode("n" + u, null, ActorKind.COMPANY);
        }
        for (int i = 0; i < ties; i++) {
            int u = random.nextInt(4) == 0 ? random.nextInt(8) : random.nextInt(n);
            int v = random.nextInt(3) == 0 ? random.nextInt(40) : random.nextInt(n);
            b.addEdge(u, v);
        }
        return b.build();
    }
}
