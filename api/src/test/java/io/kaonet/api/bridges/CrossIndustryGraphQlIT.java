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

    @Test
    @SuppressWarnings("unchecked")
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
            var response = graphQl.document("""
                    query($after: String) { network { crossIndustryTies(first: 500, after: $after) {
                        totalCount pageInfo { hasNextPage endCursor }
                        edges { node { actors { id } kinds crossesIndustry crossesSector industries sectors role span } }
                    } } }""").variable("after", after).execute();
            response.path("network.crossIndustryTies.totalCount").entity(Integer.class).isEqualTo(expected.ties().size());
            for (Object o : response.path("network.crossIndustryTies.edges[*].node").entityList(Map.class).get()) {
                Map<String, Object> node = (Map<String, Object>) o;
                List<String> ends = ((List<Map<String, Object>>) node.get("actors")).stream()
                        .map(a -> (String) a.get("id")).toList();
                String key = ends.get(0) + "|" + ends.get(1);
                assertThat(seen.add(key)).isTrue();
                CrossTie t = byEnds.get(key);
                assertThat(t).as(key).isNotNull();
                assertThat(node.get("role")).isEqualTo(t.role().name());
                assertThat(node.get("crossesIndustry")).isEqualTo(t.crossesIndustry());
                assertThat(node.get("crossesSector")).isEqualTo(t.crossesSector());
                assertThat((List<String>) node.get("industries")).containsExactly(graph.industry(t.low()),
                        graph.industry(t.high()));
                assertThat((List<String>) node.get("kinds")).isNotEmpty();
                if (t.role() == TieRole.BRIDGE) {
                    assertThat(node.get("span")).isNull();
                    spans.add(Integer.MAX_VALUE);
                } else {
                    assertThat(node.get("span")).isEqualTo(t.span());
                    spans.add(t.span());
                }
            }
            more = response.path("network.crossIndustryTies.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("network.crossIndustryTies.pageInfo.endCursor").entity(String.class).get();
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
    @SuppressWarnings("unchecked")
    void industryMatrixCellsAddUpToEveryTie() {
        var response = graphQl.document("""
                { network { industryMatrix { industries ties tiesWithUnknownIndustry crossIndustryTies
                    cells { industryA industryB ties } } } }""").execute();
        response.path("network.industryMatrix.ties").entity(Integer.class).isEqualTo(graph.edgeCount())
                .path("network.industryMatrix.crossIndustryTies").entity(Integer.class)
                .isEqualTo(expected.count(Crossing.INDUSTRY))
                .path("network.industryMatrix.industries").entityList(String.class).isEqualTo(graph.industries());
        List<Map<String, Object>> cells = response.path("network.industryMatrix.cells").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        long sum = 0;
        long crossing = 0;
        for (Map<String, Object> c : cells) {
            long ties = ((Number) c.get("ties")).longValue();
            sum += ties;
            if (c.get("industryA") != null && c.get("industryB") != null && !c.get("industryA").equals(c.get("industryB"))) {
                crossing += ties;
            }
            int a = c.get("industryA") == null ? expected.matrix().unknown()
                    : graph.industries().indexOf(c.get("industryA"));
            int b = c.get("industryB") == null ? expected.matrix().unknown()
                    : graph.industries().indexOf(c.get("industryB"));
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
