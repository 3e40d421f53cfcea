package io.kaonet.api.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The schema's design (docs/graphql/design.md) on the demo network: the new names answer, the
 * deprecated names they replace still answer the same values, every analysis answers under
 * {@code network(scope)} as its deprecated root field does, and unknown ids are NOT_FOUND.
 */
class SchemaDesignGraphQlIT extends ApiIntegrationTest {

    private static final String SMALL = "{clusterIds: [\"HAMAMATSU\"]}";

    record Ref(String id) {
    }

    record Pair(Ref source, Ref target) {
    }

    record OldPair(Ref actor, Ref candidate) {
    }

    record Cluster(String id) {
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
            record Period(String label) {
            }
            record PointCohesion(int actors, int ties, Double giantComponentShare, Double giantShare) {
            }
            record Point(Period period, PointCohesion cohesion) {
            }
            record Shares(Double giantComponentShare, Double giantShare) {
            }
            String points = "points { period { label } cohesion { actors ties giantComponentShare giantShare } }";
            List<Point> fresh = run("{ network(scope: " + SMALL + ") { kpiSeries(periods: PHASES) { " + points + " } } }")
                    .path("network.kpiSeries.points").entityList(Point.class).get();
            List<Point> old = run("{ kpiSeries(scope: " + SMALL + ", periods: PHASES) { " + points + " } }")
                    .path("kpiSeries.points").entityList(Point.class).get();

            assertThat(fresh).isEqualTo(old);
            List<Shares> cohesion = run("{ network(scope: " + SMALL + ") { kpiSeries { points { cohesion { giantComponentShare giantShare } } } } }")
                    .path("network.kpiSeries.points[*].cohesion").entityList(Shares.class).get();
            assertThat(cohesion).hasSize(3).allSatisfy(c -> assertThat(c.giantComponentShare()).isEqualTo(c.giantShare()));
        }

