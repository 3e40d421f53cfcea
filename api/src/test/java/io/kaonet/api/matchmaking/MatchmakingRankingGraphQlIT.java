package io.kaonet.api.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.RawGraphQl;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.matchmaking.ScoreParts;
import io.kaonet.core.matchmaking.backtest.Backtest;
import io.kaonet.core.matchmaking.backtest.FitPeriods;
import io.kaonet.core.matchmaking.backtest.FitResult;
import io.kaonet.core.matchmaking.backtest.MethodScore;
import io.kaonet.core.matchmaking.backtest.RankingFit;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.projection.Projections;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The per-network matchmaking ranking over HTTP, on the TAMA cluster of the demo network with its
 * activities projected into co-participation ties (a network of its own, so that the whole network's
 * answers, which other tests check, keep the built-in weights): before any fit the built-in weights
 * are in use; a coordinator's fit stores the ranking with its periods, data version and held-out
 * figures, which equal the core's fit on the same projections; the ranking chosen follows the rule;
 * candidates name the parts that drove their rank under it; a write makes it stale and a refit
 * reads the new version.
 */
class MatchmakingRankingGraphQlIT extends ApiIntegrationTest {

    private static final Scope NETWORK = new Scope(Set.of("TAMA"), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, true,
            null);
    private static final String SCOPE = "{clusterIds: [\"TAMA\"], includeActivities: true}";
    private static final String FIELDS = """
            ranking label reason fitted stale fitting fitError dataVersion fittedAt
            fitPeriod { from until } heldOutPeriod { from until }
            fitActors fitTies heldOutActors heldOutTies
            weights { part weight } learntWeights { part weight }
            heldOut { ranking label precisionAt10 precisionAt10Interval { low high } recallAt10
                      meanReciprocalRank meanReciprocalRankInterval { low high } inUse }""";
    private static final String READ = "{ network(scope: " + SCOPE + ") { matchmakingRanking { " + FIELDS + " } } }";
    private static final String FIT = "mutation { fitMatchmakingRanking(scope: " + SCOPE + ") { " + FIELDS + " } }";

    @Autowired
    WebTestClient http;
    @Autowired
    Projections projections;
    @Autowired
    StoreQueries store;
    @Autowired
    NetworkWriter writer;
    @Autowired
    NetworkRankings rankings;

