package io.kaonet.api.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The schema's design (docs/graphql/design.md) on the demo network: the new names answer, the
 * deprecated names they replace still answer the same values, every analysis answers under
 * {@code network(scope)} as its deprecated root field does, and unknown ids are NOT_FOUND.
 */
@SuppressWarnings("unchecked")
class SchemaDesignGraphQlIT extends ApiIntegrationTest {

    private static final String SMALL = "{clusterIds: [\"HAMAMATSU\"]}";

    record Ref(String id) {
    }

    record Pair(Ref source, Ref target) {
    }

    record OldPair(Ref actor, Ref candidate) {
    }

    private GraphQlTester.Response run(String document) {
        GraphQlTester.Response response = graphQl.document(document).execute();
        response.errors().verify();
        return response;
    }

    private String firstCompany(String clusterId) {
        return run("{ actors(first: 1, filter: {clusterIds: [\"" + clusterId + "\"], kinds: [COMPANY]}) { edges { node { id } } } }")
                .path("actors.edges[0].node.id").entity(String.class).get();
    }

    private void assertNotFound(String document, String field, String value) {
        graphQl.document(document).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND").containsEntry("field", field)
                    .containsEntry("value", value);
        });
    }

    @Nested
    class AnalysesUnderNetwork {

        @Test
        void candidatesUnderNetworkAreTheRootFieldsCandidatesWithSourceAndTarget() {
            String actor = firstCompany("HAMAMATSU");
            List<Pair> fresh = run("{ network(scope: " + SMALL + ") { candidates(actorId: \"" + actor + "\", first: 5) "
                    + "{ totalCount edges { node { source { id } target { id } } } } } }")
                    .path("network.candidates.edges[*].node").entityList(Pair.class).get();
            List<OldPair> old = run("{ candidates(actorId: \"" + actor + "\", scope: " + SMALL + ", first: 5) "
                    + "{ edges { node { actor { id } candidate { id } } } } }")
                    .path("candidates.edges[*].node").entityList(OldPair.class).get();

            assertThat(fresh).isNotEmpty().hasSize(old.size());
            assertThat(fresh).extracting(p -> p.source().id()).containsOnly(actor);
            assertThat(fresh).extracting(p -> p.target().id())
                    .containsExactlyElementsOf(old.stream().map(p -> p.candidate().id()).toList());
        }

        @Test
        void anUnknownActorIsNotFoundUnderNetworkAndAtTheRoot() {
            assertNotFound("{ network { candidates(actorId: \"no-such-actor\") { totalCount } } }", "actorId", "no-such-actor");
            assertNotFound("{ candidates(actorId: \"no-such-actor\") { totalCount } }", "actorId", "no-such-actor");
        }

        @Test
        void aStoredActorOutsideTheScopeHasNoCandidates() {
            String outside = firstCompany("SHIKOKU");
            assertThat(run("{ network(scope: " + SMALL + ") { candidates(actorId: \"" + outside + "\") { totalCount edges { cursor } } } }")
                    .path("network.candidates.totalCount").entity(Integer.class).get()).isZero();
        }

        @Test
        void kpiSeriesUnderNetworkEqualsTheRootField() {
            String points = "points { period { label } cohesion { actors ties giantComponentShare giantShare } }";
            Object fresh = run("{ network(scope: " + SMALL + ") { kpiSeries(periods: PHASES) { " + points + " } } }")
                    .path("network.kpiSeries.points").entity(Object.class).get();
            Object old = run("{ kpiSeries(scope: " + SMALL + ", periods: PHASES) { " + points + " } }")
                    .path("kpiSeries.points").entity(Object.class).get();

            assertThat(fresh).isEqualTo(old);
            List<Map<String, Object>> cohesion = run("{ network(scope: " + SMALL + ") { kpiSeries { points { cohesion { giantComponentShare giantShare } } } } }")
                    .path("network.kpiSeries.points[*].cohesion").entity(List.class).get();
            assertThat(cohesion).hasSize(3).allSatisfy(c -> assertThat(c.get("giantComponentShare")).isEqualTo(c.get("giantShare")));
        }

        @Test
        void aScopeWithDatesIsRefusedByTheAnalysesOverTime() {
            graphQl.document("{ network(scope: {asOf: \"2010-01-01\"}) { kpiSeries { basis } } }").execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_ARGUMENT")
                                    .containsEntry("field", "scope")));
        }

        @Test
        void changesUnderNetworkEqualTheRootFieldAndBrokersSizeThemselves() {
            String dates = "from: \"2005-01-01\", to: \"2012-01-01\"";
            Map<String, Object> fresh = run("{ network(scope: " + SMALL + ") { changes(" + dates + ") { tiesBefore tiesAfter "
                    + "tiesFormed(first: 5) { totalCount edges { node { source { id } target { id } } } } "
                    + "top5: newBrokers(first: 5) { actor { id } rankAfter } top10: newBrokers(first: 10) { actor { id } } "
                    + "enteredScope { id } leftScope { id } } } }")
                    .path("network.changes").entity(Map.class).get();
            Map<String, Object> old = run("{ changes(scope: " + SMALL + ", " + dates + ", topBrokers: 5) { tiesBefore tiesAfter topBrokers "
                    + "tiesFormed(first: 5) { edges { node { first { id } second { id } } } } "
                    + "newBrokers { actorId rankAfter } enteredActors leftActors } }")
                    .path("changes").entity(Map.class).get();

            assertThat(fresh.get("tiesBefore")).isEqualTo(old.get("tiesBefore"));
            assertThat(fresh.get("tiesAfter")).isEqualTo(old.get("tiesAfter"));
            assertThat(old.get("topBrokers")).isEqualTo(5);
            assertThat(ids(fresh, "top5", "actor")).isEqualTo(ids(old, "newBrokers", null));
            assertThat((List<?>) fresh.get("top10")).hasSizeGreaterThanOrEqualTo(((List<?>) fresh.get("top5")).size());
            assertThat(ids(fresh, "enteredScope", null)).isEqualTo(old.get("enteredActors"));
            assertThat(ids(fresh, "leftScope", null)).isEqualTo(old.get("leftActors"));
            assertThat(fresh.toString()).contains("source", "target");
        }

        @SuppressWarnings("unchecked")
        private List<String> ids(Map<String, Object> answer, String list, String inner) {
            return ((List<Map<String, Object>>) answer.get(list)).stream().map(m -> {
                Object value = inner == null ? m : m.get(inner);
                Map<String, Object> v = (Map<String, Object>) value;
                return (String) (v.containsKey("id") ? v.get("id") : v.get("actorId"));
            }).toList();
        }

        @Test
        void scorecardUnderNetworkEqualsTheRootFieldAndNamesItsClusters() {
            String period = run("{ indicatorPeriods }").path("indicatorPeriods[0]").entity(String.class).get();
            List<Map<String, Object>> fresh = run("{ network { scorecard(period: \"" + period + "\", standardization: DEVIATION_SCORE) "
                    + "{ standardization standardisation clusters { cluster { id } clusterId overallIndex } } } }")
                    .path("network.scorecard.clusters").entity(List.class).get();
            List<Map<String, Object>> old = run("{ scorecard(period: \"" + period + "\", standardisation: DEVIATION_SCORE) "
                    + "{ clusters { clusterId overallIndex } } }").path("scorecard.clusters").entity(List.class).get();

            assertThat(fresh).isNotEmpty().hasSize(old.size());
            for (int i = 0; i < fresh.size(); i++) {
                assertThat(((Map<?, ?>) fresh.get(i).get("cluster")).get("id")).isEqualTo(old.get(i).get("clusterId"));
                assertThat(fresh.get(i).get("clusterId")).isEqualTo(old.get(i).get("clusterId"));
                assertThat(fresh.get(i).get("overallIndex")).isEqualTo(old.get(i).get("overallIndex"));
            }
            graphQl.document("{ network(scope: " + SMALL + ") { scorecard(period: \"" + period + "\") { period } } }").execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_ARGUMENT")));
        }

        @Test
        void clusterIntroductionsUnderNetworkSizeEachListWithFirst() {
            Map<String, Object> fresh = run("{ network { clusterIntroductions(clusterId: \"HAMAMATSU\") { cluster { id } members "
                    + "pairs(first: 3) { source { id } target { id } score } "
                    + "isolated(first: 2) { actor { id } bridges(first: 1) { target { id } } } } } }")
                    .path("network.clusterIntroductions").entity(Map.class).get();
            Map<String, Object> old = run("{ clusterIntroductions(clusterId: \"HAMAMATSU\", pairs: 3, isolatedFirms: 2, bridgesPerFirm: 1) "
                    + "{ clusterId members pairs { actor { id } candidate { id } score } "
                    + "isolated { firm { id } bridges { candidate { id } } } } }")
                    .path("clusterIntroductions").entity(Map.class).get();

            assertThat(((Map<?, ?>) fresh.get("cluster")).get("id")).isEqualTo("HAMAMATSU").isEqualTo(old.get("clusterId"));
            assertThat(fresh.get("members")).isEqualTo(old.get("members"));
            List<?> pairs = (List<?>) fresh.get("pairs");
            assertThat(pairs).hasSize(3).hasSameSizeAs((List<?>) old.get("pairs"));
            assertThat(pairs.toString().replace("source", "actor").replace("target", "candidate"))
                    .isEqualTo(old.get("pairs").toString());
            assertThat(fresh.get("isolated").toString().replace("target", "candidate").replace("{actor=", "{firm="))
                    .isEqualTo(old.get("isolated").toString());
        }

        @Test
        void aListsOwnFirstWinsOverTheDeprecatedRootCount() {
            List<?> pairs = run("{ clusterIntroductions(clusterId: \"HAMAMATSU\", pairs: 2) { pairs(first: 4) { score } } }")
                    .path("clusterIntroductions.pairs").entity(List.class).get();
            assertThat(pairs).hasSize(4);
        }

        @Test
        void anUnknownClusterIsNotFound() {
            assertNotFound("{ network { clusterIntroductions(clusterId: \"NO-SUCH\") { members } } }", "clusterId", "NO-SUCH");
        }
    }

    @Nested
    class SortedActors {

        record Listed(String id, String name, Integer founded, String country) {
        }

        private List<Listed> page(String arguments, String path) {
            return run("{ actors(" + arguments + ") { edges { node { id name founded country } } } }")
                    .path(path).entityList(Listed.class).get();
        }

        @Test
        void actorsSortByNameWithinACountryAndPageOnInTheSameOrder() {
            List<Listed> all = page("first: 500, filter: {countries: [\"DE\"]}", "actors.edges[*].node");
            assertThat(all).isNotEmpty().allSatisfy(a -> assertThat(a.country()).isEqualTo("DE"));
            List<Listed> byName = all.stream().sorted(java.util.Comparator.comparing(Listed::name)
                    .thenComparing(Listed::id)).toList();

            String firstPage = "{ actors(first: 3, orderBy: NAME, filter: {countries: [\"DE\"]}) "
                    + "{ totalCount pageInfo { endCursor } edges { node { id name founded country } } } }";
            GraphQlTester.Response response = run(firstPage);
            String cursor = response.path("actors.pageInfo.endCursor").entity(String.class).get();
            List<Listed> second = page("first: 3, orderBy: NAME, after: \"" + cursor + "\", filter: {countries: [\"DE\"]}",
                    "actors.edges[*].node");
            List<Listed> first = response.path("actors.edges[*].node").entityList(Listed.class).get();
            assertThat(first).containsExactlyElementsOf(byName.subList(0, 3));
            assertThat(second).containsExactlyElementsOf(byName.subList(3, Math.min(6, byName.size())));
        }

        @Test
        void actorsSortByFoundingYearDescendingWithTheUnknownLast() {
            List<Listed> all = page("first: 500, filter: {clusterIds: [\"VENETO\"]}", "actors.edges[*].node");
            List<Listed> expected = all.stream().sorted(java.util.Comparator.comparing(Listed::founded,
                    java.util.Comparator.nullsLast(java.util.Comparator.<Integer>reverseOrder())).thenComparing(Listed::id)).toList();
            assertThat(page("first: 500, orderBy: FOUNDED, direction: DESC, filter: {clusterIds: [\"VENETO\"]}",
                    "actors.edges[*].node")).containsExactlyElementsOf(expected);
        }

        @Test
        void actorsSortByDegreeAsTheWholeNetworksGraphCountsPartners() {
            record Node(Ref actor, int degree) {
            }
            List<Node> nodes = run("{ network { graph { nodes { actor { id } degree } } } }")
                    .path("network.graph.nodes").entityList(Node.class).get();
            List<String> expected = nodes.stream().sorted(java.util.Comparator.comparingInt(Node::degree).reversed()
                    .thenComparing(n -> n.actor().id())).limit(10).map(n -> n.actor().id()).toList();
            assertThat(page("first: 10, orderBy: DEGREE, direction: DESC", "actors.edges[*].node"))
                    .extracting(Listed::id).containsExactlyElementsOf(expected);
        }
    }

    @Nested
    class OneActorType {

        @Test
        void actorsInAnalysesAreFullActorsWithTheirClusters() {
            Map<String, Object> member = run("{ network(scope: " + SMALL + ") { kCores { mainCoreMembers { id name kind industry clusters { id } clusterIds } } } }")
                    .path("network.kCores.mainCoreMembers[0]").entity(Map.class).get();
            assertThat(member.get("industry")).isNotNull();
            assertThat(member.get("clusterIds")).isEqualTo(((List<Map<String, Object>>) member.get("clusters")).stream()
                    .map(c -> c.get("id")).toList());
            assertThat((List<Object>) member.get("clusterIds")).contains("HAMAMATSU");
        }

        @Test
        void mapNodesHoldTheirActorAndTiesNameTheirEndsById() {
            Map<String, Object> graph = run("{ network(scope: " + SMALL + ") { graph { nodes { id actor { id } clusters memberOf { id } } "
                    + "ties { source target sourceId targetId } } } }").path("network.graph").entity(Map.class).get();
            for (Map<String, Object> node : (List<Map<String, Object>>) graph.get("nodes")) {
                assertThat(((Map<?, ?>) node.get("actor")).get("id")).isEqualTo(node.get("id"));
                assertThat(((List<Map<String, Object>>) node.get("memberOf")).stream().map(c -> c.get("id")).toList())
                        .isEqualTo(node.get("clusters"));
            }
            assertThat((List<Map<String, Object>>) graph.get("ties")).isNotEmpty().allSatisfy(t -> {
                assertThat(t.get("sourceId")).isEqualTo(t.get("source"));
                assertThat(t.get("targetId")).isEqualTo(t.get("target"));
            });
        }
    }

    @Nested
    class RenamedFields {

        record Agreement(Double nmi, Double normalizedMutualInformation, Double ari, Double adjustedRandIndex) {
        }

        record CommunityNames(String dominantCluster, Ref mainCluster, Double dominantClusterShare, Double mainClusterShare) {
        }

        @Test
        void communityAgreementIsSpeltOut() {
            GraphQlTester.Response response = run("{ network(scope: " + SMALL + ") { communities { agreementWithClusters "
                    + "{ nmi normalizedMutualInformation ari adjustedRandIndex } "
                    + "communities(first: 3) { edges { node { dominantCluster mainCluster { id } dominantClusterShare mainClusterShare } } } } } }");
            Agreement agreement = response.path("network.communities.agreementWithClusters").entity(Agreement.class).get();
            assertThat(agreement.normalizedMutualInformation()).isNotNull().isEqualTo(agreement.nmi());
            assertThat(agreement.adjustedRandIndex()).isNotNull().isEqualTo(agreement.ari());
            List<CommunityNames> communities = response.path("network.communities.communities.edges[*].node")
                    .entityList(CommunityNames.class).get();
            assertThat(communities).isNotEmpty().allSatisfy(c -> {
                assertThat(c.mainCluster().id()).isEqualTo(c.dominantCluster());
                assertThat(c.mainClusterShare()).isEqualTo(c.dominantClusterShare());
            });
        }

        record Cohesion(Double giantShare, Double giantComponentShare, Double averageClusteringLowDegreeExcluded,
                        Double averageClusteringExcludingLowDegree) {
        }

        record SmallWorld(int nodes, int actors, long edges, long ties, Double randomClusteringSd,
                          Double randomClusteringStandardDeviation, Double randomMeanDistanceSd,
                          Double randomMeanDistanceStandardDeviation) {
        }

        record ClusterFigure(String clusterId, Ref cluster) {
        }

        @Test
        void cohesionNamesAreTheSummarysNames() {
            GraphQlTester.Response response = run("{ network(scope: " + SMALL + ") { cohesion { giantShare giantComponentShare "
                    + "averageClusteringLowDegreeExcluded averageClusteringExcludingLowDegree } "
                    + "smallWorld(randomGraphs: 2) { nodes actors edges ties randomClusteringSd randomClusteringStandardDeviation "
                    + "randomMeanDistanceSd randomMeanDistanceStandardDeviation } "
                    + "summary { giantComponentShare } "
                    + "cohesionByCluster { clusterId cluster { id } } collaborationRatios { byCluster { clusterId cluster { id } } } } }");
            Cohesion cohesion = response.path("network.cohesion").entity(Cohesion.class).get();
            assertThat(cohesion.giantComponentShare()).isEqualTo(cohesion.giantShare())
                    .isEqualTo(response.path("network.summary.giantComponentShare").entity(Double.class).get());
            assertThat(cohesion.averageClusteringExcludingLowDegree()).isEqualTo(cohesion.averageClusteringLowDegreeExcluded());
            SmallWorld sw = response.path("network.smallWorld").entity(SmallWorld.class).get();
            assertThat(sw.actors()).isPositive().isEqualTo(sw.nodes());
            assertThat(sw.ties()).isEqualTo(sw.edges());
            assertThat(sw.randomClusteringStandardDeviation()).isEqualTo(sw.randomClusteringSd());
            assertThat(sw.randomMeanDistanceStandardDeviation()).isEqualTo(sw.randomMeanDistanceSd());
            for (String path : List.of("network.cohesionByCluster", "network.collaborationRatios.byCluster")) {
                assertThat(response.path(path).entityList(ClusterFigure.class).get()).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.cluster().id()).isEqualTo(c.clusterId()))
                        .anySatisfy(c -> assertThat(c.clusterId()).isEqualTo("HAMAMATSU"));
            }
        }

        @Test
        void tiesNameTheirEndsSourceAndTarget() {
            List<Map<String, Object>> cross = run("{ network(scope: " + SMALL + ") { crossIndustryTies(first: 5) { edges { node "
                    + "{ source { id } target { id } actors { id } } } } } }")
                    .path("network.crossIndustryTies.edges[*].node").entity(List.class).get();
            assertThat(cross).isNotEmpty().allSatisfy(t -> assertThat(List.of(t.get("source"), t.get("target"))).isEqualTo(t.get("actors")));

            Map<String, Object> inter = run("{ network { interClusterLinks { gatekeepers(first: 1) { total totalCount } "
                    + "links(first: 3) { edges { node { source { id } target { id } actors { id } links { clusterA clusterB } "
                    + "clusterPairs { clusterA { id } clusterB { id } } } } } } } }")
                    .path("network.interClusterLinks").entity(Map.class).get();
            for (Map<String, Object> g : (List<Map<String, Object>>) inter.get("gatekeepers")) {
                assertThat(g.get("totalCount")).isEqualTo(g.get("total"));
            }
            String links = inter.get("links").toString();
            assertThat(links).contains("clusterPairs=[{clusterA={id=");
            for (Map<String, Object> edge : (List<Map<String, Object>>) ((Map<?, ?>) inter.get("links")).get("edges")) {
                Map<?, ?> t = (Map<?, ?>) edge.get("node");
                assertThat(List.of(t.get("source"), t.get("target"))).isEqualTo(t.get("actors"));
                Map<?, ?> byId = ((List<Map<?, ?>>) t.get("links")).get(0);
                Map<?, ?> byObject = ((List<Map<?, ?>>) t.get("clusterPairs")).get(0);
                assertThat(((Map<?, ?>) byObject.get("clusterA")).get("id")).isEqualTo(byId.get("clusterA"));
                assertThat(((Map<?, ?>) byObject.get("clusterB")).get("id")).isEqualTo(byId.get("clusterB"));
            }
        }

        @Test
        void explanationsNameSourceAndTargetAndCommonClusters() {
            String actor = firstCompany("HAMAMATSU");
            List<Map<String, Object>> nodes = run("{ network { candidates(actorId: \"" + actor + "\", first: 3) { edges { node { explanation "
                    + "{ actorIndustry sourceIndustry candidateIndustry targetIndustry sharedClusters commonClusters { id } "
                    + "introducer { id industry } } } } } } }")
                    .path("network.candidates.edges[*].node.explanation").entity(List.class).get();
            assertThat(nodes).isNotEmpty().allSatisfy(e -> {
                assertThat(e.get("sourceIndustry")).isEqualTo(e.get("actorIndustry"));
                assertThat(e.get("targetIndustry")).isEqualTo(e.get("candidateIndustry"));
                assertThat(((List<Map<String, Object>>) e.get("commonClusters")).stream().map(c -> c.get("id")).toList())
                        .isEqualTo(e.get("sharedClusters"));
            });
        }

        @Test
        void isolatedFirmCandidatesNameTheirCommonClusters() {
            List<Map<String, Object>> candidates = run("{ network(scope: " + SMALL + ") { isolatedFirms(first: 5) { edges { node "
                    + "{ candidates { sharedClusters commonClusters { id } } } } } } }")
                    .path("network.isolatedFirms.edges[*].node.candidates[*]").entity(List.class).get();
            assertThat(candidates).isNotEmpty().allSatisfy(c -> assertThat(
                    ((List<Map<String, Object>>) c.get("commonClusters")).stream().map(x -> x.get("id")).toList())
                    .isEqualTo(c.get("sharedClusters")));
        }

        @Test
        void introductionsNameTheirTwoActorsSourceAndTarget() {
            List<Map<String, Object>> log = run("{ introductions(first: 5) { edges { node { actors { id } source { id } target { id } "
                    + "coordinator { id kind } } } } }").path("introductions.edges[*].node").entity(List.class).get();
            assertThat(log).isNotEmpty().allSatisfy(i -> assertThat(List.of(i.get("source"), i.get("target"))).isEqualTo(i.get("actors")));
        }
    }
}
