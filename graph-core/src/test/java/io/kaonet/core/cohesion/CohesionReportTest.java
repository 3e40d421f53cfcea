package io.kaonet.core.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.oracle.Oracle;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CohesionReportTest {

    static Stream<Oracle> undirectedOracles() {
        return DegreeStatisticsTest.undirectedOracles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undirectedOracles")
    void summaryMatchesTheOracleValues(Oracle oracle) {
        CohesionSummary s = new CohesionReport(oracle.graph(), CohesionReport.Parameters.defaults()).compute();

        assertThat(s.actors()).isEqualTo((int) oracle.scalar("n_nodes"));
        assertThat(s.ties()).isEqualTo((long) oracle.scalar("n_edges"));
        assertThat(s.density()).isCloseTo(oracle.scalar("density"), within(1e-9));
        double meanDegree = oracle.perNode("degree").values().stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow();
        assertThat(s.meanDegree()).isCloseTo(meanDegree, within(1e-9));
        assertThat(s.components()).isEqualTo((int) oracle.scalar("n_components"));
        int giant = 0;
        for (var component : oracle.metrics().get("connected_components")) {
            giant = Math.max(giant, component.size());
        }
        assertThat(s.giantComponentSize()).isEqualTo(giant);
        assertThat(s.giantShare()).isCloseTo((double) giant / s.actors(), within(1e-12));
        assertThat(s.isolates()).isEqualTo(oracle.metrics().get("isolates").size());
        assertThat(s.averageClustering()).isCloseTo(oracle.scalar("average_clustering_zeros_included"), within(1e-9));
        assertThat(s.averageClusteringLowDegreeExcluded())
                .isCloseTo(oracle.scalar("average_clustering_deg_lt2_excluded"), within(1e-9));
        assertThat(s.transitivity()).isCloseTo(oracle.scalar("transitivity_global"), within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undirectedOracles")
    void summaryAgreesWithTheSeparateAnalyses(Oracle oracle) {
        CollaborationGraph g = oracle.graph();
        CohesionSummary s = new CohesionReport(g, CohesionReport.Parameters.defaults()).compute();
        int[][] d = BruteForce.floydWarshall(g);

        assertThat(s.meanDistance()).isCloseTo(BruteForce.meanDistance(d), within(1e-12));
        assertThat(s.diameter()).isEqualTo(BruteForce.diameter(d));
        assertThat(s.distancesSampled()).isFalse();
        assertThat(s.meanDistanceStandardError()).isZero();
        assertThat(s.mainCore()).isEqualTo(java.util.Arrays.stream(BruteForce.peelCores(g)).max().orElse(0));
        assertThat(s.meanTwoStepReach()).isEqualTo(new TwoStepReach(g).compute().mean());
        assertThat(s.degreeCentralization()).isEqualTo(new DegreeStatistics(g).compute().degreeCentralization());
        assertThat(s.pendants()).isEqualTo(new DegreeStatistics(g).compute().pendantCount());
    }

    @Test
    void samplesDistancesAboveTheNodeLimit() {
        CollaborationGraph karate = Oracle.load("karate").graph();
        CohesionReport.Parameters p = new CohesionReport.Parameters(new Distances.Parameters(33, 10, 5L, 2));

        CohesionSummary s = new CohesionReport(karate, p).compute();

        assertThat(s.distancesSampled()).isTrue();
        assertThat(s.meanDistanceStandardError()).isPositive();
        assertThat(s.diameter()).isLessThanOrEqualTo(5); // karate's diameter
    }

    /**
     * Two clusters: A = {0, 1, 2} (a triangle of companies), B = {2, 3, 4} (2–3, 3–4, a path);
     * node 5 a university tied to 0 and to 4, member of neither.
     */
    static CollaborationGraph clustered() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int i = 0; i < 5; i++) {
            b.addNode("c" + i, null, ActorKind.COMPANY);
        }
        b.addNode("u5", null, ActorKind.UNIVERSITY);
        b.member(0, "A").member(1, "A").member(2, "A").member(2, "B").member(3, "B").member(4, "B");
        int[][] edges = {{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {0, 5}, {4, 5}};
        for (int[] e : edges) {
            b.addEdge(e[0], e[1]);
        }
        return b.build();
    }

    @Test
    void perClusterSummariesUseTheMembersInducedSubgraph() {
        Map<String, CohesionSummary> perCluster =
                new CohesionReport(clustered(), CohesionReport.Parameters.defaults()).computePerCluster();

        assertThat(perCluster.keySet()).containsExactly("A", "B");
        CohesionSummary a = perCluster.get("A");
        assertThat(a.actors()).isEqualTo(3);
        assertThat(a.ties()).isEqualTo(3);
        assertThat(a.density()).isEqualTo(1.0);
        assertThat(a.transitivity()).isEqualTo(1.0);
        assertThat(a.mainCore()).isEqualTo(2);
        CohesionSummary b = perCluster.get("B");
        assertThat(b.ties()).isEqualTo(2);
        assertThat(b.diameter()).isEqualTo(2);
        assertThat(b.meanDistance()).isCloseTo(4.0 / 3, within(1e-12)); // 1, 1, 2
        assertThat(b.pendants()).isEqualTo(2);
    }

    @Test
    void perKindSummariesCoverOnlyPresentKinds() {
        Map<ActorKind, CohesionSummary> perKind =
                new CohesionReport(clustered(), CohesionReport.Parameters.defaults()).computePerKind();

        assertThat(perKind.keySet()).containsExactly(ActorKind.COMPANY, ActorKind.UNIVERSITY);
        assertThat(perKind.get(ActorKind.COMPANY).ties()).isEqualTo(5);
        assertThat(perKind.get(ActorKind.UNIVERSITY).actors()).isEqualTo(1);
        assertThat(perKind.get(ActorKind.UNIVERSITY).isolates()).isEqualTo(1);
        assertThat(perKind.get(ActorKind.UNIVERSITY).meanDistance()).isNaN();
    }

    @Test
    void wholeGraphSummaryOfTheLiteralNetwork() {
        CohesionSummary s = new CohesionReport(clustered(), CohesionReport.Parameters.defaults()).compute();

        assertThat(s.actors()).isEqualTo(6);
        assertThat(s.ties()).isEqualTo(7);
        assertThat(s.components()).isEqualTo(1);
        assertThat(s.giantShare()).isEqualTo(1.0);
        assertThat(s.isolates()).isZero();
        assertThat(s.pendants()).isZero();
        // cycle 0-2-3-4-5-0 with chord triangle 0-1-2: max degree 3 (0 and 2); Σ(3 − d) = 0+1+0+1+1+1 = 4 over 5·4
        assertThat(s.degreeCentralization()).isCloseTo(4.0 / 20, within(1e-15));
        assertThat(s.mainCore()).isEqualTo(2);
    }
}
