package io.kaonet.core.matchmaking.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RankingFitTest {

    /**
     * A seeded network that grows 2010–2019: 160 actors in 4 countries; each year 70 ties, each from
     * an actor drawn uniformly to a partner drawn with probability ∝ (1 + degree) × (6 if the same
     * country, else 1). Degree and country drive it; keywords, industries and clusters do not exist.
     */
    static final class Growth {
        final List<int[]> ties = new ArrayList<>();   // {u, v, year}
        final int n = 160;

        Growth(long seed) {
            this(seed, 6, 1);
        }

        /**
         * @param sameCountry the factor of a partner in the same country; 1 makes degree the only driver
         * @param exponent    the partner is drawn ∝ (1 + degree)^exponent × that factor
         */
        Growth(long seed, int sameCountry, double exponent) {
            SplittableRandom random = new SplittableRandom(seed);
            int[] degree = new int[n];
            boolean[][] tied = new boolean[n][n];
            for (int year = 2010; year <= 2019; year++) {
                for (int t = 0; t < 70; t++) {
                    int u = random.nextInt(n);
                    double[] w = new double[n];
                    double total = 0;
                    for (int v = 0; v < n; v++) {
                        w[v] = v == u || tied[u][v] ? 0 : Math.pow(1 + degree[v], exponent) * (v % 4 == u % 4 ? sameCountry : 1);
                        total += w[v];
                    }
                    double r = random.nextDouble() * total;
                    int v = 0;
                    while (v < n - 1 && (w[v] == 0 || r > w[v])) {
                        r -= w[v];
                        v++;
                    }
                    if (w[v] == 0) {
                        continue;
                    }
                    tied[u][v] = tied[v][u] = true;
                    degree[u]++;
                    degree[v]++;
                    ties.add(new int[] {u, v, year});
                }
            }
        }

        CollaborationGraph before(int year) {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            String[] countries = {"DE", "FR", "IT", "ES"};
            for (int u = 0; u < n; u++) {
                int x = b.addNode(String.format("a%03d", u), "actor " + u, ActorKind.COMPANY);
                b.attributes(x, null, null, countries[u % 4], null);
            }
            for (int[] t : ties) {
                if (t[2] < year) {
                    b.addTie(t[0], t[1], TieKind.JOINT_RESEARCH, 1, LocalDate.of(t[2], 3, 1));
                }
            }
            return b.build();
        }
    }

    static RankingFit.Parameters parameters() {
        return RankingFit.Parameters.defaults(Backtest.Parameters.defaults(Matchmaking.Parameters.defaults()));
    }

    @Nested
    class OnAGrowingNetwork {

        private final Growth growth = new Growth(5);
        private final FitPeriods periods = new FitPeriods(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 1, 1),
                LocalDate.of(2019, 12, 31));
        private final FitResult result = new RankingFit(growth.before(2016), growth.before(2018), growth.before(2020),
                periods, parameters()).compute();

        @Test
        void theLearntWeightsFindWhatDrivesTheGrowth() {
            Matchmaking.Parameters.Weights w = result.learnt();
            assertThat(w.countries() + w.region()).as("same country").isPositive();
            assertThat(w.degree() + w.activity()).as("degree").isPositive();
            assertThat(w.keywords()).as("no keywords exist").isZero();
            assertThat(w.industries()).as("no industries exist").isZero();
        }

        @Test
        void everyRankingIsJudgedOnTheHeldOutPeriodWithIntervals() {
            assertThat(result.heldOut()).extracting(MethodScore::label).containsExactly("Kaonet, learnt weights",
                    "Kaonet, built-in weights", "random", "common neighbours", "Adamic–Adar", "resource allocation",
                    "preferential attachment");
            for (MethodScore s : result.heldOut()) {
                assertThat(s.mrrInterval().low()).isLessThanOrEqualTo(s.mrr());
                assertThat(s.mrrInterval().high()).isGreaterThanOrEqualTo(s.mrr());
            }
            assertThat(result.periods()).isEqualTo(periods);
            assertThat(result.fitQueries()).isGreaterThanOrEqualTo(20);
            assertThat(result.heldOutQueries()).isGreaterThanOrEqualTo(20);
        }

        @Test
        void theChoiceFollowsTheRule() {
            assertChoiceFollowsTheRule(result);
        }

        @Test
        void aHeldOutBacktestTheCallerHoldsIsReusedNotRecomputed() {
            CollaborationGraph fitBefore = growth.before(2016);
            CollaborationGraph heldOutBefore = growth.before(2018);
            CollaborationGraph end = growth.before(2020);
            Backtest heldOut = new Backtest(heldOutBefore, end, parameters().backtest());
            BacktestResult already = heldOut.compute();
            FitResult again = new RankingFit(fitBefore, heldOutBefore, end, periods, parameters()).compute(heldOut);
            assertThat(heldOut.compute()).isSameAs(already);
            assertThat(again.heldOut()).isEqualTo(result.heldOut());
            assertThat(again.chosen()).isEqualTo(result.chosen());
            assertThatThrownBy(() -> new RankingFit(fitBefore, heldOutBefore, end, periods, parameters())
                    .compute(new Backtest(fitBefore, end, parameters().backtest())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heldOut");
        }

        @Test
        void theLearntWeightsAreTheCandidateWeightingBestByCrossValidationOverTheFitPeriod() {
            assertThat(result.validation()).containsOnlyKeys(RankingFit.Parameters.L2_GRID_DEFAULT);
            // Four logits, fourteen parts alone and the built-in weights, three anchors plus the built-in
            // weights blended with each logit at three shares.
            assertThat(result.models()).hasSize(4 + 15 + 4 * 4 * 3);
            double best = result.models().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            assertThat(result.models().get(result.model())).isEqualTo(best);
            String first = result.models().entrySet().stream().filter(e -> e.getValue() == best).findFirst()
                    .orElseThrow().getKey();
            assertThat(result.model()).as("the first of the best").isEqualTo(first);
            assertThat(result.models().values()).allSatisfy(mrr -> assertThat(mrr).isBetween(0.0, 1.0));
            for (double l2 : RankingFit.Parameters.L2_GRID_DEFAULT) {
                assertThat(result.validation().get(l2)).isEqualTo(result.models().get("conditional logit, λ " + l2));
            }
        }

        @Test
        void everyCandidateWeightingIsDescribedByItsNameAndTheDecisionFollowsTheRule() {
            // Each name reads back as the weighting that writes it: 4 logits, 14 parts alone, the built-in
            // weights, and 4 anchors blended with each logit at 3 shares.
            List<Weighting> all = result.models().keySet().stream().map(n -> Weighting.parse(n).orElseThrow()).toList();
            assertThat(all).extracting(Weighting::name).containsExactlyElementsOf(result.models().keySet());
            assertThat(all).extracting(Weighting::kind).containsOnly(Weighting.Kind.values());
            assertThat(all).filteredOn(w -> w.kind() == Weighting.Kind.PART_ALONE).extracting(Weighting::part)
                    .containsExactlyElementsOf(io.kaonet.core.matchmaking.ScoreParts.NAMES);
            assertThat(all).filteredOn(w -> w.kind() == Weighting.Kind.BLEND).hasSize(4 * 4 * 3);
            assertThat(result.weighting()).contains(Weighting.parse(result.model()).orElseThrow());
            Weighting chosen = result.weighting().orElseThrow();
            assertThat(Double.isNaN(chosen.penalty()) ? Double.NaN : chosen.penalty()).isEqualTo(result.l2());
            MethodScore learnt = result.score(Ranking.LEARNT);
            boolean beatsAll = result.heldOut().subList(1, result.heldOut().size()).stream().allMatch(s ->
                    learnt.precisionAt(10) > s.precisionAt(10) && learnt.mrr() > s.mrr());
            assertThat(result.decision()).isEqualTo(beatsAll ? FitResult.Decision.LEARNT_BEAT_EVERY_OTHER
                    : FitResult.Decision.BEST_OF_THE_OTHERS);
            assertThat(result.chosen() == Ranking.LEARNT).isEqualTo(beatsAll);
        }

        @Test
        void anAnchorChosenAloneIsThatPartAloneWithoutAPenalty() {
            // "activity alone" ranks as preferential attachment does; fitting it is exact.
            CollaborationGraph fitBefore = growth.before(2016);
            CollaborationGraph heldOutBefore = growth.before(2018);
            RankingFit fit = new RankingFit(fitBefore, heldOutBefore, growth.before(2020), periods, parameters());
            RankingFit.Learnt learnt = fit.learn(new Backtest(fitBefore, heldOutBefore, parameters().backtest()),
                    Execution.UNMONITORED);
            assertThat(learnt.model()).isEqualTo(result.model());
            assertThat(learnt.weights()).as("the fit repeats").isEqualTo(result.learnt());
            if (learnt.model().endsWith(" alone")) {
                assertThat(learnt.l2()).isNaN();
                assertThat(java.util.Arrays.stream(learnt.weights().toArray()).filter(w -> w != 0).count()).isOne();
            } else {
                assertThat(learnt.l2()).isIn(RankingFit.Parameters.L2_GRID_DEFAULT);
            }
        }

        @Test
        void theLearntWeightsBeatTheBuiltInOnesHere() {
            // The built-in weights were chosen on the demo network, whose clusters and kinds do not exist here.
            assertThat(result.score(Ranking.LEARNT).mrr()).isGreaterThan(result.score(Ranking.BUILT_IN).mrr());
        }
    }

    /**
     * Ties grow by degree alone, ∝ (1 + degree)²: preferential attachment's order is the truth (the
     * partner most likely is the one with the most partners), strong enough to stand out of the noise
     * of 160 actors.
     */
    @Nested
    class WhenPreferentialAttachmentIsTheTruth {

        private final Growth growth = new Growth(11, 1, 2);
        private final FitResult result = new RankingFit(growth.before(2016), growth.before(2018), growth.before(2020),
                new FitPeriods(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31)),
                parameters()).compute();

        @Test
        void theLearntWeightsAreLedByADegreeSignalAndNoSharedPartnerOrderIsChosen() {
            double[] w = result.learnt().toArray();
            int largest = 0;
            for (int j = 1; j < w.length; j++) {
                if (w[j] > w[largest]) {
                    largest = j;
                }
            }
            String figures = result.model() + "; " + result.learnt() + "; " + result.heldOut().stream()
                    .map(r -> r.label() + " " + r.mrr()).toList();
            // Partners on a log or linear scale, partners gained lately, activities: each counts partners.
            assertThat(io.kaonet.core.matchmaking.ScoreParts.NAMES.get(largest)).as(figures)
                    .isIn("activity", "degree", "recency", "participations");
            assertThat(result.chosen()).as(figures).isNotIn(Ranking.COMMON_NEIGHBOURS, Ranking.ADAMIC_ADAR,
                    Ranking.RESOURCE_ALLOCATION);
            assertThat(result.score(result.chosen()).mrr()).as("the ranking in use does as well as the truth: %s", figures)
                    .isGreaterThanOrEqualTo(result.score(Ranking.PREFERENTIAL_ATTACHMENT).mrr());
        }

        @Test
        void theChosenRankingIsTheBestOnTheHeldOutPeriod() {
            assertChoiceFollowsTheRule(result);
        }
    }

    /**
     * The rule: the learnt weights when they beat every other ranking on P@10 and MRR on the held-out
     * period; otherwise the one with the best MRR there among the others but the random order.
     */
    static void assertChoiceFollowsTheRule(FitResult result) {
        MethodScore learnt = result.score(Ranking.LEARNT);
        List<MethodScore> others = result.heldOut().subList(1, result.heldOut().size());
        boolean beatsAll = others.stream().allMatch(o -> learnt.precisionAt(10) > o.precisionAt(10)
                && learnt.mrr() > o.mrr());
        if (beatsAll) {
            assertThat(result.chosen()).isEqualTo(Ranking.LEARNT);
        } else {
            double best = others.stream().filter(o -> o.method() != RankingMethod.RANDOM)
                    .mapToDouble(MethodScore::mrr).max().orElseThrow();
            assertThat(result.chosen()).isNotEqualTo(Ranking.LEARNT);
            assertThat(result.score(result.chosen()).mrr()).isEqualTo(best);
        }
        assertThat(result.reason()).isNotBlank();
    }

    @Nested
    class BestRank {

        @Test
        void isTheSmallestOfTheTargetsRanksWithTiesBrokenTheSameWay() {
            Growth growth = new Growth(3);
            Backtest split = new Backtest(growth.before(2018), growth.before(2020),
                    Backtest.Parameters.defaults(Matchmaking.Parameters.defaults()));
            SplittableRandom random = new SplittableRandom(17);
            int n = growth.n;
            for (int trial = 0; trial < 200; trial++) {
                double[] score = new double[n];
                for (int v = 0; v < n; v++) {
                    // Few distinct values, so that ties are common; some nodes are not candidates.
                    score[v] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(4);
                }
                int u = random.nextInt(n);
                int[] targets = random.ints(1 + random.nextInt(5), 0, n).distinct()
                        .filter(t -> t != u && !Double.isNaN(score[t])).toArray();
                if (targets.length == 0) {
                    continue;
                }
                int min = java.util.Arrays.stream(split.ranks(u, score, targets)).min().orElseThrow();
                assertThat(split.bestRank(u, score, targets)).as("trial %d", trial).isEqualTo(min);
            }
        }
    }

    @Nested
    class RankingsAsParameters {

        @Test
        void everyBaselineRankingRanksExactlyAsItsBaseline() {
            Growth growth = new Growth(9);
            Backtest.Parameters p = Backtest.Parameters.defaults(Matchmaking.Parameters.defaults());
            Backtest split = new Backtest(growth.before(2018), growth.before(2020), p);
            BacktestResult baselines = split.compute();
            for (Ranking r : List.of(Ranking.COMMON_NEIGHBOURS, Ranking.ADAMIC_ADAR, Ranking.RESOURCE_ALLOCATION,
                    Ranking.PREFERENTIAL_ATTACHMENT)) {
                MethodScore expected = baselines.score(r.method());
                MethodScore asParameters = split.evaluate(r.name(), r.parameters(p.matchmaking(), null));
                assertThat(asParameters.precision()).as("%s", r).isEqualTo(expected.precision());
                assertThat(asParameters.recall()).as("%s", r).isEqualTo(expected.recall());
                assertThat(asParameters.mrr()).as("%s", r).isEqualTo(expected.mrr());
            }
        }

        @Test
        void learntNeedsItsWeights() {
            assertThatThrownBy(() -> Ranking.LEARNT.parameters(Matchmaking.Parameters.defaults(), null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("learnt");
        }
    }

    @Nested
    class TooLittleHistory {

        @Test
        void theBuiltInWeightsAreKeptAndTheReasonSaysWhy() {
            FitResult r = new RankingFit(BacktestTest.before(), BacktestTest.before(), BacktestTest.after(),
                    new FitPeriods(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                    new RankingFit.Parameters(new Backtest.Parameters(List.of(1, 10),
                            Matchmaking.Parameters.COLLABORATION_KINDS_DEFAULT, 1, 100, 7, Matchmaking.Parameters.defaults()),
                            10, List.of(1.0), 2, 20)).compute();
            assertThat(r.chosen()).isEqualTo(Ranking.BUILT_IN);
            assertThat(r.decision()).isEqualTo(FitResult.Decision.TOO_LITTLE_HISTORY);
            assertThat(r.fitQueries()).isZero();
            assertThat(r.heldOutQueries()).isEqualTo(4);
            assertThat(r.reason()).contains("Too little history").contains("0 actors").contains("4 in the held-out");
            assertThat(r.learnt()).isEqualTo(Matchmaking.Parameters.Weights.DEFAULT);
        }

        @Test
        void penaltiesAndFoldsAreChecked() {
            Backtest.Parameters bp = Backtest.Parameters.defaults(Matchmaking.Parameters.defaults());
            assertThatThrownBy(() -> new RankingFit.Parameters(bp, 10, List.of(), 4, 20))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("l2Grid");
            assertThatThrownBy(() -> new RankingFit.Parameters(bp, 10, List.of(1.0, -2.0), 4, 20))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2.0");
            assertThatThrownBy(() -> new RankingFit.Parameters(bp, 10, List.of(1.0), 1, 20))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folds");
        }

        @Test
        void theChoiceNeedsPrecisionAtTen() {
            assertThatThrownBy(() -> new RankingFit.Parameters(new Backtest.Parameters(List.of(5),
                    Matchmaking.Parameters.COLLABORATION_KINDS_DEFAULT, 1, 100, 7, Matchmaking.Parameters.defaults()),
                    10, List.of(1.0), 2, 20)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10");
        }
    }

    @Nested
    class Periods {

        @Test
        void periodsAreReadFromTheTieDates() {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            for (int i = 0; i < 11; i++) {
                b.addNode("n" + i, "n" + i, ActorKind.COMPANY);
            }
            // Ten ties started 2010, 2011, ..., 2019: the newest 20 % start from 2018, the 20 % before from 2016.
            for (int i = 0; i < 10; i++) {
                b.addTie(i, i + 1, TieKind.SUPPLY, 1, LocalDate.of(2010 + i, 6, 1));
            }
            assertThat(FitPeriods.of(b.build(), 0.2)).contains(new FitPeriods(LocalDate.of(2016, 6, 1),
                    LocalDate.of(2018, 6, 1), LocalDate.of(2019, 6, 1)));
        }

        @Test
        void undatedOrSingleDayNetworksHaveNoPeriods() {
            assertThat(FitPeriods.of(BacktestTest.after(), 0.2)).isEmpty();
            assertThatThrownBy(() -> FitPeriods.of(BacktestTest.after(), 0.6)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new FitPeriods(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1),
                    LocalDate.of(2020, 1, 1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fitFrom");
        }
    }

    @Nested
    class Intervals {

        @Test
        void bootstrapIntervalsRepeatAndHoldTheMean() {
            double[] values = new double[50];
            SplittableRandom random = new SplittableRandom(3);
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextDouble();
                sum += values[i];
            }
            Interval a = new Bootstrap(values.length, 1).interval(values);
            assertThat(new Bootstrap(values.length, 1).interval(values)).isEqualTo(a);
            assertThat(a.low()).isLessThan(sum / values.length).isGreaterThan(0.3);
            assertThat(a.high()).isGreaterThan(sum / values.length).isLessThan(0.7);
            // Standard error of a mean of 50 uniforms ≈ 0.041: the 95 % interval is about 0.16 wide.
            assertThat(a.high() - a.low()).isBetween(0.10, 0.22);
        }

        @Test
        void constantValuesGiveAPointInterval() {
            assertThat(new Bootstrap(3, 1).interval(new double[] {0.5, 0.5, 0.5})).isEqualTo(new Interval(0.5, 0.5));
            assertThat(new Bootstrap(0, 1).interval(new double[0])).isEqualTo(new Interval(0, 0));
        }
    }
}
