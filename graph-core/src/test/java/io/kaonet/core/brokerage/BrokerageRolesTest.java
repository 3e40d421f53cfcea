package io.kaonet.core.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaonet.core.brokerage.BrokerageResult.GroupPair;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.oracle.Oracle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrokerageRolesTest {

    /**
     * R printed the reference values with 15 significant digits (the largest is about 250), which is
     * enough for an absolute tolerance of 1e-9; the values in fact agree to 1e-13 relative.
     */
    private static void assertClose(double actual, JsonNode expected, String what) {
        if (expected.isNull()) {
            assertThat(actual).as(what).isNaN();
            return;
        }
        double e = expected.asDouble();
        assertThat(actual).as(what).isCloseTo(e, within(1e-9));
    }

    @Nested
    class AgainstSnaOnEmonCheyenne {

        private final Oracle emon = Oracle.emonCheyenne();
        private final JsonNode metrics = emon.metrics();
        private final BrokerageResult result = new BrokerageRoles(emon.graph(),
                BrokerageRoles.Parameters.of(sponsorship(emon)).withThreads(2)).compute();

        @Test
        void readsTheNetworkAsSnaDid() {
            assertThat(result.metadata().arcs()).isEqualTo(metrics.get("n_arcs").asInt());
            assertThat(result.metadata().density()).isCloseTo(metrics.get("density_sna_gden").asDouble(),
                    within(1e-12));
        }

        @Test
        void perNodeCountsExpectationsDeviationsAndZScoresMatch() {
            for (String id : iterable(metrics.get("brokerage_raw").fieldNames())) {
                int u = emon.index(id);
                for (BrokerageRole role : BrokerageRole.values()) {
                    String name = role.snaName();
                    String what = role + " of " + id;
                    assertThat(result.raw(u, role)).as(what)
                            .isEqualTo(metrics.get("brokerage_raw").get(id).get(name).asLong());
                    assertClose(result.expected(u, role), metrics.get("brokerage_expected").get(id).get(name),
                            "expected " + what);
                    assertClose(result.standardDeviation(u, role), metrics.get("brokerage_sd").get(id).get(name),
                            "sd " + what);
                    assertClose(result.z(u, role), metrics.get("brokerage_z").get(id).get(name), "z " + what);
                }
            }
            assertThat(metrics.get("brokerage_raw").size()).isEqualTo(emon.graph().nodeCount());
        }

        @Test
        void globalCountsExpectationsDeviationsAndZScoresMatch() {
            for (BrokerageRole role : BrokerageRole.values()) {
                String name = role.snaName();
                assertThat(result.globalRaw(role)).as("global " + role)
                        .isEqualTo(metrics.get("brokerage_global_raw").get(name).asLong());
                assertClose(result.globalExpected(role), metrics.get("brokerage_global_expected").get(name),
                        "global expected " + role);
                assertClose(result.globalStandardDeviation(role), metrics.get("brokerage_global_sd").get(name),
                        "global sd " + role);
                assertClose(result.globalZ(role), metrics.get("brokerage_global_z").get(name), "global z " + role);
            }
        }

        @Test
        void groupPairsOfEveryBrokerAddUpToItsRoleCounts() {
            for (int u = 0; u < emon.graph().nodeCount(); u++) {
                Map<BrokerageRole, Long> byRole = new EnumMap<>(BrokerageRole.class);
                for (GroupPair p : result.groupPairs(u)) {
                    byRole.merge(p.role(), p.pairs(), Long::sum);
                }
                for (BrokerageRole role : BrokerageRole.values()) {
                    long expected = role == BrokerageRole.TOTAL
                            ? byRole.values().stream().mapToLong(Long::longValue).sum()
                            : byRole.getOrDefault(role, 0L);
                    assertThat(result.raw(u, role)).as("%s of %d", role, u).isEqualTo(expected);
                }
            }
        }

        private java.util.function.IntUnaryOperator sponsorship(Oracle oracle) {
            JsonNode nodes = oracle.root().get("networks").get("Cheyenne").get("nodes");
            Map<String, Integer> codes = new HashMap<>();
            int[] group = new int[nodes.size()];
            for (JsonNode node : nodes) {
                int u = oracle.index(node.get("id").asText());
                group[u] = codes.computeIfAbsent(node.get("sponsorship").asText(), k -> codes.size());
            }
            return u -> group[u];
        }
    }

    @Nested
    class AgainstEnumeration {

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {41, 42, 43, 44})
        void countsAndGroupPairsEqualABruteForceEnumerationOfTriples(long seed) {
            CollaborationGraph g = SeededGraphs.gnp(seed, 28, 0.18, 1, 0.7);
            int[] group = new SplittableRandom(seed).ints(g.nodeCount(), 10, 14).toArray();
            for (Direction direction : Direction.values()) {
                BrokerageResult r = new BrokerageRoles(g,
                        new BrokerageRoles.Parameters(u -> group[u], direction, 3)).compute();
                boolean[][] arc = arcs(g, direction);
                int n = g.nodeCount();
                for (int b = 0; b < n; b++) {
                    long[] counts = new long[BrokerageRole.values().length];
                    Map<List<Integer>, Long> pairs = new HashMap<>();
                    for (int a = 0; a < n; a++) {
                        for (int c = 0; c < n; c++) {
                            if (a != c && a != b && c != b && arc[a][b] && arc[b][c] && !arc[a][c]) {
                                counts[BrokerageRole.of(group[a], group[b], group[c]).ordinal()]++;
                                counts[BrokerageRole.TOTAL.ordinal()]++;
                                pairs.merge(List.of(group[a], group[c]), 1L, Long::sum);
                            }
                        }
                    }
                    for (BrokerageRole role : BrokerageRole.values()) {
                        assertThat(r.raw(b, role)).as("%s of %d (%s)", role, b, direction)
                                .isEqualTo(counts[role.ordinal()]);
                    }
                    Map<List<Integer>, Long> reported = new HashMap<>();
                    for (GroupPair p : r.groupPairs(b)) {
                        reported.put(List.of(p.groupOfA(), p.groupOfC()), p.pairs());
                        assertThat(p.role()).isEqualTo(BrokerageRole.of(p.groupOfA(), group[b], p.groupOfC()));
                    }
                    assertThat(reported).as("group pairs of %d (%s)", b, direction).isEqualTo(pairs);
                }
            }
        }

        @Test
        void onUndirectedTiesRepresentativeAndGatekeeperMirrorEachOther() {
            CollaborationGraph g = SeededGraphs.gnp(7, 40, 0.15, 1, 0);
            BrokerageResult r = new BrokerageRoles(g, BrokerageRoles.Parameters.byKind(g)).compute();

            for (int u = 0; u < g.nodeCount(); u++) {
                assertThat(r.raw(u, BrokerageRole.REPRESENTATIVE)).isEqualTo(r.raw(u, BrokerageRole.GATEKEEPER));
            }
            assertThat(r.metadata().arcs()).isEqualTo(2 * g.edgeCount());
            assertThat(r.groups().length).isEqualTo(r.metadata().groupCount());
        }

        private boolean[][] arcs(CollaborationGraph g, Direction direction) {
            int n = g.nodeCount();
            boolean[][] arc = new boolean[n][n];
            for (int u = 0; u < n; u++) {
                for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                    if (direction == Direction.UNDIRECTED || g.hasArc(u, s)) {
                        arc[u][g.neighbour(s)] = true;
                    }
                }
            }
            return arc;
        }
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }

    @Test
    void aNodeWithoutInOrOutArcsBrokersNothing() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < 3; u++) {
            b.addNode("v" + u, null, io.kaonet.core.model.ActorKind.COMPANY);
        }
        // 0 -> 1 -> 2 as supply arcs: only 1 brokers, as a coordinator (one group)
        b.addTie(0, 1, io.kaonet.core.model.TieKind.SUPPLY, 1, null);
        b.addTie(1, 2, io.kaonet.core.model.TieKind.SUPPLY, 1, null);
        BrokerageResult r = new BrokerageRoles(b.build(), BrokerageRoles.Parameters.of(u -> 0)).compute();

        assertThat(r.raw(0, BrokerageRole.TOTAL)).isZero();
        assertThat(r.groupPairs(0)).isEmpty();
        assertThat(r.raw(1, BrokerageRole.COORDINATOR)).isEqualTo(1);
        assertThat(r.groupPairs(1)).containsExactly(new GroupPair(0, 0, BrokerageRole.COORDINATOR, 1));
        assertThat(r.groupSize(0)).isEqualTo(3);
    }
}