        @Test
        void aScopeWithDatesIsRefusedByTheAnalysesOverTime() {
            graphQl.document("{ network(scope: {asOf: \"2010-01-01\"}) { kpiSeries { basis } } }").execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_ARGUMENT")
                                    .containsEntry("field", "scope")));
        }

        /** A tie formed, as the new schema names its ends. */
        record TieChange(Ref source, Ref target) {

            OldTieChange asOld() {
                return new OldTieChange(source, target);
            }
        }

        /** A tie formed, as the deprecated schema names its ends. */
        record OldTieChange(Ref first, Ref second) {
        }

        record TieChangeEdge(TieChange node) {
        }

        record OldTieChangeEdge(OldTieChange node) {
        }

        record TiesFormed(int totalCount, List<TieChangeEdge> edges) {
        }

        record OldTiesFormed(List<OldTieChangeEdge> edges) {
        }

        record BrokerChange(Ref actor, Integer rankAfter) {

            OldBrokerChange asOld() {
                return new OldBrokerChange(actor.id(), rankAfter);
            }
        }

        record OldBrokerChange(String actorId, Integer rankAfter) {
        }

        record Changes(int tiesBefore, int tiesAfter, TiesFormed tiesFormed, List<BrokerChange> top5,
                       List<BrokerChange> top10, List<Ref> enteredScope, List<Ref> leftScope) {
        }

        record OldChanges(int tiesBefore, int tiesAfter, int topBrokers, OldTiesFormed tiesFormed,
                          List<OldBrokerChange> newBrokers, List<String> enteredActors, List<String> leftActors) {
        }

        @Test
        void changesUnderNetworkEqualTheRootFieldAndBrokersSizeThemselves() {
            String dates = "from: \"2005-01-01\", to: \"2012-01-01\"";
            Changes fresh = run("{ network(scope: " + SMALL + ") { changes(" + dates + ") { tiesBefore tiesAfter "
                    + "tiesFormed(first: 5) { totalCount edges { node { source { id } target { id } } } } "
                    + "top5: newBrokers(first: 5) { actor { id } rankAfter } top10: newBrokers(first: 10) { actor { id } } "
                    + "enteredScope { id } leftScope { id } } } }")
                    .path("network.changes").entity(Changes.class).get();
            OldChanges old = run("{ changes(scope: " + SMALL + ", " + dates + ", topBrokers: 5) { tiesBefore tiesAfter topBrokers "
                    + "tiesFormed(first: 5) { edges { node { first { id } second { id } } } } "
                    + "newBrokers { actorId rankAfter } enteredActors leftActors } }")
                    .path("changes").entity(OldChanges.class).get();

            assertThat(fresh.tiesBefore()).isEqualTo(old.tiesBefore());
            assertThat(fresh.tiesAfter()).isEqualTo(old.tiesAfter());
            assertThat(old.topBrokers()).isEqualTo(5);
            assertThat(fresh.top5()).map(BrokerChange::asOld).isEqualTo(old.newBrokers());
            assertThat(fresh.top10()).hasSizeGreaterThanOrEqualTo(fresh.top5().size());
            assertThat(fresh.enteredScope()).map(Ref::id).isEqualTo(old.enteredActors());
            assertThat(fresh.leftScope()).map(Ref::id).isEqualTo(old.leftActors());
            assertThat(fresh.tiesFormed().edges()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.node().source()).isNotNull().isNotEqualTo(e.node().target()))
                    .map(e -> e.node().asOld()).isEqualTo(old.tiesFormed().edges().stream().map(OldTieChangeEdge::node).toList());
        }

        @Test
        void scorecardUnderNetworkEqualsTheRootFieldAndNamesItsClusters() {
            String period = run("{ indicatorPeriods }").path("indicatorPeriods[0]").entity(String.class).get();
            record ClusterScore(Cluster cluster, String clusterId, Double overallIndex) {
            }
            record OldClusterScore(String clusterId, Double overallIndex) {
            }
            List<ClusterScore> fresh = run("{ network { scorecard(period: \"" + period + "\", standardization: DEVIATION_SCORE) "
                    + "{ standardization standardisation clusters { cluster { id } clusterId overallIndex } } } }")
                    .path("network.scorecard.clusters").entityList(ClusterScore.class).get();
            List<OldClusterScore> old = run("{ scorecard(period: \"" + period + "\", standardisation: DEVIATION_SCORE) "
                    + "{ clusters { clusterId overallIndex } } }").path("scorecard.clusters").entityList(OldClusterScore.class).get();

            assertThat(fresh).isNotEmpty().hasSize(old.size());
            for (int i = 0; i < fresh.size(); i++) {
                assertThat(fresh.get(i).cluster().id()).isEqualTo(old.get(i).clusterId());
                assertThat(fresh.get(i).clusterId()).isEqualTo(old.get(i).clusterId());
                assertThat(fresh.get(i).overallIndex()).isEqualTo(old.get(i).overallIndex());
            }
            graphQl.document("{ network(scope: " + SMALL + ") { scorecard(period: \"" + period + "\") { period } } }").execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_ARGUMENT")));
        }

        /** A pair to introduce, as the new schema names its ends. */
        record IntroductionPair(Ref source, Ref target, double score) {

            OldIntroductionPair asOld() {
                return new OldIntroductionPair(source, target, score);
            }
        }

        /** A pair to introduce, as the deprecated schema names its ends. */
        record OldIntroductionPair(Ref actor, Ref candidate, double score) {
        }

        record Bridge(Ref target) {
        }

        record OldBridge(Ref candidate) {
        }

        record IsolatedFirm(Ref actor, List<Bridge> bridges) {

            OldIsolatedFirm asOld() {
                return new OldIsolatedFirm(actor, bridges.stream().map(b -> new OldBridge(b.target())).toList());
            }
        }

        record OldIsolatedFirm(Ref firm, List<OldBridge> bridges) {
        }

        record Introductions(Cluster cluster, int members, List<IntroductionPair> pairs, List<IsolatedFirm> isolated) {
        }

        record OldIntroductions(String clusterId, int members, List<OldIntroductionPair> pairs, List<OldIsolatedFirm> isolated) {
        }

        @Test
        void clusterIntroductionsUnderNetworkSizeEachListWithFirst() {
            Introductions fresh = run("{ network { clusterIntroductions(clusterId: \"HAMAMATSU\") { cluster { id } members "
                    + "pairs(first: 3) { source { id } target { id } score } "
                    + "isolated(first: 2) { actor { id } bridges(first: 1) { target { id } } } } } }")
                    .path("network.clusterIntroductions").entity(Introductions.class).get();
            OldIntroductions old = run("{ clusterIntroductions(clusterId: \"HAMAMATSU\", pairs: 3, isolatedFirms: 2, bridgesPerFirm: 1) "
                    + "{ clusterId members pairs { actor { id } candidate { id } score } "
                    + "isolated { firm { id } bridges { candidate { id } } } } }")
                    .path("clusterIntroductions").entity(OldIntroductions.class).get();

            assertThat(fresh.cluster().id()).isEqualTo("HAMAMATSU").isEqualTo(old.clusterId());
            assertThat(fresh.members()).isEqualTo(old.members());
            assertThat(fresh.pairs()).hasSize(3).hasSameSizeAs(old.pairs());
            assertThat(fresh.pairs()).map(IntroductionPair::asOld).isEqualTo(old.pairs());
            assertThat(fresh.isolated()).map(IsolatedFirm::asOld).isEqualTo(old.isolated());
        }

        @Test
        void aListsOwnFirstWinsOverTheDeprecatedRootCount() {
            record Scored(double score) {
            }
            List<Scored> pairs = run("{ clusterIntroductions(clusterId: \"HAMAMATSU\", pairs: 2) { pairs(first: 4) { score } } }")
                    .path("clusterIntroductions.pairs").entityList(Scored.class).get();
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

        record Member(String id, String name, String kind, String industry, List<Cluster> clusters, List<String> clusterIds) {
        }

        /** A map node with its actor and clusters both as the new objects and as the deprecated ids. */
        record MapNode(String id, Ref actor, List<String> clusters, List<Cluster> memberOf) {
        }

        /** A map tie with its ends under the new and the deprecated names. */
        record MapTie(String source, String target, String sourceId, String targetId) {
        }

        record MapGraph(List<MapNode> nodes, List<MapTie> ties) {
        }

        @Test
        void actorsInAnalysesAreFullActorsWithTheirClusters() {
            Member member = run("{ network(scope: " + SMALL + ") { kCores { mainCoreMembers { id name kind industry clusters { id } clusterIds } } } }")
                    .path("network.kCores.mainCoreMembers[0]").entity(Member.class).get();
            assertThat(member.industry()).isNotNull();
            assertThat(member.clusterIds()).isEqualTo(member.clusters().stream().map(Cluster::id).toList());
            assertThat(member.clusterIds()).contains("HAMAMATSU");
        }

        @Test
        void mapNodesHoldTheirActorAndTiesNameTheirEndsById() {
            MapGraph graph = run("{ network(scope: " + SMALL + ") { graph { nodes { id actor { id } clusters memberOf { id } } "
                    + "ties { source target sourceId targetId } } } }").path("network.graph").entity(MapGraph.class).get();
            for (MapNode node : graph.nodes()) {
                assertThat(node.actor().id()).isEqualTo(node.id());
                assertThat(node.memberOf().stream().map(Cluster::id).toList()).isEqualTo(node.clusters());
            }
            assertThat(graph.ties()).isNotEmpty().allSatisfy(t -> {
                assertThat(t.sourceId()).isEqualTo(t.source());
                assertThat(t.targetId()).isEqualTo(t.target());
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

        /** A tie with its ends as source and target and, deprecated, as the list of both actors. */
        record NamedEnds(Ref source, Ref target, List<Ref> actors) {
        }

        record Gatekeepers(int total, int totalCount) {
        }

        /** A pair of linked clusters as the deprecated ids. */
        record ClusterIdPair(String clusterA, String clusterB) {
        }

        /** A pair of linked clusters as the new Cluster objects. */
        record ClusterPair(Cluster clusterA, Cluster clusterB) {

            ClusterIdPair ids() {
                return new ClusterIdPair(clusterA.id(), clusterB.id());
            }
        }

        record InterClusterTie(Ref source, Ref target, List<Ref> actors, List<ClusterIdPair> links, List<ClusterPair> clusterPairs) {
        }

        record InterClusterTieEdge(InterClusterTie node) {
        }

        record InterClusterTies(List<InterClusterTieEdge> edges) {
        }

        record InterClusterLinks(List<Gatekeepers> gatekeepers, InterClusterTies links) {
        }

        @Test
        void tiesNameTheirEndsSourceAndTarget() {
            List<NamedEnds> cross = run("{ network(scope: " + SMALL + ") { crossIndustryTies(first: 5) { edges { node "
                    + "{ source { id } target { id } actors { id } } } } } }")
                    .path("network.crossIndustryTies.edges[*].node").entityList(NamedEnds.class).get();
            assertThat(cross).isNotEmpty().allSatisfy(t -> assertThat(List.of(t.source(), t.target())).isEqualTo(t.actors()));

            InterClusterLinks inter = run("{ network { interClusterLinks { gatekeepers(first: 1) { total totalCount } "
                    + "links(first: 3) { edges { node { source { id } target { id } actors { id } links { clusterA clusterB } "
                    + "clusterPairs { clusterA { id } clusterB { id } } } } } } } }")
                    .path("network.interClusterLinks").entity(InterClusterLinks.class).get();
            for (Gatekeepers g : inter.gatekeepers()) {
                assertThat(g.totalCount()).isEqualTo(g.total());
            }
            assertThat(inter.links().edges()).isNotEmpty().allSatisfy(edge -> {
                InterClusterTie t = edge.node();
                assertThat(List.of(t.source(), t.target())).isEqualTo(t.actors());
                assertThat(t.clusterPairs()).isNotEmpty().map(ClusterPair::ids).isEqualTo(t.links());
            });
        }

        record Introducer(String id, String industry) {
        }

        /** An explanation's industries and clusters under the new and the deprecated names. */
        record Explanation(String actorIndustry, String sourceIndustry, String candidateIndustry, String targetIndustry,
                           List<String> sharedClusters, List<Cluster> commonClusters, Introducer introducer) {
        }

        @Test
        void explanationsNameSourceAndTargetAndCommonClusters() {
            String actor = firstCompany("HAMAMATSU");
            List<Explanation> nodes = run("{ network { candidates(actorId: \"" + actor + "\", first: 3) { edges { node { explanation "
                    + "{ actorIndustry sourceIndustry candidateIndustry targetIndustry sharedClusters commonClusters { id } "
                    + "introducer { id industry } } } } } } }")
                    .path("network.candidates.edges[*].node.explanation").entityList(Explanation.class).get();
            assertThat(nodes).isNotEmpty().allSatisfy(e -> {
                assertThat(e.sourceIndustry()).isEqualTo(e.actorIndustry());
                assertThat(e.targetIndustry()).isEqualTo(e.candidateIndustry());
                assertThat(e.commonClusters().stream().map(Cluster::id).toList()).isEqualTo(e.sharedClusters());
            });
        }

        @Test
        void isolatedFirmCandidatesNameTheirCommonClusters() {
            record IsolatedCandidate(List<String> sharedClusters, List<Cluster> commonClusters) {
            }
            List<IsolatedCandidate> candidates = run("{ network(scope: " + SMALL + ") { isolatedFirms(first: 5) { edges { node "
                    + "{ candidates { sharedClusters commonClusters { id } } } } } } }")
                    .path("network.isolatedFirms.edges[*].node.candidates[*]").entityList(IsolatedCandidate.class).get();
            assertThat(candidates).isNotEmpty().allSatisfy(c -> assertThat(
                    c.commonClusters().stream().map(Cluster::id).toList()).isEqualTo(c.sharedClusters()));
        }

        @Test
        void introductionsNameTheirTwoActorsSourceAndTarget() {
            record Coordinator(String id, String kind) {
            }
            record Logged(List<Ref> actors, Ref source, Ref target, Coordinator coordinator) {
            }
            List<Logged> log = run("{ introductions(first: 5) { edges { node { actors { id } source { id } target { id } "
                    + "coordinator { id kind } } } } }").path("introductions.edges[*].node").entityList(Logged.class).get();
            assertThat(log).isNotEmpty().allSatisfy(i -> assertThat(List.of(i.source(), i.target())).isEqualTo(i.actors()));
        }
    }
}
