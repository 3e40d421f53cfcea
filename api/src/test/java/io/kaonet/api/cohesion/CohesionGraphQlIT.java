package io.kaonet.api.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.DemoData;
import io.kaonet.core.cohesion.CohesionReport;
import io.kaonet.core.cohesion.CohesionSummary;
import io.kaonet.core.cohesion.CoreDecomposition;
import io.kaonet.core.cohesion.CoreDecompositionResult;
import io.kaonet.core.cohesion.SmallWorld;
import io.kaonet.core.cohesion.SmallWorldResult;
import io.kaonet.core.cohesion.TwoStepReach;
import io.kaonet.core.collaboration.CollaborationRatios;
import io.kaonet.core.collaboration.CollaborationRatiosResult;
import io.kaonet.core.collaboration.Ratios;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Scope;
import io.kaonet.core.timeline.Periods;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cohesion over HTTP on the demo network equals the core's answer on a graph built from the generator's batch. */
class CohesionGraphQlIT extends ApiIntegrationTest {

    private static final String SUMMARY_FIELDS = """
            actors ties density meanDegree components giantComponentSize giantShare averageClustering
            averageClusteringLowDegreeExcluded transitivity degreeCentralization meanDistance diameter distancesSampled
            meanDistanceStandardError mainCore meanTwoStepReach isolates pendants""";

