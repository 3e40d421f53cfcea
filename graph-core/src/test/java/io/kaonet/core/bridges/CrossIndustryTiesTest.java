package io.kaonet.core.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CrossIndustryTiesTest {

    /**
     * The literal test network, industry codes in order of first use: machinery 0, electronics 1,
     * finance 2, public 3; unknown is row 4.
     *
     * <pre>
     *   0 A  COMPANY     machinery      edges: 0–1  same industry, same sector
     *   1 B  COMPANY     machinery             0–2  industry, embedded (common 1)
     *   2 C  COMPANY     electronics           0–6  unknown industry, same sector
     *   3 U  UNIVERSITY  (unknown)             1–2  industry, embedded (common 0)
     *   4 D  COMPANY     electronics           2–3  sector, embedded (common 4)
     *   5 F  FINANCIER   finance               2–4  same industry, same sector
     *   6 G  COMPANY     (unknown)             3–4  sector, embedded (common 2)
     *   7 T  TLO         (unknown)             3–7  both unknown, both academia: not crossing (a bridge)
     *   8 P  GOVERNMENT  public                4–5  industry, local bridge, span 4 (4–2–0–6–5)
     *                                          5–6  unknown industry, same sector
     *                                          5–8  industry and sector, bridge
     * </pre>
     */
    static CollaborationGraph network() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        String[][] nodes = {
                {"A", "COMPANY", "machinery"}, {"B", "COMPANY", "machinery"}, {"C", "COMPANY", "electronics"},
                {"U", "UNIVERSITY", null}, {"D", "COMPANY", "electronics"}, {"F", "FINANCIER", "finance"},
                {"G", "COMPANY", null}, {"T", "TLO", null}, {"P", "GOVERNMENT", "public"}};
        for (String[] n : nodes) {
            int u = b.addNode(n[0], n[0], ActorKind.valueOf(n[1]));
            b.attributes(u, n[2], null, null, null);
        }
        int[][] edges = {{0, 1}, {0, 2}, {0, 6}, {1, 2}, {2, 3}, {2, 4}, {3, 4}, {3, 7}, {4, 5}, {5, 6}, {5, 8}};
        for (int[] e : edges) {
            b.addEdge(e[0], e[1]);
        }
        return b.build();
    }

    @Nested
    class LiteralNetwork {

        private final CollaborationGraph g = network();
        private final CrossIndustryTiesResult r = new CrossIndustryTies(g).compute();

        @Test
        void classifiesEveryCrossingTieWithItsSpan() {
            assertThat(r.ties()).extracting(t -> g.id(t.low()), t -> g.id(t.high()), CrossTie::crossesIndustry,
                    CrossTie::crossesSector, CrossTie::role, CrossTie::span).containsExactly(
                    tuple("A", "C", true, false, TieRole.EMBEDDED, 2),
                    tuple("B", "C", true, false, TieRole.EMBEDDED, 2),
                    tuple("C", "U", false, true, TieRole.EMBEDDED, 2),
                    tuple("U", "D", false, true, TieRole.EMBEDDED, 2),
                    tuple("D", "F", true, false, TieRole.LOCAL_BRIDGE, 4),
                    tuple("F", "P", true, true, TieRole.BRIDGE, LocalBridge.INFINITE_SPAN));
        }

        @Test
        void countsCrossingsByRole() {
            assertThat(r.count(Crossing.INDUSTRY)).isEqualTo(4);
            assertThat(r.count(Crossing.INDUSTRY, TieRole.EMBEDDED)).isEqualTo(2);
            assertThat(r.count(Crossing.INDUSTRY, TieRole.LOCAL_BRIDGE)).isEqualTo(1);
            assertThat(r.count(Crossing.INDUSTRY, TieRole.BRIDGE)).isEqualTo(1);
            assertThat(r.count(Crossing.SECTOR)).isEqualTo(3);
            assertThat(r.count(Crossing.SECTOR, TieRole.EMBEDDED)).isEqualTo(2);
            assertThat(r.count(Crossing.SECTOR, TieRole.LOCAL_BRIDGE)).isZero();
            assertThat(r.count(Crossing.SECTOR, TieRole.BRIDGE)).isEqualTo(1);
            assertThat(r.tiesWithUnknownIndustry()).isEqualTo(5); // 0–6, 2–3, 3–4, 3–7, 5–6
        }

        @Test
        void tieMatrixIsSymmetricWithAnUnknownRow() {
            IndustryTieMatrix m = r.matrix();
            assertThat(m.industries()).containsExactly("machinery", "electronics", "finance", "public");
            assertThat(m.size()).isEqualTo(5);
            int unknown = m.unknown();
            long[][] expected = {
                    //  mach elec fin pub unknown
                    {1, 2, 0, 0, 1},   // machinery: 0–1; 0–2, 1–2; 0–6
                    {2, 1, 1, 0, 2},   // electronics: 2–4; 4–5; 2–3, 3–4
                    {0, 1, 0, 1, 1},   // finance: 4–5; 5–8; 5–6
                    {0, 0, 1, 0, 0},   // public: 5–8
                    {1, 2, 1, 0, 1}};  // unknown: 3–7 on the diagonal
            for (int i = 0; i < m.size(); i++) {
                for (int j = 0; j < m.size(); j++) {
                    assertThat(m.count(i, j)).as("cell (%d, %d)", i, j).isEqualTo(expected[i][j]);
                }
            }
            assertThat(unknown).isEqualTo(4);
            assertThat(m.total()).isEqualTo(11);
            assertThatThrownBy(() -> m.count(5, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    static Stream<CollaborationGraph> seededAttributedGraphs() {
        SplittableRandom seeds = new SplittableRandom(31L);
        return LongStream.generate(seeds::nextLong).limit(150).mapToObj(CrossIndustryTiesTest::randomAttributed);
    }

    static CollaborationGraph randomAttributed(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 2 + rnd.nextInt(35);
        int industries = 1 + rnd.nextInt(4);
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        ActorKind[] kinds = ActorKind.values();
        for (int u = 0; u < n; u++) {
            b.addNode("n" + u, null, kinds[rnd.nextInt(kinds.length)]);
            int industry = rnd.nextInt(industries + 1);
            b.attributes(u, industry == industries ? null : "industry-" + industry, null, null, null);
        }
        int draws = (int) (n * (0.5 + rnd.nextDouble() * 2.5));
        for (int k = 0; k < draws; k++) {
            b.addEdge(rnd.nextInt(n), rnd.nextInt(n));
        }
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("seededAttributedGraphs")
    void agreesWithBridgesLocalBridgesAndAttributesEdgeByEdge(CollaborationGraph g) {
        CrossIndustryTiesResult r = new CrossIndustryTies(g).compute();
        BridgesResult bridges = new Bridges(g).compute();
        LocalBridgesResult local = new LocalBridges(g).compute();

        int at = 0;
        long[][] cells = new long[g.industries().size() + 1][g.industries().size() + 1];
        int unknownRow = g.industries().size();
        for (int e = 0; e < g.edgeCount(); e++) {
            int u = g.edgeLow(e);
            int v = g.edgeHigh(e);
            int iu = g.industryCode(u) < 0 ? unknownRow : g.industryCode(u);
            int iv = g.industryCode(v) < 0 ? unknownRow : g.industryCode(v);
            cells[iu][iv]++;
            if (iu != iv) {
                cells[iv][iu]++;
            }
            boolean industry = g.industry(u) != null && g.industry(v) != null && !g.industry(u).equals(g.industry(v));
            boolean sector = g.kind(u).sector() != g.kind(v).sector();
            if (!industry && !sector) {
                continue;
            }
            CrossTie t = r.ties().get(at++);
            assertThat(t.edge()).isEqualTo(e);
            assertThat(t.crossesIndustry()).isEqualTo(industry);
            assertThat(t.crossesSector()).isEqualTo(sector);
            assertThat(t.span()).isEqualTo(local.span(e));
            TieRole expected = bridges.isBridge(e) ? TieRole.BRIDGE
                    : local.isLocalBridge(e) ? TieRole.LOCAL_BRIDGE : TieRole.EMBEDDED;
            assertThat(t.role()).isEqualTo(expected);
        }
        assertThat(r.ties()).hasSize(at);
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells.length; j++) {
                assertThat(r.matrix().count(i, j)).isEqualTo(cells[i][j]);
            }
        }
    }

    @Test
    void crossTieMustCrossSomethingAndHaveASpanThatFitsItsRole() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CrossTie(0, 0, 1, false, false, TieRole.EMBEDDED, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> new CrossTie(0, 0, 1, true, false, TieRole.EMBEDDED, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new CrossTie(0, 0, 1, true, false, TieRole.BRIDGE, 5));
    }
}
