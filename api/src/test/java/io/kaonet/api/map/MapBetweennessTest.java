package io.kaonet.api.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import java.util.SplittableRandom;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MapBetweennessTest {

    /** Krackhardt's kite; raw betweenness Heather 14, Fernando and Garth 8.333, Ike 8 (Krackhardt 1990). */
    @Test
    void kiteScoresAreTheRawScoresOverThePairCount() {
        String[] names = {"Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"};
        int[][] ties = {{0, 1}, {0, 2}, {0, 3}, {0, 5}, {1, 3}, {1, 4}, {1, 6}, {2, 3}, {2, 5}, {3, 4}, {3, 5},
                {3, 6}, {4, 6}, {5, 6}, {5, 7}, {6, 7}, {7, 8}, {8, 9}};
        CollaborationGraph.Builder b = CollaborationGraph.builder();
        for (String name : names) {
            b.addNode(name, name, ActorKind.COMPANY);
        }
        for (int[] t : ties) {
            b.addEdge(t[0], t[1]);
        }

        double[] scores = MapBetweenness.normalised(b.build());

        double pairs = 9.0 * 8.0 / 2.0;
        assertThat(scores[7]).as("Heather").isCloseTo(14 / pairs, within(1e-12));
        assertThat(scores[5]).as("Fernando").isCloseTo(25.0 / 3 / pairs, within(1e-12));
        assertThat(scores[6]).as("Garth").isCloseTo(25.0 / 3 / pairs, within(1e-12));
        assertThat(scores[8]).as("Ike").isCloseTo(8 / pairs, within(1e-12));
        assertThat(scores[9]).as("Jane").isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void agreesWithJGraphTOnSeededRandomGraphsWithIsolatesAndWeights(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 60;
        CollaborationGraph.Builder b = CollaborationGraph.builder();
        for (int u = 0; u < n; u++) {
            b.addNode("a" + u, null, ActorKind.COMPANY);
        }
        for (int i = 0; i < 110; i++) {
            int u = random.nextInt(n - 5); // the last five stay isolated
            int v = random.nextInt(n - 5);
            // Weights must not change the scores: the map reads shortest paths by tie count.
            b.addTie(u, v, io.kaonet.core.model.TieKind.SUPPLY, 1 + random.nextInt(5), null);
        }
        CollaborationGraph g = b.build();

        double[] scores = MapBetweenness.normalised(g);

        var expected = new BetweennessCentrality<>(new AsUnweightedGraph<>(g.toJGraphT()), false).getScores();
        double pairs = (n - 1.0) * (n - 2.0) / 2.0;
        for (int u = 0; u < n; u++) {
            assertThat(scores[u]).as("node %d", u).isCloseTo(expected.get(u) / pairs, within(1e-12));
        }
    }

    @Test
    void graphsBelowThreeActorsScoreZero() {
        CollaborationGraph.Builder b = CollaborationGraph.builder();
        b.addNode("a", null, ActorKind.COMPANY);
        b.addNode("b", null, ActorKind.COMPANY);
        b.addEdge(0, 1);

        assertThat(MapBetweenness.normalised(b.build())).containsExactly(0, 0);
    }
}
