package io.kaonet.core.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.oracle.Oracle;
import io.kaonet.core.testing.SeededGraphs;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TwoStepReachTest {

    static Stream<Oracle> oracles() {
        return BruteForce.oracles();
    }

    static Stream<CollaborationGraph> seededGraphs() {
        return SeededGraphs.seededVariety(200, 2718L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void matchesDistancesUpToTwoOnOracles(Oracle oracle) {
        assertMatchesFloydWarshall(oracle.graph());
    }

    @ParameterizedTest
    @MethodSource("seededGraphs")
    void matchesDistancesUpToTwoOnRandomGraphs(CollaborationGraph g) {
        assertMatchesFloydWarshall(g);
    }

    private static void assertMatchesFloydWarshall(CollaborationGraph g) {
        int[][] d = BruteForce.floydWarshall(g);
        TwoStepReachResult r = new TwoStepReach(g).compute();
        long sum = 0;
        for (int u = 0; u < g.nodeCount(); u++) {
            int within2 = 0;
            int exactly2 = 0;
            for (int v = 0; v < g.nodeCount(); v++) {
                if (v != u && d[u][v] <= 2) {
                    within2++;
                }
                if (d[u][v] == 2) {
                    exactly2++;
                }
            }
            assertThat(r.reach(u)).as("reach of %d", u).isEqualTo(within2);
            assertThat(r.secondStep(u)).isEqualTo(exactly2);
            sum += within2;
        }
        assertThat(r.mean()).isCloseTo(g.nodeCount() == 0 ? 0 : (double) sum / g.nodeCount(), within(1e-12));
    }

    @Test
    void starReachesEveryoneFromEveryNode() {
        TwoStepReachResult r = new TwoStepReach(TestGraphs.star(6)).compute();

        assertThat(r.reachAll()).containsOnly(5);
        assertThat(r.secondStep(0)).isZero();
        assertThat(r.secondStep(3)).isEqualTo(4);
        assertThat(r.mean()).isEqualTo(5.0);
        assertThat(r.max()).isEqualTo(5);
    }

    @Test
    void pathReach() {
        // path 0–1–2–3–4–5: 2, 3, 4, 4, 3, 2
        TwoStepReachResult r = new TwoStepReach(TestGraphs.path(6)).compute();

        assertThat(r.reachAll()).containsExactly(2, 3, 4, 4, 3, 2);
        assertThat(r.mean()).isEqualTo(3.0);
    }

    @Test
    void resultDoesNotDependOnConcurrency() {
        CollaborationGraph g = SeededGraphs.random(3000, 9000, 8L);

        assertThat(new TwoStepReach(g, 1).compute().reachAll()).containsExactly(new TwoStepReach(g, 4).compute().reachAll());
    }

    @Test
    void rejectsConcurrencyBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TwoStepReach(TestGraphs.path(2), 0))
                .withMessageContaining("concurrency");
    }
}
