package io.kaonet.core.connectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ClusterSeparation} and {@link IntroductionPaths} against brute force on small seeded random
 * graphs: every subset of actors tried as a cut, every simple path enumerated.
 */
class ConnectivityBruteForceTest {

    static Stream<Long> seeds() {
        return IntStream.range(0, 120).mapToObj(i -> 1_000L + i);
    }

    /** A random graph of 5 to 11 actors (ids a00…, in index order) with two random, possibly overlapping clusters. */
    static CollaborationGraph randomGraph(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 5 + random.nextInt(7);
        double p = 0.15 + 0.45 * random.nextDouble();
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < n; u++) {
            b.addNode(String.format("a%02d", u), null, ActorKind.COMPANY);
            if (random.nextDouble() < 0.3) {
                b.member(u, "A");
            }
            if (random.nextDouble() < 0.3) {
                b.member(u, "B");
            }
        }
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                if (random.nextDouble() < p) {
                    b.addEdge(u, v);
                }
            }
        }
        return b.build();
    }

    @Nested
    class Separation {

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("io.kaonet.core.connectivity.ConnectivityBruteForceTest#seeds")
        void theCutIsAsSmallAsTheSmallestSeparatingSetAndSeparates(long seed) {
            CollaborationGraph g = randomGraph(seed);
            int n = g.nodeCount();
            boolean[] a = members(g, "A");
            boolean[] b = members(g, "B");
            ClusterSeparationResult result = new ClusterSeparation(g, new ClusterSeparation.Parameters("A", "B"))
                    .compute();

            int smallest = -1;
            for (int size = 0; size <= n && smallest < 0; size++) {
                for (int mask = 0; mask < 1 << n; mask++) {
                    if (Integer.bitCount(mask) == size && separates(g, a, b, mask)) {
                        smallest = size;
                        break;
                    }
                }
            }
            assertThat(result.size()).isEqualTo(smallest);
            int cutMask = 0;
            for (int u : result.separators()) {
                cutMask |= 1 << u;
            }
            assertThat(separates(g, a, b, cutMask)).isTrue();
            assertThat(result.connected()).isEqualTo(!separates(g, a, b, 0));
            assertThat(result.separators()).isSorted();
            int shared = 0;
            for (int u = 0; u < n; u++) {
                if (a[u] && b[u]) {
                    shared++;
                    assertThat(result.separators()).contains(u);
                }
            }
            assertThat(result.sharedMembers()).isEqualTo(shared);
        }

        @Test
        void aGatekeeperBetweenTwoClustersIsTheCut() {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            for (String id : List.of("a1", "a2", "gate", "b1", "b2")) {
                b.addNode(id, null, ActorKind.COMPANY);
            }
            b.member(0, "A").member(1, "A").member(3, "B").member(4, "B");
            b.addEdge(0, 1).addEdge(0, 2).addEdge(1, 2).addEdge(2, 3).addEdge(3, 4).addEdge(2, 4);
            ClusterSeparationResult r = new ClusterSeparation(b.build(), new ClusterSeparation.Parameters("A", "B"))
                    .compute();
            assertThat(r.separators()).containsExactly(2);
            assertThat(r.connected()).isTrue();
            assertThat(r.firstMembers()).isEqualTo(2);
            assertThat(r.secondMembers()).isEqualTo(2);
        }

        @Test
        void clustersInDifferentComponentsNeedNoCut() {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            for (String id : List.of("a1", "a2", "b1", "b2")) {
                b.addNode(id, null, ActorKind.COMPANY);
            }
            b.member(0, "A").member(2, "B");
            b.addEdge(0, 1).addEdge(2, 3);
            ClusterSeparationResult r = new ClusterSeparation(b.build(), new ClusterSeparation.Parameters("A", "B"))
                    .compute();
            assertThat(r.separators()).isEmpty();
            assertThat(r.connected()).isFalse();
        }

        @Test
        void parametersRefuseTheSameClusterTwice() {
            assertThatThrownBy(() -> new ClusterSeparation.Parameters("A", "A"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
            assertThatThrownBy(() -> new ClusterSeparation.Parameters(" ", "A"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstClusterId");
        }

        private static boolean[] members(CollaborationGraph g, String cluster) {
            int code = g.clusterIds().indexOf(cluster);
            boolean[] in = new boolean[g.nodeCount()];
            for (int u = 0; u < in.length; u++) {
                in[u] = code >= 0 && g.memberOf(u, code);
            }
            return in;
        }

        /** Whether, without the actors in {@code removed}, no remaining member of a reaches one of b. */
        private static boolean separates(CollaborationGraph g, boolean[] a, boolean[] b, int removed) {
            boolean[] seen = new boolean[g.nodeCount()];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int u = 0; u < g.nodeCount(); u++) {
                if (a[u] && (removed & 1 << u) == 0) {
                    seen[u] = true;
                    queue.add(u);
                }
            }
            while (!queue.isEmpty()) {
                int u = queue.poll();
                if (b[u]) {
                    return false;
                }
                for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                    int v = g.neighbour(s);
                    if (!seen[v] && (removed & 1 << v) == 0) {
                        seen[v] = true;
                        queue.add(v);
                    }
                }
            }
            return true;
        }
    }

    @Nested
    class Paths {

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("io.kaonet.core.connectivity.ConnectivityBruteForceTest#seeds")
        void theKShortestPathsHaveTheLengthsOfTheKShortestSimplePaths(long seed) {
            CollaborationGraph g = randomGraph(seed);
            SplittableRandom random = new SplittableRandom(seed * 31);
            int source = random.nextInt(g.nodeCount());
            int target = (source + 1 + random.nextInt(g.nodeCount() - 1)) % g.nodeCount();
            int k = 1 + random.nextInt(12);

            List<List<Integer>> all = new ArrayList<>();
            enumerate(g, target, new ArrayList<>(List.of(source)), new boolean[g.nodeCount()], all);
            List<Integer> expectedLengths = all.stream().map(List::size).sorted().limit(k).toList();

            List<List<Integer>> found = new IntroductionPaths(g,
                    new IntroductionPaths.Parameters(g.id(source), g.id(target), k)).compute().paths();
            assertThat(found.stream().map(List::size).toList()).isEqualTo(expectedLengths);
            assertThat(new HashSet<>(found)).hasSameSizeAs(found);
            assertThat(all).containsAll(found);
        }

        @Test
        void anActorOutsideTheGraphHasNoPaths() {
            CollaborationGraph g = randomGraph(7);
            assertThat(new IntroductionPaths(g, new IntroductionPaths.Parameters("a00", "nobody", 3)).compute()
                    .paths()).isEmpty();
        }

        @Test
        void parametersRefuseOutOfRangeCounts() {
            assertThatThrownBy(() -> new IntroductionPaths.Parameters("x", "y", 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paths must be 1 to 100");
            assertThatThrownBy(() -> new IntroductionPaths.Parameters("x", "x", 2))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
        }

        /** Every simple path from the last actor of {@code path} to {@code target}, by depth-first search. */
        private static void enumerate(CollaborationGraph g, int target, List<Integer> path, boolean[] on,
                                      List<List<Integer>> out) {
            int u = path.get(path.size() - 1);
            if (u == target) {
                out.add(List.copyOf(path));
                return;
            }
            on[u] = true;
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                int v = g.neighbour(s);
                if (!on[v]) {
                    path.add(v);
                    enumerate(g, target, path, on, out);
                    path.remove(path.size() - 1);
                }
            }
            on[u] = false;
        }
    }

}
