package io.kaonet.api.intercluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.DemoProjection;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.intercluster.ClusterBoundary;
import io.kaonet.core.intercluster.ClusterPairLinks;
import io.kaonet.core.intercluster.Gatekeeper;
import io.kaonet.core.intercluster.InterClusterLinks;
import io.kaonet.core.intercluster.InterClusterLinksResult;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Tie;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@code interClusterLinks} on the demo network over HTTP. */
class InterClusterLinksGraphQlIT extends ApiIntegrationTest {

    private final CollaborationGraph graph = DemoProjection.graph();
    private final InterClusterLinksResult expected = new InterClusterLinks(graph).compute();

    /** A cluster. */
    record ClusterRef(String id, String name) {
    }

    /** {@code ClusterPairLinks}. */
    record PairLinks(ClusterRef clusterA, ClusterRef clusterB, Integer ties) {
    }

    @Test
    void pairsEqualGraphCoreOnAnIndependentProjection() {
        Map<String, Integer> want = new TreeMap<>();
        for (ClusterPairLinks p : expected.pairs()) {
            want.put(key(expected.clusterIds().get(p.pair().first()), expected.clusterIds().get(p.pair().second())),
                    p.ties());
        }
        var response = graphQl.document("""
                { network { interClusterLinks { ties pairs { clusterA { id name } clusterB { id } ties } } } }""")
                .execute();
        response.path("network.interClusterLinks.ties").entity(Integer.class).isEqualTo(expected.ties().size());
        Map<String, Integer> got = new TreeMap<>();
        List<Integer> counts = new java.util.ArrayList<>();
        for (PairLinks p : response.path("network.interClusterLinks.pairs").entityList(PairLinks.class).get()) {
            assertThat(p.clusterA().name()).contains("synthetic demo");
            got.put(key(p.clusterA().id(), p.clusterB().id()), p.ties());
            counts.add(p.ties());
        }
        assertThat(got).isEqualTo(want).isNotEmpty();
        assertThat(counts).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
    }

    @Test
    void gatekeepersAndIndexesOfEachClusterEqualGraphCore() {
        var response = graphQl.document("""
                { network { interClusterLinks {
                    gatekeepers(first: 3) { cluster { id } total gatekeepers { actor { id } rank externalPartners
                        internalPartners clustersReached gatekeeperPairs representativePairs } }
                    eiIndexByCluster { cluster { id } members external internal index baseline }
                    overall { internal external excluded index }
                } } }""").execute();
        for (int c = 0; c < expected.boundaries().size(); c++) {
            ClusterBoundary b = expected.boundary(c);
            String cluster = expected.clusterIds().get(c);
            String at = "network.interClusterLinks.gatekeepers[?(@.cluster.id == '" + cluster + "')]";
            response.path(at + ".total").entityList(Integer.class).containsExactly(b.gatekeepers().size());
            List<String> ids = response.path(at + ".gatekeepers[*].actor.id").entityList(String.class).get();
            List<Integer> outside = response.path(at + ".gatekeepers[*].externalPartners").entityList(Integer.class).get();
            List<Integer> gate = response.path(at + ".gatekeepers[*].gatekeeperPairs").entityList(Integer.class).get();
            List<Gatekeeper> top = b.gatekeepers().subList(0, Math.min(3, b.gatekeepers().size()));
            assertThat(ids).containsExactlyElementsOf(top.stream().map(k -> graph.id(k.node())).toList());
            assertThat(outside).containsExactlyElementsOf(top.stream().map(Gatekeeper::externalPartners).toList());
            assertThat(gate).containsExactlyElementsOf(top.stream().map(k -> (int) k.gatekeeperPairs()).toList());

            String ei = "network.interClusterLinks.eiIndexByCluster[?(@.cluster.id == '" + cluster + "')]";
            response.path(ei + ".members").entityList(Long.class).containsExactly(b.members())
                    .path(ei + ".external").entityList(Long.class).containsExactly(b.external())
                    .path(ei + ".internal").entityList(Long.class).containsExactly(b.internal());
            double index = response.path(ei + ".index").entityList(Double.class).get().get(0);
            assertThat(index).isCloseTo(b.eiIndex(), within(1e-12));
        }
        response.path("network.interClusterLinks.overall.internal").entity(Long.class).isEqualTo(expected.internal())
                .path("network.interClusterLinks.overall.external").entity(Long.class).isEqualTo(expected.external())
                .path("network.interClusterLinks.overall.excluded").entity(Long.class).isEqualTo(expected.excluded());
    }

    @Test
    void internationalTiesAreThoseBetweenActorsOfDifferentCountriesInTheRecords() {
        Map<String, String> country = new HashMap<>();
        DemoProjection.DEMO.actors().forEach((Actor a) -> country.put(a.id(), a.country()));
        Set<String> pairs = new HashSet<>();
        for (Tie t : DemoProjection.DEMO.ties()) {
            String a = country.get(t.sourceId());
            String b = country.get(t.targetId());
            if (a != null && b != null && !a.equals(b)) {
                pairs.add(key(t.sourceId(), t.targetId()));
            }
        }
        graphQl.document("{ network { interClusterLinks { international { ties pairs { placeA placeB ties } } } } }")
                .execute()
                .path("network.interClusterLinks.international.ties").entity(Integer.class).isEqualTo(pairs.size())
                .path("network.interClusterLinks.international.pairs[*].ties").entityList(Integer.class)
                .satisfies(t -> assertThat(t.stream().mapToInt(Integer::intValue).sum()).isEqualTo(pairs.size()));
        assertThat(pairs).isNotEmpty();
    }

    @Test
    void linksPageThroughEveryInterClusterTieOfACluster() {
        long expectedForHokkaido = expected.ties().stream().filter(t -> t.pairs().stream().anyMatch(p ->
                expected.clusterIds().get(p.first()).equals("HOKKAIDO")
                        || expected.clusterIds().get(p.second()).equals("HOKKAIDO"))).count();
        var response = graphQl.document("""
                { network { interClusterLinks { links(first: 3, clusterId: "HOKKAIDO") {
                    totalCount pageInfo { hasNextPage } edges { node { actors { id } kinds links { clusterA clusterB } } }
                } } } }""").execute();
        response.path("network.interClusterLinks.links.totalCount").entity(Long.class).isEqualTo(expectedForHokkaido)
                .path("network.interClusterLinks.links.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("network.interClusterLinks.links.edges[0].node.actors").entityList(Object.class).hasSize(2);
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
