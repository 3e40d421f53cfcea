package io.kaonet.api.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.DemoProjection;
import io.kaonet.core.bridges.CrossIndustryTies;
import io.kaonet.core.bridges.CrossIndustryTiesResult;
import io.kaonet.core.bridges.CrossTie;
import io.kaonet.core.bridges.Crossing;
import io.kaonet.core.bridges.EIIndex;
import io.kaonet.core.bridges.EIIndexResult;
import io.kaonet.core.bridges.TieRole;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code crossIndustryTies}, {@code industryMatrix} and {@code eiIndex} on the demo network over HTTP. */
class CrossIndustryGraphQlIT extends ApiIntegrationTest {

    private final CollaborationGraph graph = DemoProjection.graph();
    private final CrossIndustryTiesResult expected = new CrossIndustryTies(graph).compute();

    /** An actor by id. */
    record Ref(String id) {
    }

    /** {@code CrossTie} with every field the listing selects. */
    record CrossTieNode(Ref source, Ref target, List<String> kinds, Boolean crossesIndustry, Boolean crossesSector,
                        List<String> industries, List<String> sectors, String role, Integer span) {
    }

    /** One page of cross ties. */
    record CrossTiePage(Integer totalCount, PageInfo pageInfo, List<Edge> edges) {

        record PageInfo(boolean hasNextPage, String endCursor) {
        }

        record Edge(CrossTieNode node) {
        }
    }

    /** A cell of the industry matrix. */
    record Cell(String industryA, String industryB, Long ties) {
    }

    @Test
    void everyCrossTieIsListedOnceWithItsRoleAndSpanBridgesFirst() {
        Map<String, CrossTie> byEnds = new HashMap<>();
        for (CrossTie t : expected.ties()) {
            byEnds.put(graph.id(t.low()) + "|" + graph.id(t.high()), t);
        }
        Set<String> seen = new HashSet<>();
        List<Integer> spans = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            CrossTiePage page = graphQl.document("""
                    query($after: String) { network { crossIndustryTies(first: 500, after: $after) {
                        totalCount pageInfo { hasNextPage endCursor }
                        edges { node { source { id } target { id } kinds crossesIndustry crossesSector industries sectors role span } }
                    } } }""").variable("after", after).execute().path("network.crossIndustryTies")
                    .entity(CrossTiePage.class).get();
            assertThat(page.totalCount()).isEqualTo(expected.ties().size());
            for (CrossTiePage.Edge edge : page.edges()) {
                CrossTieNode node = edge.node();
                String key = node.source().id() + "|" + node.target().id();
                assertThat(seen.add(key)).isTrue();
                CrossTie t = byEnds.get(key);
                assertThat(t).as(key).isNotNull();
                assertThat(node.role()).isEqualTo(t.role().name());
                assertThat(node.crossesIndustry()).isEqualTo(t.crossesIndustry());
                assertThat(node.crossesSector()).isEqualTo(t.crossesSector());
                assertThat(node.industries()).containsExactly(graph.industry(t.low()), graph.industry(t.high()));
                assertThat(node.kinds()).isNotEmpty();
                if (t.role() == TieRole.BRIDGE) {
                    assertThat(node.span()).isNull();
                    spans.add(Integer.MAX_VALUE);
                } else {
                    assertThat(node.span()).isEqualTo(t.span());
                    spans.add(t.span());
                }
            }
            more = page.pageInfo().hasNextPage();
            after = page.pageInfo().endCursor();
        }
        assertThat(seen).hasSize(expected.ties().size());
        assertThat(spans).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void filtersByCrossingAndRoleAndCountsPerRole() {
        var response = graphQl.document("""
                { network { crossIndustryTies(first: 5, crossing: INDUSTRY, role: LOCAL_BRIDGE) {
                    totalCount counts { crossing role ties } tiesWithUnknownIndustry
                    edges { node { role crossesIndustry } } } } }""").execute();
        response.path("network.crossIndustryTies.totalCount").entity(Integer.class)
                .isEqualTo(expected.count(Crossing.INDUSTRY, TieRole.LOCAL_BRIDGE))
                .path("network.crossIndustryTies.edges[*].node.role").entityList(String.class)
                .satisfies(roles -> assertThat(roles).containsOnly("LOCAL_BRIDGE"))
                .path("network.crossIndustryTies.tiesWithUnknownIndustry").entity(Long.class)
                .isEqualTo(expected.tiesWithUnknownIndustry());
        int i = 0;
        for (Crossing c : Crossing.values()) {
            for (TieRole r : TieRole.values()) {
                response.path("network.crossIndustryTies.counts[" + i + "].ties").entity(Integer.class)
                        .isEqualTo(expected.count(c, r));
                i++;
            }
        }
    }

