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
            actors ties density meanDegree components giantComponentSize giantComponentShare averageClustering
            averageClusteringExcludingLowDegree transitivity degreeCentralization meanDistance diameter distancesSampled
            meanDistanceStandardError mainCore meanTwoStepReach isolates pendants""";

    /** {@code CohesionSummary} with SUMMARY_FIELDS; boxed, so a null (undefined) figure reads null. */
    record Summary(Integer actors, Long ties, Double density, Double meanDegree, Integer components,
                   Integer giantComponentSize, Double giantComponentShare, Double averageClustering,
                   Double averageClusteringExcludingLowDegree, Double transitivity, Double degreeCentralization,
                   Double meanDistance, Integer diameter, Boolean distancesSampled, Double meanDistanceStandardError,
                   Integer mainCore, Double meanTwoStepReach, Integer isolates, Integer pendants) {
    }

    /** A cluster's or a kind's cohesion. */
    record ClusterCohesion(Ref cluster, String kind, Summary cohesion) {
    }

    /** An object named by its id. */
    record Ref(String id) {
    }

    /** {@code CollaborationRatios} counts of one cluster (boxed: a missing count reads null, not 0). */
    record ClusterRatios(Ref cluster, Counts ratios) {

        record Counts(Integer firms, Integer industryIndustryFirms, Integer industryAcademiaGovernmentFirms,
                      Integer industryAcademiaFirms, Integer industryGovernmentFirms, Integer collaboratingFirms) {

            static Counts of(Ratios r) {
                return new Counts(r.firms(), r.industryIndustryFirms(), r.industryAcademiaGovernmentFirms(),
                        r.industryAcademiaFirms(), r.industryGovernmentFirms(), r.collaboratingFirms());
            }
        }
    }

    /** A k-shell. */
    record Shell(int k, int size) {
    }

    private static void assertSummary(Summary actual, CohesionSummary expected) {
        assertThat(actual.actors()).isEqualTo(expected.actors());
        assertThat(actual.ties()).isEqualTo(expected.ties());
        assertThat(actual.components()).isEqualTo(expected.components());
        assertThat(actual.giantComponentSize()).isEqualTo(expected.giantComponentSize());
        assertThat(actual.diameter()).isEqualTo(expected.diameter());
        assertThat(actual.distancesSampled()).isEqualTo(expected.distancesSampled());
        assertThat(actual.mainCore()).isEqualTo(expected.mainCore());
        assertThat(actual.isolates()).isEqualTo(expected.isolates());
        assertThat(actual.pendants()).isEqualTo(expected.pendants());
        assertFigure("density", actual.density(), expected.density());
        assertFigure("meanDegree", actual.meanDegree(), expected.meanDegree());
        assertFigure("giantComponentShare", actual.giantComponentShare(), expected.giantShare());
        assertFigure("averageClustering", actual.averageClustering(), expected.averageClustering());
        assertFigure("transitivity", actual.transitivity(), expected.transitivity());
        assertFigure("degreeCentralization", actual.degreeCentralization(), expected.degreeCentralization());
        assertFigure("meanDistance", actual.meanDistance(), expected.meanDistance());
        assertFigure("meanTwoStepReach", actual.meanTwoStepReach(), expected.meanTwoStepReach());
        assertFigure("averageClusteringExcludingLowDegree", actual.averageClusteringExcludingLowDegree(),
                expected.averageClusteringLowDegreeExcluded());
    }

    /** A figure equals the core's within 1e-9, or is null where the core's is undefined (NaN). */
    private static void assertFigure(String field, Double actual, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(field).isNull();
        } else {
            assertThat(actual).as(field).isCloseTo(expected, within(1e-9));
        }
    }

    private Summary cohesion(String scope) {
        return graphQl.document("{ network" + scope + " { cohesion { " + SUMMARY_FIELDS + " } } }")
                .execute().path("network.cohesion").entity(Summary.class).get();
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
    void cohesionByClusterAndByKindEqualTheCore() {
        CollaborationGraph g = DemoData.graph(Scope.ALL);
        CohesionReport report = new CohesionReport(g, CohesionReport.Parameters.defaults());
        Map<String, CohesionSummary> byCluster = report.computePerCluster();

        List<ClusterCohesion> clusters = graphQl.document("{ network { cohesionByCluster { cluster { id } cohesion { "
                        + SUMMARY_FIELDS + " } } } }").execute()
                .path("network.cohesionByCluster").entityList(ClusterCohesion.class).get();
        List<ClusterCohesion> kinds = graphQl.document("{ network { cohesionByKind { kind cohesion { "
                        + SUMMARY_FIELDS + " } } } }").execute()
                .path("network.cohesionByKind").entityList(ClusterCohesion.class).get();

        assertThat(clusters).extracting(c -> c.cluster().id()).containsExactlyInAnyOrderElementsOf(byCluster.keySet());
        for (ClusterCohesion c : clusters) {
            assertSummary(c.cohesion(), byCluster.get(c.cluster().id()));
        }
        var byKind = report.computePerKind();
        assertThat(kinds).hasSize(byKind.size());
        for (ClusterCohesion k : kinds) {
            assertSummary(k.cohesion(), byKind.get(io.kaonet.core.model.ActorKind.valueOf(k.kind())));
        }
    }

    @Test
    void aClusterScopeHasItsMembersOnly() {
        long members = DemoData.DEMO.memberships().stream().filter(m -> m.clusterId().equals("TAMA"))
                .map(m -> m.actorId()).distinct().count();

        assertThat(cohesion("(scope: {clusterIds: [\"TAMA\"]})").actors()).isEqualTo((int) members);
    }

    @ParameterizedTest(name = "as of [{0}]")
    @ValueSource(strings = {"", "2005-12-31", "2010-12-31"})
    void collaborationRatiosEqualTheCoreOverallAndByCluster(String day) {
        Scope scope = day.isEmpty() ? Scope.ALL : Scope.ALL.withAsOf(LocalDate.parse(day));
        CollaborationRatiosResult expected = new CollaborationRatios(DemoData.graph(scope)).compute();
        String arg = day.isEmpty() ? "" : "(scope: {asOf: \"" + day + "\"})";

        var response = graphQl.document("{ network" + arg + " { collaborationRatios { collaborationKinds "
                + "overall { firms industryIndustryFirms industryIndustry industryAcademiaGovernmentFirms "
                + "industryAcademiaGovernment } byCluster { cluster { id } ratios { firms industryIndustryFirms "
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
        List<ClusterRatios> byCluster = response.path("network.collaborationRatios.byCluster")
                .entityList(ClusterRatios.class).get();
        assertThat(byCluster).hasSize(expected.byCluster().size());
        for (ClusterRatios c : byCluster) {
            assertThat(c.ratios()).isEqualTo(ClusterRatios.Counts.of(expected.byCluster().get(c.cluster().id())));
        }
    }

    @Test
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
        List<Shell> shells = response.path("network.kCores.shells").entityList(Shell.class).get();
        assertThat(shells.stream().mapToInt(Shell::size).sum()).isEqualTo(g.nodeCount());
        for (Shell s : shells) {
            assertThat(s.size()).isEqualTo(cores.shellSize(s.k()));
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
                          sigma actors ties randomGraphs seed domain clusteringMeasure } } }""")
                .execute()
                .path("network.smallWorld.sigma").entity(Double.class)
                .satisfies(s -> assertThat(s).isCloseTo(expected.sigma(), within(1e-9)))
                .path("network.smallWorld.actors").entity(Integer.class).isEqualTo(expected.nodes())
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
