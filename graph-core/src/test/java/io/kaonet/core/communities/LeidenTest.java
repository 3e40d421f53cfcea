package io.kaonet.core.communities;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.testing.SeededGraphs;
import java.util.ArrayDeque;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LeidenTest {

    static Stream<Arguments> randomGraphs() {
        return LongStream.rangeClosed(1, 12).boxed().flatMap(seed -> Stream.of(
                Arguments.of("sparse G(150, 0.02) #" + seed, SeededGraphs.erdosRenyi(seed, 150, 0.02, 1), seed),
                Arguments.of("weighted G(80, 0.08) #" + seed, SeededGraphs.erdosRenyi(seed, 80, 0.08, 5), seed),
                Arguments.of("planted 8x12 #" + seed, SeededGraphs.planted(seed, 8, 12, 0.3, 0.03, 3), seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomGraphs")
    void everyCommunityIsConnected(String name, CollaborationGraph g, long seed) {
        for (Leiden.Parameters p : new Leiden.Parameters[] {
                Leiden.Parameters.seeded(seed).withRandomStarts(1),
                Leiden.Parameters.seeded(seed).withRandomStarts(1).withResolution(2.0),
                new Leiden.Parameters(seed, 1, true, 1.0, 1, 1),
                Leiden.Parameters.seeded(seed)}) {
            Partition partition = new Leiden(g, p).compute().partition();

            for (int c = 0; c < partition.count(); c++) {
                assertThat(connected(g, partition, c)).as("community %d with %s", c, p).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomGraphs")
    void isAtLeastAsGoodAsOneIterationWhenIteratingUntilStable(String name, CollaborationGraph g, long seed) {
        Leiden.Parameters once = new Leiden.Parameters(seed, 1, true, Leiden.Parameters.RANDOMNESS_DEFAULT, 1, 1);
        Leiden.Parameters stable = new Leiden.Parameters(seed, 1, true, Leiden.Parameters.RANDOMNESS_DEFAULT, 50, 1);

        CommunityResult first = new Leiden(g, once).compute();
        CommunityResult last = new Leiden(g, stable).compute();

        assertThat(last.modularity()).isGreaterThanOrEqualTo(first.modularity() - 1e-12);
        assertThat(last.converged()).isTrue();
    }

    @Test
    void staysConnectedWhereLouvainLeavesACommunityInPieces() {
        // Found by search: with this seed and one start, Louvain returns one disconnected community.
        CollaborationGraph g = SeededGraphs.planted(7, 40, 50, 8 * 0.7 / 50, 8 * 0.3 / 2000, 1);
        Partition louvain = new Louvain(g, new Louvain.Parameters(7, 1, false, 100, 1)).compute().partition();
        assertThat(IntStream.range(0, louvain.count()).filter(c -> !connected(g, louvain, c)).count())
                .as("premise: Louvain splits a community").isPositive();

        for (Leiden.Parameters p : new Leiden.Parameters[] {
                new Leiden.Parameters(7, 1, false, Leiden.Parameters.RANDOMNESS_DEFAULT, 2, 1),
                new Leiden.Parameters(7, 1, false, 0.5, 1, 1)}) {
            Partition leiden = new Leiden(g, p).compute().partition();

            assertThat(IntStream.range(0, leiden.count()).filter(c -> !connected(g, leiden, c)).count()).isZero();
        }
    }

    private static boolean connected(CollaborationGraph g, Partition p, int c) {
        int[] members = p.members(c);
        boolean[] reached = new boolean[g.nodeCount()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(members[0]);
        reached[members[0]] = true;
        int count = 1;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                int v = g.neighbour(s);
                if (!reached[v] && p.communityOf(v) == c) {
                    reached[v] = true;
                    count++;
                    queue.add(v);
                }
            }
        }
        return count == members.length;
    }
}
