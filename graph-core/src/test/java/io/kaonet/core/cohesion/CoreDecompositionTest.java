package io.kaonet.core.cohesion;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.oracle.Oracle;
import io.kaonet.core.testing.SeededGraphs;
import java.util.Map;
import java.util.stream.Stream;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CoreDecompositionTest {

    static Stream<Oracle> oracles() {
        return BruteForce.oracles();
    }

    static Stream<CollaborationGraph> seededGraphs() {
        return SeededGraphs.seededVariety(200, 314L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void coreNumbersMatchBruteForcePeelingOnOracles(Oracle oracle) {
        CollaborationGraph g = oracle.graph();
        CoreDecompositionResult r = new CoreDecomposition(g).compute();

        assertThat(r.cores()).containsExactly(BruteForce.peelCores(g));
    }

    @ParameterizedTest
    @MethodSource("seededGraphs")
    void coreNumbersMatchJGraphT(CollaborationGraph g) {
        Coreness<Integer, DefaultEdge> coreness = new Coreness<>(TestGraphs.unweightedJGraphT(g));
        Map<Integer, Integer> expected = coreness.getScores();
        CoreDecompositionResult r = new CoreDecomposition(g).compute();

        for (int u = 0; u < g.nodeCount(); u++) {
            assertThat(r.core(u)).as("core of %d", u).isEqualTo(expected.get(u));
        }
        assertThat(r.maxCore()).isEqualTo(g.nodeCount() == 0 ? 0 : coreness.getDegeneracy());
        assertThat(r.mainCore()).containsExactly(java.util.stream.IntStream.range(0, g.nodeCount())
                .filter(u -> expected.get(u) == r.maxCore()).toArray());
        int total = 0;
        for (int k = 0; k <= r.maxCore(); k++) {
            total += r.shellSize(k);
        }
        assertThat(total).isEqualTo(g.nodeCount());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void peelingOnSeveralThreadsMatchesBruteForceOnOracles(Oracle oracle) {
        CollaborationGraph g = oracle.graph();

        for (int threads : new int[] {2, 3, 8}) {
            assertThat(new CoreDecomposition(g, threads).compute().cores()).as("%d threads", threads)
                    .containsExactly(BruteForce.peelCores(g));
        }
    }

    @ParameterizedTest
    @MethodSource("seededGraphs")
    void peelingOnSeveralThreadsGivesTheBucketAlgorithmsCores(CollaborationGraph g) {
        int[] sequential = new CoreDecomposition(g, 1).compute().cores();

        for (int threads : new int[] {2, 3, 8}) {
            assertThat(new CoreDecomposition(g, threads).compute().cores()).as("%d threads", threads)
                    .containsExactly(sequential);
        }
    }

    @Test
    void peelingLargeGraphsOnFourThreadsRepeatsTheBucketAlgorithmsCoresRunAfterRun() {
        // Large frontiers, so that peels on different threads lower the same neighbour at once.
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(2014);
        for (int i = 0; i < 6; i++) {
            int n = 2_000 + rnd.nextInt(8_000);
            CollaborationGraph g = SeededGraphs.random(n, n * (2 + rnd.nextInt(12)), rnd.nextLong());
            int[] sequential = new CoreDecomposition(g, 1).compute().cores();
            for (int run = 0; run < 5; run++) {
                assertThat(new CoreDecomposition(g, 4).compute().cores()).as("graph %d, run %d", i, run)
                        .containsExactly(sequential);
            }
        }
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CoreDecomposition(TestGraphs.cycle(3), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be at least 1, was 0");
    }

    @Test
    void cliqueWithTailAndIsolate() {
        // K5 on 0..4, tail 4–5–6, isolate 7: cores 4,4,4,4,4,1,1,0
        CollaborationGraph g = TestGraphs.of(8, new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3},
                new int[] {0, 4}, new int[] {1, 2}, new int[] {1, 3}, new int[] {1, 4}, new int[] {2, 3},
                new int[] {2, 4}, new int[] {3, 4}, new int[] {4, 5}, new int[] {5, 6});
        CoreDecompositionResult r = new CoreDecomposition(g).compute();

        assertThat(r.cores()).containsExactly(4, 4, 4, 4, 4, 1, 1, 0);
        assertThat(r.maxCore()).isEqualTo(4);
        assertThat(r.mainCore()).containsExactly(0, 1, 2, 3, 4);
        assertThat(r.lowestShell()).isZero();
        assertThat(r.lowestShellMembers()).containsExactly(7);
        assertThat(r.shell(1)).containsExactly(5, 6);
        assertThat(r.shellSize(2)).isZero();
        assertThat(r.shell(9)).isEmpty();
    }

    @Test
    void cycleIsATwoCore() {
        CoreDecompositionResult r = new CoreDecomposition(TestGraphs.cycle(6)).compute();

        assertThat(r.maxCore()).isEqualTo(2);
        assertThat(r.lowestShell()).isEqualTo(2);
        assertThat(r.mainCore()).hasSize(6);
    }

    @Test
    void emptyGraph() {
        CoreDecompositionResult r = new CoreDecomposition(TestGraphs.of(0)).compute();

        assertThat(r.maxCore()).isZero();
        assertThat(r.mainCore()).isEmpty();
        assertThat(r.lowestShellMembers()).isEmpty();
    }
}
