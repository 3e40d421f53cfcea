package io.kaonet.queries.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.matchmaking.Matchmaking.Parameters.Weights;
import io.kaonet.core.matchmaking.backtest.FitPeriods;
import io.kaonet.core.matchmaking.backtest.FitResult;
import io.kaonet.core.matchmaking.backtest.Ranking;
import io.kaonet.core.matchmaking.backtest.Weighting;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fitted ranking read back as it was saved, with the rule that chose it and the candidate
 * weightings by name; a ranking saved before the rule was kept gets it from its ranking and reason.
 */
class RankingStoreIT {

    private static final Scope NETWORK = new Scope(Set.of("TAMA"), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null,
            true, null);
    private final RankingStore store = new RankingStore(TestDatabase.connection());

    @BeforeEach
    void empty() {
        TestDatabase.clear();
    }

    private static FitResult fit(Ranking chosen, String reason, FitResult.Decision decision) {
        Map<String, Double> models = new LinkedHashMap<>();
        models.put(Weighting.logit(10).name(), 0.31);
        models.put(Weighting.alone("activity").name(), 0.35);
        models.put(Weighting.blend("structural", 1, 0.25).name(), 0.29);
        return new FitResult(chosen, reason, decision, Weights.DEFAULT,
                new FitPeriods(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31)), List.of(),
                40, 120, 35, 90, Double.NaN, Map.of(10.0, 0.31), Weighting.alone("activity").name(), models);
    }

    @Test
    void aRankingIsReadBackWithItsDecisionAndCandidateWeightings() {
        FitResult saved = fit(Ranking.PREFERENTIAL_ATTACHMENT, "Preferential attachment had the best MRR.",
                FitResult.Decision.BEST_OF_THE_OTHERS);
        store.save(new StoredRanking(NETWORK, saved, 7, Instant.parse("2026-12-07T10:00:00Z")));

        FitResult read = store.find(NETWORK).orElseThrow().fit();
        assertThat(read.decision()).isEqualTo(FitResult.Decision.BEST_OF_THE_OTHERS);
        assertThat(read.model()).isEqualTo(saved.model());
        assertThat(read.models()).containsExactlyEntriesOf(saved.models());
        assertThat(read.weighting()).contains(Weighting.alone("activity"));
        assertThat(read.models().keySet()).allSatisfy(name -> assertThat(Weighting.parse(name)).isPresent());
    }

    @Test
    void aRankingSavedBeforeTheDecisionWasKeptGetsItFromItsRankingAndReason() {
        store.save(new StoredRanking(NETWORK, fit(Ranking.BUILT_IN, "Too little history to judge a learnt ranking: 3 actors"
                + " gained a tie …", FitResult.Decision.TOO_LITTLE_HISTORY), 7, Instant.now()));
        forgetDecision();
        assertThat(store.find(NETWORK).orElseThrow().fit().decision()).isEqualTo(FitResult.Decision.TOO_LITTLE_HISTORY);

        store.save(new StoredRanking(NETWORK, fit(Ranking.BUILT_IN, "The learnt weights did not beat …",
                FitResult.Decision.BEST_OF_THE_OTHERS), 7, Instant.now()));
        forgetDecision();
        assertThat(store.find(NETWORK).orElseThrow().fit().decision()).isEqualTo(FitResult.Decision.BEST_OF_THE_OTHERS);

        store.save(new StoredRanking(NETWORK, fit(Ranking.LEARNT, "The weights learnt from this network's history beat …",
                FitResult.Decision.LEARNT_BEAT_EVERY_OTHER), 7, Instant.now()));
        forgetDecision();
        assertThat(store.find(NETWORK).orElseThrow().fit().decision()).isEqualTo(FitResult.Decision.LEARNT_BEAT_EVERY_OTHER);
    }

    private static void forgetDecision() {
        try (var session = TestDatabase.connection().driver().session(TestDatabase.connection().sessionConfig())) {
            session.run("MATCH (m:MatchmakingRanking) REMOVE m.decision").consume();
        }
    }
}