    @SuppressWarnings("unchecked")
    private static void assertSummary(Map<String, Object> actual, CohesionSummary expected) {
        assertThat(actual.get("actors")).isEqualTo(expected.actors());
        assertThat(((Number) actual.get("ties")).longValue()).isEqualTo(expected.ties());
        assertThat(actual.get("components")).isEqualTo(expected.components());
        assertThat(actual.get("giantComponentSize")).isEqualTo(expected.giantComponentSize());
        assertThat(actual.get("diameter")).isEqualTo(expected.diameter());
        assertThat(actual.get("distancesSampled")).isEqualTo(expected.distancesSampled());
        assertThat(actual.get("mainCore")).isEqualTo(expected.mainCore());
        assertThat(actual.get("isolates")).isEqualTo(expected.isolates());
        assertThat(actual.get("pendants")).isEqualTo(expected.pendants());
        Map<String, Double> doubles = Map.of("density", expected.density(), "meanDegree", expected.meanDegree(),
                "giantShare", expected.giantShare(), "averageClustering", expected.averageClustering(),
                "transitivity", expected.transitivity(), "degreeCentralization", expected.degreeCentralization(),
                "meanDistance", expected.meanDistance(), "meanTwoStepReach", expected.meanTwoStepReach());
        doubles.forEach((field, value) -> {
            if (Double.isNaN(value)) {
                assertThat(actual.get(field)).as(field).isNull();
            } else {
                assertThat(((Number) actual.get(field)).doubleValue()).as(field).isCloseTo(value, within(1e-9));
            }
        });
        double excluded = expected.averageClusteringLowDegreeExcluded();
        if (Double.isNaN(excluded)) {
            assertThat(actual.get("averageClusteringLowDegreeExcluded")).isNull();
        } else {
            assertThat(((Number) actual.get("averageClusteringLowDegreeExcluded")).doubleValue())
                    .isCloseTo(excluded, within(1e-9));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> cohesion(String scope) {
        return (Map<String, Object>) graphQl.document("{ network" + scope + " { cohesion { " + SUMMARY_FIELDS + " } } }")
                .execute().path("network.cohesion").entity(Map.class).get();
    }

    @Test
    void wholeNetworkCohesionEqualsTheCoreOnTheGeneratedBatch() {
        CollaborationGraph g = DemoData.graph(Scope.ALL);

        assertSummary(cohesion(""), new CohesionReport(g, CohesionReport.Parameters.defaults()).compute());
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2005-12-31", "2010-12-31", "2020-12-31"})
    void cohesionAsOfEachPhaseEndEqualsTheCore(String day) {
        CollaborationGraph g = DemoData.asOf(LocalDate.parse(day));

        assertSummary(cohesion("(scope: {asOf: \"" + day + "\"})"),
                new CohesionReport(g, CohesionReport.Parameters.defaults()).compute());
    }

    @Test
    @SuppressWarnings("unchecked")
    void cohesionByClusterAndByKindEqualTheCore() {
        CollaborationGraph g = DemoData.graph(Scope.ALL);
        CohesionReport report = new CohesionReport(g, CohesionReport.Parameters.defaults());
        Map<String, CohesionSummary> byCluster = report.computePerCluster();

        List<Map<String, Object>> clusters = graphQl.document("{ network { cohesionByCluster { clusterId cohesion { "
                        + SUMMARY_FIELDS + " } } } }").execute()
                .path("network.cohesionByCluster").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
        List<Map<String, Object>> kinds = graphQl.document("{ network { cohesionByKind { kind cohesion { "
                        + SUMMARY_FIELDS + " } } } }").execute()
                .path("network.cohesionByKind").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();

        assertThat(clusters).extracting(c -> c.get("clusterId")).containsExactlyInAnyOrderElementsOf(byCluster.keySet());
        for (Map<String, Object> c : clusters) {
            assertSummary((Map<String, Object>) c.get("cohesion"), byCluster.get((String) c.get("clusterId")));
        }
        var byKind = report.computePerKind();
        assertThat(kinds).hasSize(byKind.size());
        for (Map<String, Object> k : kinds) {
            assertSummary((Map<String, Object>) k.get("cohesion"),
                    byKind.get(io.kaonet.core.model.ActorKind.valueOf((String) k.get("kind"))));
        }
    }

    @Test
    void aClusterScopeHasItsMembersOnly() {
        long members = DemoData.DEMO.memberships().stream().filter(m -> m.clusterId().equals("TAMA"))
                .map(m -> m.actorId()).distinct().count();

        assertThat(cohesion("(scope: {clusterIds: [\"TAMA\"]})").get("actors")).isEqualTo((int) members);
    }

    @ParameterizedTest(name = "as of [{0}]")
    @ValueSource(strings = {"", "2005-12-31", "2010-12-31"})
    @SuppressWarnings("unchecked")
    void collaborationRatiosEqualTheCoreOverallAndByCluster(String day) {
        Scope scope = day.isEmpty() ? Scope.ALL : Scope.ALL.withAsOf(LocalDate.parse(day));
        CollaborationRatiosResult expected = new CollaborationRatios(DemoData.graph(scope)).compute();
        String arg = day.isEmpty() ? "" : "(scope: {asOf: \"" + day + "\"})";

        var response = graphQl.document("{ network" + arg + " { collaborationRatios { collaborationKinds "
                + "overall { firms industryIndustryFirms industryIndustry industryAcademiaGovernmentFirms "
                + "industryAcademiaGovernment } byCluster { clusterId ratios { firms industryIndustryFirms "
                + "industryAcademiaGovernmentFirms industryAcademiaFirms industryGovernmentFirms collaboratingFirms } } } } }")
                .execute();

        response.path("network.collaborationRatios.collaborationKinds").entityList(String.class)
                .containsExactly("JOINT_RESEARCH", "TECHNOLOGY_TRANSFER", "SUPPLY", "ALLIANCE", "SPIN_OFF");
        Ratios overall = expected.overall();
        response.path("network.collaborationRatios.overall.firms").entity(Integer.class).isEqualTo(overall.firms())
                .path("network.collaborationRatios.overall.industryIndustryFirms").entity(Integer.class)
                .isEqualTo(overall.industryIndustryFirms())
                .path("network.collaborationRatios.overall.industryAcademiaGovernmentFirms").entity(Integer.class)
                .isEqualTo(overall.industryAcademiaGovernmentFirms())
                .path("network.collaborationRatios.overall.industryIndustry").entity(Double.class)
                .satisfies(v -> assertThat(v).isCloseTo(overall.industryIndustry(), within(1e-12)));
        List<Map<String, Object>> byCluster = response.path("network.collaborationRatios.byCluster")
                .entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
        assertThat(byCluster).hasSize(expected.byCluster().size());
        for (Map<String, Object> c : byCluster) {
            Ratios r = expected.byCluster().get((String) c.get("clusterId"));
            Map<String, Object> ratios = (Map<String, Object>) c.get("ratios");
            assertThat(ratios).containsEntry("firms", r.firms())
                    .containsEntry("industryIndustryFirms", r.industryIndustryFirms())
                    .containsEntry("industryAcademiaGovernmentFirms", r.industryAcademiaGovernmentFirms())
                    .containsEntry("industryAcademiaFirms", r.industryAcademiaFirms())
                    .containsEntry("industryGovernmentFirms", r.industryGovernmentFirms())
                    .containsEntry("collaboratingFirms", r.collaboratingFirms());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void kCoresEqualTheCoreDecomposition() {
        CollaborationGraph g = DemoData.graph(Scope.ALL);
        CoreDecompositionResult cores = new CoreDecomposition(g).compute();
        Set<String> mainCore = new HashSet<>();
        for (int u : cores.mainCore()) {
            mainCore.add(g.id(u));
        }

        var response = graphQl.document("{ network { kCores { mainCore mainCoreSize mainCoreMembers { id } shells { k size } } } }")
                .execute();

        response.path("network.kCores.mainCore").entity(Integer.class).isEqualTo(cores.maxCore())
                .path("network.kCores.mainCoreMembers[*].id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(mainCore).isSorted());
        List<Map<String, Object>> shells = response.path("network.kCores.shells").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
        assertThat(shells.stream().mapToInt(s -> (Integer) s.get("size")).sum()).isEqualTo(g.nodeCount());
        for (Map<String, Object> s : shells) {
            assertThat(s.get("size")).isEqualTo(cores.shellSize((Integer) s.get("k")));
        }
    }

    @Test
    void twoStepReachPagesWalkEveryActorOnceWidestFirst() {
        CollaborationGraph g = DemoData.graph(Scope.ALL);
        var reach = new TwoStepReach(g).compute();
        Map<String, Integer> expected = new HashMap<>();
        for (int u = 0; u < g.nodeCount(); u++) {
            expected.put(g.id(u), reach.reach(u));
        }
        Map<String, Integer> seen = new HashMap<>();
        int previous = Integer.MAX_VALUE;
        String after = null;
        boolean more = true;
        while (more) {
            var page = graphQl.document("""
                            query($after: String) { network { twoStepReach(first: 500, after: $after) {
                              totalCount edges { node { actor { id } degree reach secondStep } }
                              pageInfo { hasNextPage endCursor } } } }""")
                    .variable("after", after).execute();
            List<String> ids = page.path("network.twoStepReach.edges[*].node.actor.id").entityList(String.class).get();
            List<Integer> values = page.path("network.twoStepReach.edges[*].node.reach").entityList(Integer.class).get();
            for (int i = 0; i < ids.size(); i++) {
                assertThat(values.get(i)).isLessThanOrEqualTo(previous);
                previous = values.get(i);
                assertThat(seen.put(ids.get(i), values.get(i))).isNull();
            }
            page.path("network.twoStepReach.totalCount").entity(Integer.class).isEqualTo(g.nodeCount());
            more = page.path("network.twoStepReach.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("network.twoStepReach.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void smallWorldIsSeededAndEqualsTheCore() {
        CollaborationGraph g = DemoData.asOf(Periods.PHASE_II.end());
        SmallWorldResult expected = new SmallWorld(g, new SmallWorld.Parameters(5, 7, SmallWorld.Domain.GIANT_COMPONENT,
                SmallWorld.ClusteringMeasure.TRANSITIVITY, io.kaonet.core.cohesion.Distances.Parameters.defaults()))
                .compute();

        graphQl.document("""
                        { network(scope: {asOf: "2010-12-31"}) { smallWorld(randomGraphs: 5, seed: 7) {
                          sigma nodes edges randomGraphs seed domain clusteringMeasure } } }""")
                .execute()
                .path("network.smallWorld.sigma").entity(Double.class)
                .satisfies(s -> assertThat(s).isCloseTo(expected.sigma(), within(1e-9)))
                .path("network.smallWorld.nodes").entity(Integer.class).isEqualTo(expected.nodes())
                .path("network.smallWorld.domain").entity(String.class).isEqualTo("GIANT_COMPONENT");
    }

    @Test
    void tooManyRandomGraphsAreRefusedWithACode() {
        graphQl.document("{ network { smallWorld(randomGraphs: 1000) { sigma } } }").execute().errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("randomGraphs must be within [1, 100]");
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT");
                });
    }
}