    @Test
    void industryMatrixCellsAddUpToEveryTie() {
        var response = graphQl.document("""
                { network { industryMatrix { industries ties tiesWithUnknownIndustry crossIndustryTies
                    cells { industryA industryB ties } } } }""").execute();
        response.path("network.industryMatrix.ties").entity(Integer.class).isEqualTo(graph.edgeCount())
                .path("network.industryMatrix.crossIndustryTies").entity(Integer.class)
                .isEqualTo(expected.count(Crossing.INDUSTRY))
                .path("network.industryMatrix.industries").entityList(String.class).isEqualTo(graph.industries());
        List<Cell> cells = response.path("network.industryMatrix.cells").entityList(Cell.class).get();
        long sum = 0;
        long crossing = 0;
        for (Cell c : cells) {
            long ties = c.ties();
            sum += ties;
            if (c.industryA() != null && c.industryB() != null && !c.industryA().equals(c.industryB())) {
                crossing += ties;
            }
            int a = c.industryA() == null ? expected.matrix().unknown() : graph.industries().indexOf(c.industryA());
            int b = c.industryB() == null ? expected.matrix().unknown() : graph.industries().indexOf(c.industryB());
            assertThat(ties).isEqualTo(expected.matrix().count(a, b));
        }
        assertThat(sum).isEqualTo(graph.edgeCount());
        assertThat(crossing).isEqualTo(expected.count(Crossing.INDUSTRY));
    }

    @Test
    void eiIndexByIndustryEqualsGraphCore() {
        EIIndexResult ei = EIIndex.byIndustry(graph).compute();
        graphQl.document("{ network { eiIndex(groupBy: INDUSTRY) { external internal excluded index baseline } } }")
                .execute()
                .path("network.eiIndex.external").entity(Long.class).isEqualTo(ei.external())
                .path("network.eiIndex.internal").entity(Long.class).isEqualTo(ei.internal())
                .path("network.eiIndex.excluded").entity(Long.class).isEqualTo(ei.excluded())
                .path("network.eiIndex.index").entity(Double.class)
                .satisfies(v -> assertThat(v).isCloseTo(ei.index(), within(1e-12)))
                .path("network.eiIndex.baseline").entity(Double.class)
                .satisfies(v -> assertThat(v).isCloseTo(ei.baselineIndex(), within(1e-12)));
    }

    @Test
    void eiIndexBySectorHasThreeGroupsAndNoExclusions() {
        EIIndexResult ei = EIIndex.bySector(graph).compute();
        graphQl.document("{ network { eiIndex(groupBy: SECTOR) { excluded index groups { group size } } } }")
                .execute()
                .path("network.eiIndex.excluded").entity(Long.class).isEqualTo(0L)
                .path("network.eiIndex.index").entity(Double.class)
                .satisfies(v -> assertThat(v).isCloseTo(ei.index(), within(1e-12)))
                .path("network.eiIndex.groups[*].group").entityList(String.class)
                .satisfies(g -> assertThat(g).containsExactlyInAnyOrder("INDUSTRY", "ACADEMIA", "GOVERNMENT"));
    }
}
