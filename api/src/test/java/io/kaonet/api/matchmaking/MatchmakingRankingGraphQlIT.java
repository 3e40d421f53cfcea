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
import io.kaonet.core.matchmaking.backtest.Weighting;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.matchmaking.RankingStore;
import io.kaonet.queries.projection.Projections;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.util.List;
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
                      meanReciprocalRank meanReciprocalRankInterval { low high } inUse beatenByLearnt }
            decision
            crossValidation { folds totalCount chosen { %1$s } weightings(first: 500) { %1$s } top: weightings { name } }"""
            .formatted("name kind part penalty logitShare meanReciprocalRank rank chosen");
    private static final String READ = "{ network(scope: " + SCOPE + ") { matchmakingRanking { " + FIELDS + " } } }";
    private static final String FIT = "mutation { fitMatchmakingRanking(scope: " + SCOPE + ") { " + FIELDS + " } }";

    /** A period of the fit. */
    record Period(String from, String until) {
    }

    /** A part's weight. */
    record PartWeight(String part, Double weight) {
    }

    /** A confidence interval. */
    record Interval(Double low, Double high) {
    }

    /** A row of the held-out figures. */
    record Row(String ranking, String label, Double precisionAt10, Interval precisionAt10Interval, Double recallAt10,
               Double meanReciprocalRank, Interval meanReciprocalRankInterval, Boolean inUse, Boolean beatenByLearnt) {
    }

    /** A candidate weighting of the fit. */
    record Candidate(String name, String kind, String part, Double penalty, Double logitShare, Double meanReciprocalRank,
                     Integer rank, Boolean chosen) {
    }

    /** A name alone. */
    record Named(String name) {
    }

    /** The cross-validation of the fit. */
    record CrossValidation(Integer folds, Integer totalCount, Candidate chosen, List<Candidate> weightings, List<Named> top) {
    }

    /** {@code MatchmakingRanking} with FIELDS. */
    record Ranking(String ranking, String label, String reason, Boolean fitted, Boolean stale, Boolean fitting,
                   String fitError, Long dataVersion, String fittedAt, Period fitPeriod, Period heldOutPeriod,
                   Integer fitActors, Integer fitTies, Integer heldOutActors, Integer heldOutTies,
                   List<PartWeight> weights, List<PartWeight> learntWeights, List<Row> heldOut, String decision,
                   CrossValidation crossValidation) {
    }

    /** A part that drove a candidate's rank. */
    record Driver(String part, Double weight, Double value, Double contribution) {
    }

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
    @Autowired
    Neo4jConnection connection;

    @Test
    void viewersCannotFit() {
        RawGraphQl raw = new RawGraphQl(http);
        assertThat(raw.post(null, FIT).extensions(0)).containsEntry("code", "UNAUTHENTICATED")
                .containsEntry("requiredRole", "COORDINATOR");
        assertThat(raw.post("Bearer " + VIEWER_TOKEN, FIT).extensions(0)).containsEntry("code", "FORBIDDEN");
    }

    @Test
    void aFittedRankingIsStoredWithItsProvenanceUsedByCandidatesAndRefittedAfterAWrite() {
        Ranking before = read();
        if (!before.fitted()) {
            assertThat(before.ranking()).isEqualTo("BUILT_IN");
            assertThat(before.heldOut()).isEmpty();
            assertThat(before.decision()).isEqualTo("NOT_FITTED");
            assertThat(before.crossValidation()).isNull();
            assertThat(weights(before.weights())).containsExactly(Matchmaking.Parameters.Weights.DEFAULT.toArray());
        }

        assertThat(as(Role.COORDINATOR).document(FIT).execute().path("fitMatchmakingRanking.fitting")
                .entity(Boolean.class).get()).isTrue();
        Ranking fitted = untilFitted();
        assertThat(fitted.fitError()).isNull();
        assertThat(fitted.fitted()).isTrue();
        assertThat(fitted.stale()).isFalse();
        assertThat(fitted.dataVersion()).isEqualTo(store.dataVersion());

        // The same fit by the core on the same projections gives the same periods, weights and figures.
        CollaborationGraph all = projections.graph(NETWORK);
        FitPeriods periods = FitPeriods.of(all, FitPeriods.PERIOD_SHARE_DEFAULT).orElseThrow();
        Matchmaking.Parameters builtIn = NetworkRankings.builtIn(NETWORK);
        FitResult expected = new RankingFit(projections.graph(NETWORK.withWindow(null, periods.fitFrom().minusDays(1))),
                projections.graph(NETWORK.withWindow(null, periods.heldOutFrom().minusDays(1))), all, periods,
                RankingFit.Parameters.defaults(Backtest.Parameters.defaults(builtIn))).compute();
        assertThat(fitted.ranking()).isEqualTo(expected.chosen().name());
        assertThat(fitted.reason()).isEqualTo(expected.reason());
        assertThat(fitted.fitPeriod().from()).isEqualTo(periods.fitFrom().toString());
        assertThat(fitted.fitPeriod().until()).isEqualTo(periods.heldOutFrom().minusDays(1).toString());
        assertThat(fitted.heldOutPeriod().until()).isEqualTo(periods.heldOutUntil().toString());
        assertThat(fitted.heldOutActors()).isEqualTo(expected.heldOutQueries());
        assertThat(fitted.fitTies()).isEqualTo(expected.fitTargets());
        assertThat(weights(fitted.learntWeights())).containsExactly(expected.learnt().toArray());
        // Stored with how the weights were found: the candidate weighting chosen and every one's figure.
        FitResult stored = new RankingStore(connection).find(NETWORK).orElseThrow().fit();
        assertThat(stored.model()).isEqualTo(expected.model()).isNotBlank();
        assertThat(stored.models()).isEqualTo(expected.models()).containsKey(expected.model());
        List<Row> rows = fitted.heldOut();
        assertThat(rows).hasSize(expected.heldOut().size());
        for (int i = 0; i < rows.size(); i++) {
            MethodScore s = expected.heldOut().get(i);
            Row row = rows.get(i);
            assertThat(row.label()).isEqualTo(s.label());
            assertThat(row.precisionAt10()).isCloseTo(s.precisionAt(10), within(1e-12));
            assertThat(row.meanReciprocalRank()).isCloseTo(s.mrr(), within(1e-12));
            assertThat(row.meanReciprocalRankInterval().low()).isCloseTo(s.mrrInterval().low(), within(1e-12));
            assertThat(row.inUse()).isEqualTo(fitted.ranking().equals(row.ranking()));
        }
        assertThat(rows.get(0).ranking()).isEqualTo("LEARNT");
        assertThat(rows.get(1).ranking()).isEqualTo("BUILT_IN");
        assertThat(rows).filteredOn(r -> "random".equals(r.label())).singleElement()
                .satisfies(r -> assertThat(r.ranking()).isNull());

        // The rule: learnt only when it beats every other row on both P@10 and MRR.
        Row learnt = rows.get(0);
        boolean beatsAll = rows.subList(1, rows.size()).stream().allMatch(r ->
                learnt.precisionAt10() > r.precisionAt10() && learnt.meanReciprocalRank() > r.meanReciprocalRank());
        assertThat(fitted.ranking().equals("LEARNT")).isEqualTo(beatsAll && expected.fitQueries() >= 20
                && expected.heldOutQueries() >= 20);
        for (int i = 0; i < rows.size(); i++) {
            MethodScore s = expected.heldOut().get(i);
            assertThat(rows.get(i).beatenByLearnt()).as(rows.get(i).label()).isEqualTo(i > 0
                    && expected.heldOut().get(0).precisionAt(10) > s.precisionAt(10) && expected.heldOut().get(0).mrr() > s.mrr());
        }
        assertThat(fitted.decision()).isEqualTo(expected.decision().name());
        assertThat(fitted.decision()).isEqualTo(expected.fitQueries() < 20 || expected.heldOutQueries() < 20
                ? "TOO_LITTLE_HISTORY" : beatsAll ? "LEARNT_BEAT_EVERY_OTHER" : "BEST_OF_THE_OTHERS");

        // How the learnt weights were found: the core's candidate weightings, each with its cross-validated MRR.
        CrossValidation cv = fitted.crossValidation();
        assertThat(cv.folds()).isEqualTo(Math.min(RankingFit.Parameters.FOLDS_DEFAULT, expected.fitQueries()));
        assertThat(cv.totalCount()).isEqualTo(expected.models().size()).isEqualTo(67);
        assertThat(cv.weightings()).hasSize(67).extracting(Candidate::name)
                .containsExactlyInAnyOrderElementsOf(expected.models().keySet());
        for (int i = 0; i < cv.weightings().size(); i++) {
            Candidate c = cv.weightings().get(i);
            assertThat(c.rank()).isEqualTo(i + 1);
            assertThat(c.meanReciprocalRank()).as(c.name()).isCloseTo(expected.models().get(c.name()), within(1e-12));
            if (i > 0) {
                assertThat(c.meanReciprocalRank()).isLessThanOrEqualTo(cv.weightings().get(i - 1).meanReciprocalRank());
            }
            Weighting w = Weighting.parse(c.name()).orElseThrow();
            assertThat(c.kind()).isEqualTo(w.kind().name());
            assertThat(c.part()).isEqualTo(w.part());
            assertThat(c.penalty()).isEqualTo(Double.isNaN(w.penalty()) ? null : w.penalty());
            assertThat(c.logitShare()).isEqualTo(Double.isNaN(w.logitShare()) ? null : w.logitShare());
            assertThat(c.chosen()).isEqualTo(c.name().equals(expected.model()));
        }
        assertThat(cv.chosen()).isEqualTo(cv.weightings().get(0));
        assertThat(cv.chosen().name()).isEqualTo(expected.model());
        assertThat(cv.chosen().penalty()).isEqualTo(Double.isNaN(expected.l2()) ? null : expected.l2());
        assertThat(cv.top()).extracting(Named::name).containsExactlyElementsOf(
                cv.weightings().subList(0, 5).stream().map(Candidate::name).toList());
        RawGraphQl.Answer tooMany = new RawGraphQl(http).post(null, "{ network(scope: " + SCOPE
                + ") { matchmakingRanking { crossValidation { weightings(first: 501) { name } } } } }");
        assertThat(tooMany.extensions(0)).containsEntry("code", "BAD_ARGUMENT").containsEntry("field", "first");

        // Candidates in the network rank by the ranking in use and name the parts that drove them.
        double[] inUse = weights(fitted.weights());
        List<Driver> drivers = graphQl.document("""
                        { network(scope: %s) { candidates(actorId: "tama-co-010", first: 1) { edges { node {
                            score drivers { part weight value contribution } } } } } }""".formatted(SCOPE))
                .execute().path("network.candidates.edges[0].node.drivers").entityList(Driver.class).get();
        assertThat(drivers).isNotEmpty();
        for (Driver d : drivers) {
            assertThat(d.weight()).isEqualTo(inUse[ScoreParts.NAMES.indexOf(d.part())]);
        }

        // A write moves the data version on: the ranking is stale until refitted.
        Actor stranger = new Actor("mm-refit-probe", "Refit probe", ActorKind.COMPANY, null, "Nowhere", null, null, null,
                null, null, null, List.of(), List.of(), List.of());
        try {
            writer.write(new NetworkBatch(List.of(stranger), List.of(), List.of(), List.of(), List.of(), List.of()));
            assertThat(graphQl.document(READ).execute().path("network.matchmakingRanking.stale").entity(Boolean.class)
                    .get()).isTrue();
            assertThat(rankings.refitStale()).isGreaterThanOrEqualTo(1);
            Ranking refitted = read();
            assertThat(refitted.stale()).isFalse();
            assertThat(refitted.dataVersion()).isEqualTo(store.dataVersion());
            assertThat(refitted.ranking()).isEqualTo(fitted.ranking());
        } finally {
            writer.deleteActors(List.of(stranger.id()));
        }
    }

    private Ranking read() {
        return graphQl.document(READ).execute().path("network.matchmakingRanking").entity(Ranking.class).get();
    }

    /** The ranking once the background fit is done (the machine may be loaded: waits up to 10 minutes). */
    private Ranking untilFitted() {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (true) {
            Ranking r = read();
            if (!r.fitting() || System.nanoTime() > deadline) {
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

    private static double[] weights(List<PartWeight> list) {
        assertThat(list).extracting(PartWeight::part).containsExactlyElementsOf(ScoreParts.NAMES);
        return list.stream().mapToDouble(PartWeight::weight).toArray();
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
