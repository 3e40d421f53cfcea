package io.kaonet.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.demo.DemoNetworkGenerator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo network, loaded at start through the importer, answers over HTTP with its own figures. */
class DemoNetworkGraphQlIT extends ApiIntegrationTest {

    /** The demo as generated, counted here without Neo4j or the compact graph. */
    private static final NetworkBatch DEMO = new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.defaults()).generate().batch();

    @Test
    void summaryAnswersWithTheDemoFigures() {
        int n = DEMO.actors().size();
        Set<String> pairs = new HashSet<>();
        for (Tie t : DEMO.ties()) {
            String a = t.sourceId();
            String b = t.targetId();
            pairs.add(a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a);
        }
        int m = pairs.size();

        graphQl.document("{ network { summary { actors ties density meanDegree } } }").execute()
                .path("network.summary.actors").entity(Integer.class).isEqualTo(n)
                .path("network.summary.ties").entity(Integer.class).isEqualTo(m)
                .path("network.summary.density").entity(Double.class)
                .satisfies(d -> assertThat(d).isCloseTo(2.0 * m / ((double) n * (n - 1)), within(1e-12)))
                .path("network.summary.meanDegree").entity(Double.class)
                .satisfies(d -> assertThat(d).isCloseTo(2.0 * m / n, within(1e-12)));
    }

    /** A {@code Cluster} with its member count. */
    record ClusterCount(String id, String name, Integer memberCount) {
    }

    @Test
    void clustersListTheDemoClustersWithTheirMemberCounts() {
        Map<String, Set<String>> members = new HashMap<>();
        DEMO.memberships().forEach(ms -> members.computeIfAbsent(ms.clusterId(), c -> new HashSet<>()).add(ms.actorId()));

        List<ClusterCount> clusters = graphQl.document("{ clusters { id name memberCount } }").execute()
                .path("clusters").entityList(ClusterCount.class).get();

        assertThat(clusters).hasSize(DEMO.clusters().size());
        for (ClusterCount c : clusters) {
            assertThat(c.memberCount()).as("members of %s", c.id())
                    .isEqualTo(members.getOrDefault(c.id(), Set.of()).size());
        }
    }

    @Test
    void actorLookupReturnsEveryAttributeAndClusters() {
        var actor = DEMO.actors().stream().filter(a -> a.industry() != null && !a.offers().isEmpty()).findFirst()
                .orElseThrow();

        graphQl.document("query($id: ID!) { actor(id: $id) { id name kind industry offers clusters { id } } }")
                .variable("id", actor.id()).execute()
                .path("actor.name").entity(String.class).isEqualTo(actor.name())
                .path("actor.kind").entity(String.class).isEqualTo(actor.kind().name())
                .path("actor.industry").entity(String.class).isEqualTo(actor.industry())
                .path("actor.offers").entityList(String.class).isEqualTo(actor.offers());
    }

    @Test
    void unknownActorIsNull() {
        graphQl.document("{ actor(id: \"no-such-actor\") { id } }").execute().path("actor").valueIsNull();
    }

    @Test
    void pagingWalksEveryActorOnceInIdOrder() {
        Set<String> seen = new HashSet<>();
        String after = null;
        String previous = "";
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            var response = graphQl.document("""
                            query($after: String) {
                              actors(first: 200, after: $after) {
                                totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }
                              }
                            }""")
                    .variable("after", after).execute();
            List<String> ids = response.path("actors.edges[*].node.id").entityList(String.class).get();
            for (String id : ids) {
                assertThat(id).isGreaterThan(previous);
                assertThat(seen.add(id)).isTrue();
                previous = id;
            }
            response.path("actors.totalCount").entity(Integer.class).isEqualTo(DEMO.actors().size());
            hasNext = response.path("actors.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("actors.pageInfo.endCursor").entity(String.class).get();
            pages++;
        }
        assertThat(seen).hasSize(DEMO.actors().size());
        assertThat(pages).isEqualTo((DEMO.actors().size() + 199) / 200);
    }

    @Test
    void oversizedPageIsRefusedWithACode() {
        graphQl.document("{ actors(first: 100000) { totalCount } }").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("first must be within [1, 500]");
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT");
                });
    }

    @Test
    void scopeByClusterAndDateNarrowsTheNetwork() {
        String cluster = DEMO.clusters().get(0).id();
        int all = graphQl.document("{ network { summary { ties } } }").execute()
                .path("network.summary.ties").entity(Integer.class).get();
        int early = graphQl.document("{ network(scope: {asOf: \"2003-01-01\"}) { summary { ties } } }").execute()
                .path("network.summary.ties").entity(Integer.class).get();
        int inCluster = graphQl.document("query($c: ID!) { network(scope: {clusterIds: [$c]}) { summary { actors } } }")
                .variable("c", cluster).execute()
                .path("network.summary.actors").entity(Integer.class).get();

        assertThat(early).isPositive().isLessThan(all);
        assertThat(inCluster).isPositive().isLessThan(DEMO.actors().size());
    }
}
