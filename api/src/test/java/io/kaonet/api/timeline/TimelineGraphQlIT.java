package io.kaonet.api.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.DemoData;
import io.kaonet.core.collaboration.CollaborationRatios;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Period;
import io.kaonet.core.model.Scope;
import io.kaonet.core.timeline.NetworkChanges;
import io.kaonet.core.timeline.NetworkChangesResult;
import io.kaonet.core.timeline.Periods;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * KPI series and changes over HTTP on the dated demo network, checked against the generator's
 * batch: tie counts per period and the ties formed and ended between two days are counted here
 * from the batch's ties, with no graph at all.
 */
class TimelineGraphQlIT extends ApiIntegrationTest {

    @Test
    void tiesGrowFromPhaseToPhaseAsTheBatchSays() {
        var response = graphQl.document("""
                        { kpiSeries(periods: PHASES) { basis points { period { label start end }
                          cohesion { actors ties } collaboration { firms industryIndustryFirms industryAcademiaGovernmentFirms } } } }""")
                .execute();

        response.path("kpiSeries.basis").entity(String.class).isEqualTo("AS_OF_END");
        response.path("kpiSeries.points[*].period.label").entityList(String.class)
                .containsExactly("2001-2005", "2006-2010", "2011-2020");
        List<Integer> ties = response.path("kpiSeries.points[*].cohesion.ties").entityList(Integer.class).get();
        List<Period> phases = Periods.policyPhases();
        for (int i = 0; i < phases.size(); i++) {
            Scope end = Scope.ALL.withAsOf(phases.get(i).end());
            assertThat(ties.get(i)).as(phases.get(i).label()).isEqualTo(DemoData.pairs(end).size());
            var ratios = new CollaborationRatios(DemoData.graph(end)).compute().overall();
            response.path("kpiSeries.points[" + i + "].collaboration.industryIndustryFirms").entity(Integer.class)
                    .isEqualTo(ratios.industryIndustryFirms());
            response.path("kpiSeries.points[" + i + "].collaboration.industryAcademiaGovernmentFirms")
                    .entity(Integer.class).isEqualTo(ratios.industryAcademiaGovernmentFirms());
        }
        assertThat(ties).isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates();
    }

    @Test
    void windowsCountEveryTieActiveInTheYear() {
        var response = graphQl.document("""
                        { kpiSeries(periods: YEARS, firstYear: 2001, lastYear: 2004, basis: WINDOW) {
                          basis points { period { label } cohesion { ties } } } }""")
                .execute();

        response.path("kpiSeries.points[*].period.label").entityList(String.class)
                .containsExactly("2001", "2002", "2003", "2004");
        List<Integer> ties = response.path("kpiSeries.points[*].cohesion.ties").entityList(Integer.class).get();
        for (int y = 2001; y <= 2004; y++) {
            Period year = Period.year(y);
            assertThat(ties.get(y - 2001)).isEqualTo(DemoData.pairs(Scope.ALL.withWindow(year.start(), year.end())).size());
        }
    }

    @Test
    void aClusterSeriesHasTheMembersOfEachPhase() {
        var response = graphQl.document("""
                        { kpiSeries(scope: {clusterIds: ["HAMAMATSU"]}, periods: CUSTOM,
                                    custom: [{label: "start", start: "2002-04-01", end: "2003-03-31"},
                                             {label: "phase III", start: "2011-01-01", end: "2020-12-31"}]) {
                          points { period { label } cohesion { actors ties } } } }""")
                .execute();

        response.path("kpiSeries.points[*].period.label").entityList(String.class).containsExactly("start", "phase III");
        List<Integer> actors = response.path("kpiSeries.points[*].cohesion.actors").entityList(Integer.class).get();
        List<Integer> ties = response.path("kpiSeries.points[*].cohesion.ties").entityList(Integer.class).get();
        LocalDate[] ends = {LocalDate.of(2003, 3, 31), LocalDate.of(2020, 12, 31)};
        for (int i = 0; i < ends.length; i++) {
            LocalDate day = ends[i];
            // The members active that day that exist by then (founded, or first recorded, by then).
            var cluster = DemoData.graph(Scope.ALL.withClusters(Set.of("HAMAMATSU")).withAsOf(day));
            assertThat(actors.get(i)).isEqualTo(cluster.nodeCount());
            assertThat(ties.get(i)).isEqualTo(cluster.edgeCount());
        }
    }