    @Test
    void viewersCannotFit() {
        RawGraphQl raw = new RawGraphQl(http);
        assertThat(raw.post(null, FIT).extensions(0)).containsEntry("code", "UNAUTHENTICATED")
                .containsEntry("requiredRole", "COORDINATOR");
        assertThat(raw.post("Bearer " + VIEWER_TOKEN, FIT).extensions(0)).containsEntry("code", "FORBIDDEN");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFittedRankingIsStoredWithItsProvenanceUsedByCandidatesAndRefittedAfterAWrite() {
        Map<String, Object> before = graphQl.document(READ).execute().path("network.matchmakingRanking")
                .entity(Map.class).get();
        if (!(Boolean) before.get("fitted")) {
            assertThat(before.get("ranking")).isEqualTo("BUILT_IN");
            assertThat((List<?>) before.get("heldOut")).isEmpty();
            assertThat(weights(before, "weights")).containsExactly(Matchmaking.Parameters.Weights.DEFAULT.toArray());
        }

        assertThat(as(Role.COORDINATOR).document(FIT).execute().path("fitMatchmakingRanking.fitting")
                .entity(Boolean.class).get()).isTrue();
        Map<String, Object> fitted = untilFitted();
        assertThat(fitted.get("fitError")).isNull();
        assertThat(fitted.get("fitted")).isEqualTo(true);
        assertThat(fitted.get("stale")).isEqualTo(false);
        assertThat(((Number) fitted.get("dataVersion")).longValue()).isEqualTo(store.dataVersion());

        // The same fit by the core on the same projections gives the same periods, weights and figures.
        CollaborationGraph all = projections.graph(NETWORK);
        FitPeriods periods = FitPeriods.of(all, FitPeriods.PERIOD_SHARE_DEFAULT).orElseThrow();
        Matchmaking.Parameters builtIn = NetworkRankings.builtIn(NETWORK);
        FitResult expected = new RankingFit(projections.graph(NETWORK.withWindow(null, periods.fitFrom().minusDays(1))),
                projections.graph(NETWORK.withWindow(null, periods.heldOutFrom().minusDays(1))), all, periods,
                RankingFit.Parameters.defaults(Backtest.Parameters.defaults(builtIn))).compute();
        assertThat(fitted.get("ranking")).isEqualTo(expected.chosen().name());
        assertThat(fitted.get("reason")).isEqualTo(expected.reason());
        assertThat(((Map<String, Object>) fitted.get("fitPeriod")).get("from")).isEqualTo(periods.fitFrom().toString());
        assertThat(((Map<String, Object>) fitted.get("fitPeriod")).get("until"))
                .isEqualTo(periods.heldOutFrom().minusDays(1).toString());
        assertThat(((Map<String, Object>) fitted.get("heldOutPeriod")).get("until"))
                .isEqualTo(periods.heldOutUntil().toString());
        assertThat(fitted.get("heldOutActors")).isEqualTo(expected.heldOutQueries());
        assertThat(fitted.get("fitTies")).isEqualTo(expected.fitTargets());
        assertThat(weights(fitted, "learntWeights")).containsExactly(expected.learnt().toArray());
        List<Map<String, Object>> rows = (List<Map<String, Object>>) fitted.get("heldOut");
        assertThat(rows).hasSize(expected.heldOut().size());
        for (int i = 0; i < rows.size(); i++) {
            MethodScore s = expected.heldOut().get(i);
            Map<String, Object> row = rows.get(i);
            assertThat(row.get("label")).isEqualTo(s.label());
            assertThat((Double) row.get("precisionAt10")).isCloseTo(s.precisionAt(10), within(1e-12));
            assertThat((Double) row.get("meanReciprocalRank")).isCloseTo(s.mrr(), within(1e-12));
            assertThat((Double) ((Map<String, Object>) row.get("meanReciprocalRankInterval")).get("low"))
                    .isCloseTo(s.mrrInterval().low(), within(1e-12));
            assertThat(row.get("inUse")).isEqualTo(fitted.get("ranking").equals(row.get("ranking")));
        }
        assertThat(rows.get(0).get("ranking")).isEqualTo("LEARNT");
        assertThat(rows.get(1).get("ranking")).isEqualTo("BUILT_IN");
        assertThat(rows).filteredOn(r -> "random".equals(r.get("label"))).singleElement()
                .satisfies(r -> assertThat(r.get("ranking")).isNull());

        // The rule: learnt only when it beats every other row on both P@10 and MRR.
        Map<String, Object> learnt = rows.get(0);
        boolean beatsAll = rows.subList(1, rows.size()).stream().allMatch(r ->
                (Double) learnt.get("precisionAt10") > (Double) r.get("precisionAt10")
                        && (Double) learnt.get("meanReciprocalRank") > (Double) r.get("meanReciprocalRank"));
        assertThat(fitted.get("ranking").equals("LEARNT")).isEqualTo(beatsAll && expected.fitQueries() >= 20
                && expected.heldOutQueries() >= 20);

        // Candidates in the network rank by the ranking in use and name the parts that drove them.
        double[] inUse = weights(fitted, "weights");
        List<Map<String, Object>> drivers = graphQl.document("""
                        { candidates(actorId: "tama-co-010", scope: %s, first: 1) { edges { node {
                            score drivers { part weight value contribution } } } } }""".formatted(SCOPE))
                .execute().path("candidates.edges[0].node.drivers").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        assertThat(drivers).isNotEmpty();
        for (Map<String, Object> d : drivers) {
            assertThat((Double) d.get("weight")).isEqualTo(inUse[ScoreParts.NAMES.indexOf((String) d.get("part"))]);
        }

        // A write moves the data version on: the ranking is stale until refitted.
        Actor stranger = new Actor("mm-refit-probe", "Refit probe", ActorKind.COMPANY, null, "Nowhere", null, null, null,
                null, null, null, List.of(), List.of(), List.of());
        try {
            writer.write(new NetworkBatch(List.of(stranger), List.of(), List.of(), List.of(), List.of(), List.of()));
            assertThat(graphQl.document(READ).execute().path("network.matchmakingRanking.stale").entity(Boolean.class)
                    .get()).isTrue();
            assertThat(rankings.refitStale()).isGreaterThanOrEqualTo(1);
            Map<String, Object> refitted = graphQl.document(READ).execute().path("network.matchmakingRanking")
                    .entity(Map.class).get();
            assertThat(refitted.get("stale")).isEqualTo(false);
            assertThat(((Number) refitted.get("dataVersion")).longValue()).isEqualTo(store.dataVersion());
            assertThat(refitted.get("ranking")).isEqualTo(fitted.get("ranking"));
        } finally {
            writer.deleteActors(List.of(stranger.id()));
        }
    }

    /** The ranking once the background fit is done (the machine may be loaded: waits up to 10 minutes). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> untilFitted() {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (true) {
            Map<String, Object> r = graphQl.document(READ).execute().path("network.matchmakingRanking")
                    .entity(Map.class).get();
            if (!(Boolean) r.get("fitting") || System.nanoTime() > deadline) {
                return r;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static double[] weights(Map<String, Object> ranking, String field) {
        List<Map<String, Object>> list = (List<Map<String, Object>>) ranking.get(field);
        assertThat(list).extracting(m -> m.get("part")).containsExactlyElementsOf(ScoreParts.NAMES);
        return list.stream().mapToDouble(m -> ((Number) m.get("weight")).doubleValue()).toArray();
    }

    @Test
    void aNetworkWithoutDatedTiesCannotBeFitted() {
        RawGraphQl raw = new RawGraphQl(http);
        RawGraphQl.Answer answer = raw.post("Bearer " + COORDINATOR_TOKEN,
                "mutation { fitMatchmakingRanking(scope: {actorKinds: [PROFESSIONAL], tieKinds: [SPIN_OFF]}) { ranking } }");
        assertThat(answer.extensions(0)).containsEntry("code", "BAD_ARGUMENT");
        assertThat(answer.errors().get(0).get("message")).asString().contains("start dates");
    }
}
