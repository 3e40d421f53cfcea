package io.kaonet.core.matchmaking.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BacktestTest {

    /**
     * Before: a–x–b and c–y–d. After: a–b and c–d ally (targets), a–c a coordination tie (not a
     * target kind), and a newcomer n ties to a (not in the earlier network). The later graph numbers
     * its actors differently (n first), so actors must be matched by id.
     */
    static CollaborationGraph before() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (String id : List.of("a", "b", "c", "d", "x", "y")) {
            b.addNode(id, id, ActorKind.COMPANY);
        }
        b.addTie(0, 4, TieKind.SUPPLY, 1, null).addTie(4, 1, TieKind.SUPPLY, 1, null);
        b.addTie(2, 5, TieKind.SUPPLY, 1, null).addTie(5, 3, TieKind.SUPPLY, 1, null);
        return b.build();
    }

    static CollaborationGraph after() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        int n = b.addNode("n", "n", ActorKind.COMPANY);
        int a = b.addNode("a", "a", ActorKind.COMPANY);
        int bb = b.addNode("b", "b", ActorKind.COMPANY);
        int c = b.addNode("c", "c", ActorKind.COMPANY);
        int d = b.addNode("d", "d", ActorKind.COMPANY);
        int x = b.addNode("x", "x", ActorKind.COMPANY);
        int y = b.addNode("y", "y", ActorKind.COMPANY);
        b.addTie(a, x, TieKind.SUPPLY, 1, null).addTie(x, bb, TieKind.SUPPLY, 1, null);
        b.addTie(c, y, TieKind.SUPPLY, 1, null).addTie(y, d, TieKind.SUPPLY, 1, null);
        b.addTie(a, bb, TieKind.ALLIANCE, 1, null).addTie(c, d, TieKind.ALLIANCE, 1, null);
        b.addTie(a, c, TieKind.COORDINATION, 1, null).addTie(n, a, TieKind.ALLIANCE, 1, null);
        return b.build();
    }

    static Backtest.Parameters parameters() {
        return new Backtest.Parameters(List.of(1, 2), Matchmaking.Parameters.COLLABORATION_KINDS_DEFAULT, 1, 100, 7,
                Matchmaking.Parameters.defaults());
    }

    @Nested
    class LiteralSplit {

        private final BacktestResult result = new Backtest(before(), after(), parameters()).compute();

        @Test
        void newTiesAreTheTargetKindPairsOfActorsKnownBefore() {
            assertThat(result.queries()).isEqualTo(4);     // a, b, c, d
            assertThat(result.qualifying()).isEqualTo(4);
            assertThat(result.targets()).isEqualTo(4);     // a–b and c–d, once per end
            assertThat(result.beforeEdges()).isEqualTo(4);
            assertThat(result.afterEdges()).isEqualTo(8);
            assertThat(result.candidates()).isEqualTo(4);  // 6 actors, minus itself and its one partner
        }

        @Test
        void sharedPartnerIndicesRankTheOnlyTwoStepCandidateFirst() {
            for (RankingMethod m : List.of(RankingMethod.COMMON_NEIGHBOURS, RankingMethod.ADAMIC_ADAR,
                    RankingMethod.RESOURCE_ALLOCATION)) {
                MethodScore s = result.score(m);
                assertThat(s.mrr()).as("%s", m).isEqualTo(1.0);
                assertThat(s.precisionAt(1)).as("%s", m).isEqualTo(1.0);
                assertThat(s.precisionAt(2)).as("%s", m).isEqualTo(0.5);
                assertThat(s.recallAt(1)).as("%s", m).isEqualTo(1.0);
            }
        }

        @Test
        void preferentialAttachmentRanksTheHubFirst() {
            // For every actor the other pair's hub (degree 2) outranks the new partner (degree 1).
            MethodScore s = result.score(RankingMethod.PREFERENTIAL_ATTACHMENT);
            assertThat(s.precisionAt(1)).isZero();
            assertThat(s.mrr()).isLessThanOrEqualTo(0.5);
        }

        @Test
        void kaonetWeighingOnlySharedPartnersRanksLikeAdamicAdar() {
            Matchmaking.Parameters structuralOnly = Matchmaking.Parameters.defaults()
                    .withWeights(new Matchmaking.Parameters.Weights(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
            MethodScore s = new Backtest(before(), after(), parameters()).evaluate("structural", structuralOnly);
            assertThat(s.label()).isEqualTo("structural");
            assertThat(s.mrr()).isEqualTo(1.0);
            assertThat(s.recall()).containsExactly(1.0, 1.0);
        }

        @Test
        void kaonetComesFirstThenEveryBaseline() {
            assertThat(result.scores()).extracting(MethodScore::method).containsExactly(RankingMethod.KAONET,
                    RankingMethod.RANDOM, RankingMethod.COMMON_NEIGHBOURS, RankingMethod.ADAMIC_ADAR,
                    RankingMethod.RESOURCE_ALLOCATION, RankingMethod.PREFERENTIAL_ATTACHMENT);
        }

        @Test
        void markdownTableHasOneRowPerRanking() {
            String table = result.toMarkdown();
            assertThat(table.lines().toList()).hasSize(2 + 6);
            assertThat(table).startsWith("| ranking | P@1 | P@2 | R@1 | R@2 | MRR |")
                    .contains("| common neighbours | 1.0000 [1.000, 1.000] | 0.5000 [0.500, 0.500] | 1.0000 [1.000, 1.000] "
                            + "| 1.0000 [1.000, 1.000] | 1.0000 [1.000, 1.000] |");
        }
    }

    @Nested
    class Queries {

        @Test
        void actorsBelowTheMinimumDegreeAreNotAsked() {
            BacktestResult r = new Backtest(before(), after(), parameters().withMinQueryDegree(2)).compute();
            assertThat(r.queries()).isZero();  // only x and y have two partners, and they gained none
            assertThat(r.score(RankingMethod.KAONET).mrr()).isZero();
        }

        @Test
        void atMostMaxQueriesAreDrawnAndTheDrawRepeats() {
            Backtest.Parameters two = new Backtest.Parameters(List.of(1), Matchmaking.Parameters.COLLABORATION_KINDS_DEFAULT,
                    1, 2, 7, Matchmaking.Parameters.defaults());
            BacktestResult first = new Backtest(before(), after(), two).compute();
            BacktestResult again = new Backtest(before(), after(), two).compute();
            assertThat(first.queries()).isEqualTo(2);
            assertThat(first.qualifying()).isEqualTo(4);
            assertThat(first).isEqualTo(again);
        }

        @Test
        void targetKindsDecideWhatCounts() {
            Backtest.Parameters coordination = new Backtest.Parameters(List.of(1), Set.of(TieKind.COORDINATION), 1, 100,
                    7, Matchmaking.Parameters.defaults());
            BacktestResult r = new Backtest(before(), after(), coordination).compute();
            assertThat(r.queries()).isEqualTo(2);  // a and c
            assertThat(r.targets()).isEqualTo(2);
        }
    }

    @Nested
    class Validation {

        @Test
        void cutOffsMustBePositive() {
            assertThatThrownBy(() -> new Backtest.Parameters(List.of(0), Set.of(TieKind.SUPPLY), 1, 1, 1,
                    Matchmaking.Parameters.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ks");
        }

        @Test
        void targetKindsMustNotBeEmpty() {
            assertThatThrownBy(() -> new Backtest.Parameters(List.of(1), Set.of(), 1, 1, 1,
                    Matchmaking.Parameters.defaults())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("targetKinds");
        }

        @Test
        void maxQueriesMustBePositive() {
            assertThatThrownBy(() -> new Backtest.Parameters(List.of(1), Set.of(TieKind.SUPPLY), 1, 0, 1,
                    Matchmaking.Parameters.defaults())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxQueries");
        }

        @Test
        void unevaluatedCutOffIsRefused() {
            MethodScore s = new Backtest(before(), after(), parameters()).compute().score(RankingMethod.RANDOM);
            assertThatThrownBy(() -> s.precisionAt(10)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Tuning {

        /**
         * A random network whose new ties all join members of one cluster: tuning must find the
         * cluster part, and its reported MRR must be what the backtest measures for its weights.
         */
        @Test
        void tuningFindsThePredictivePartAndNeverLosesGround() {
            int n = 60;
            SplittableRandom random = new SplittableRandom(11);
            CollaborationGraphBuilder b0 = CollaborationGraph.builder();
            CollaborationGraphBuilder b1 = CollaborationGraph.builder();
            for (int u = 0; u < n; u++) {
                for (CollaborationGraphBuilder b : List.of(b0, b1)) {
                    b.addNode("n" + u, null, ActorKind.COMPANY);
                    b.member(u, "C" + (u % 3));
                }
            }
            for (int u = 0; u < n; u++) {
                for (int v = u + 1; v < n; v++) {
                    double r = random.nextDouble();
                    if (r < 0.05) {
                        b0.addTie(u, v, TieKind.SUPPLY, 1, null);
                        b1.addTie(u, v, TieKind.SUPPLY, 1, null);
                    } else if (r < 0.09 && u % 3 == v % 3) {
                        b1.addTie(u, v, TieKind.ALLIANCE, 1, null);
                    }
                }
            }
            Backtest.Parameters p = new Backtest.Parameters(List.of(5), Matchmaking.Parameters.COLLABORATION_KINDS_DEFAULT,
                    1, 100, 3, Matchmaking.Parameters.defaults().withWeights(Matchmaking.Parameters.Weights.EQUAL));
            Backtest split = new Backtest(b0.build(), b1.build(), p);
            WeightTuning.Tuned tuned = new WeightTuning(split, WeightTuning.ROUNDS_DEFAULT).tune();

            assertThat(tuned.weights().cluster()).isPositive();
            for (double w : tuned.weights().toArray()) {
                assertThat(WeightTuning.GRID).contains(w);
            }
            double measured = split.evaluate("tuned", p.matchmaking().withWeights(tuned.weights())).mrr();
            assertThat(tuned.mrr()).isCloseTo(measured, within(1e-12));
            assertThat(measured).isGreaterThan(split.evaluate("equal", p.matchmaking()).mrr());
            assertThat(tuned.startMrr()).isCloseTo(split.evaluate("equal", p.matchmaking()).mrr(), within(1e-12));
            assertThat(tuned.steps()).last().asString().startsWith("structural value:");
        }

        @Test
        void atLeastOneRound() {
            Backtest split = new Backtest(before(), after(), parameters());
            assertThatThrownBy(() -> new WeightTuning(split, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