    @Test
    void changesBetweenTwoDaysAreTheSetDifferencesOfTheBatchesTies() {
        LocalDate from = Periods.PHASE_I.end();
        LocalDate to = Periods.PHASE_II.end();
        Set<String> before = DemoData.pairs(Scope.ALL.withAsOf(from));
        Set<String> after = DemoData.pairs(Scope.ALL.withAsOf(to));
        Set<String> formed = new HashSet<>(after);
        formed.removeAll(before);
        Set<String> ended = new HashSet<>(before);
        ended.removeAll(after);

        assertThat(walk("tiesFormed", from, to)).containsExactlyInAnyOrderElementsOf(formed);
        assertThat(walk("tiesEnded", from, to)).containsExactlyInAnyOrderElementsOf(ended);
        assertThat(formed).isNotEmpty();
        assertThat(ended).isNotEmpty();

        Map<String, Integer> degreeBefore = degrees(before);
        Map<String, Integer> degreeAfter = degrees(after);
        List<String> firms = DemoData.DEMO.actors().stream().filter(a -> a.kind() == ActorKind.COMPANY).map(Actor::id)
                .sorted().toList();
        // Isolated on a day means existing that day without a tie; actors founded later are not yet there.
        var existedBefore = DemoData.asOf(from);
        List<String> became = firms.stream().filter(f -> degreeBefore.containsKey(f) && !degreeAfter.containsKey(f)).toList();
        List<String> stopped = firms.stream().filter(f -> existedBefore.indexOf(f).isPresent()
                && !degreeBefore.containsKey(f) && degreeAfter.containsKey(f)).toList();
        NetworkChangesResult core = new NetworkChanges(DemoData.asOf(from), DemoData.asOf(to),
                NetworkChanges.Parameters.defaults().withTopBrokers(10)).compute();

        var response = graphQl.document("""
                        query($from: Date!, $to: Date!) { changes(from: $from, to: $to, topBrokers: 10) {
                          tiesBefore tiesAfter tiesKept topBrokers
                          newBrokers { actorId rankBefore rankAfter betweennessAfter }
                          formerBrokers { actorId }
                          becameIsolated { id kind } stoppedBeingIsolated { id } enteredActors leftActors } }""")
                .variable("from", from.toString()).variable("to", to.toString()).execute();

        response.path("changes.tiesBefore").entity(Integer.class).isEqualTo(before.size())
                .path("changes.tiesAfter").entity(Integer.class).isEqualTo(after.size())
                .path("changes.tiesKept").entity(Integer.class).isEqualTo(after.size() - formed.size())
                .path("changes.becameIsolated[*].id").entityList(String.class).isEqualTo(became)
                .path("changes.stoppedBeingIsolated[*].id").entityList(String.class).isEqualTo(stopped)
                .path("changes.enteredActors").entityList(String.class)
                .isEqualTo(firmsAndOthersEntered(existedBefore, DemoData.asOf(to)))
                .path("changes.newBrokers[*].actorId").entityList(String.class)
                .isEqualTo(core.newBrokers().stream().map(b -> b.actorId()).toList())
                .path("changes.formerBrokers[*].actorId").entityList(String.class)
                .isEqualTo(core.formerBrokers().stream().map(b -> b.actorId()).toList());
        List<BrokerChange> brokers = response.path("changes.newBrokers").entityList(BrokerChange.class).get();
        for (BrokerChange b : brokers) {
            assertThat(b.rankAfter()).isBetween(1, 10);
            int was = b.rankBefore();
            assertThat(was == 0 || was > 10).isTrue();
        }
    }

    private List<String> walk(String field, LocalDate from, LocalDate to) {
        List<String> out = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = graphQl.document("query($from: Date!, $to: Date!, $after: String) { changes(from: $from, to: $to) { "
                            + field + "(first: 500, after: $after) { totalCount edges { node { first { id } second { id } kinds } } "
                            + "pageInfo { hasNextPage endCursor } } } }")
                    .variable("from", from.toString()).variable("to", to.toString()).variable("after", after).execute();
            List<String> firsts = page.path("changes." + field + ".edges[*].node.first.id").entityList(String.class).get();
            List<String> seconds = page.path("changes." + field + ".edges[*].node.second.id").entityList(String.class).get();
            for (int i = 0; i < firsts.size(); i++) {
                assertThat(firsts.get(i)).isLessThan(seconds.get(i));
                out.add(firsts.get(i) + "|" + seconds.get(i));
            }
            more = page.path("changes." + field + ".pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("changes." + field + ".pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(out).isSorted().doesNotHaveDuplicates();
        return out;
    }

    private static Map<String, Integer> degrees(Set<String> pairs) {
        Map<String, Integer> out = new HashMap<>();
        for (String p : pairs) {
            for (String end : p.split("\\|")) {
                out.merge(end, 1, Integer::sum);
            }
        }
        return out;
    }

    @Test
    void datesInTheScopeAndReversedDaysAreRefused() {
        graphQl.document("{ changes(scope: {asOf: \"2005-01-01\"}, from: \"2005-01-01\", to: \"2006-01-01\") { tiesKept } }")
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("must not carry dates");
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT");
                });
        graphQl.document("{ changes(from: \"2010-01-01\", to: \"2006-01-01\") { tiesKept } }")
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getMessage())
                        .contains("must not be before from"));
        graphQl.document("{ kpiSeries(periods: CUSTOM) { basis } }")
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getMessage())
                        .contains("needs the periods in custom"));
    }

    @Test
    void meanDegreeOfEachYearIsTwiceTheTiesOverTheActors() {
        var response = graphQl.document("{ kpiSeries(periods: YEARS, firstYear: 2019, lastYear: 2020) { points { cohesion { actors ties meanDegree } } } }")
                .execute();
        List<PointCohesion> points = response.path("kpiSeries.points[*].cohesion").entityList(PointCohesion.class).get();
        for (PointCohesion p : points) {
            double expected = 2.0 * p.ties() / p.actors();
            assertThat(p.meanDegree()).isCloseTo(expected, within(1e-12));
        }
        CollaborationGraph g = DemoData.asOf(LocalDate.of(2020, 12, 31));
        assertThat(points.get(1).ties()).isEqualTo((long) g.edgeCount());
    }

    /** A {@code BrokerChange} as the root {@code changes} field selects it. */
    record BrokerChange(String actorId, Integer rankBefore, Integer rankAfter, Double betweennessAfter) {
    }

    /** A period's cohesion figures. */
    record PointCohesion(Integer actors, Long ties, Double meanDegree) {
    }

    /** The ids of the actors in the later graph that are not in the earlier one, in id order. */
    private static List<String> firmsAndOthersEntered(io.kaonet.core.graph.CollaborationGraph before,
                                                      io.kaonet.core.graph.CollaborationGraph after) {
        List<String> entered = new java.util.ArrayList<>();
        for (int u = 0; u < after.nodeCount(); u++) {
            if (before.indexOf(after.id(u)).isEmpty()) {
                entered.add(after.id(u));
            }
        }
        java.util.Collections.sort(entered);
        return entered;
    }
}
