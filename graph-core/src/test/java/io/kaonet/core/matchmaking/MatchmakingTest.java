package io.kaonet.core.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.matchmaking.CandidateFilter.ClusterRelation;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A literal network with every expected part worked out by hand beside it.
 *
 * <pre>
 *   a-firm ── c-crd ── b-firm ── d-uni ── e-firm ── g-bank        f-firm (no tie)
 * </pre>
 *
 * Collaboration ties (default kinds): b–d and d–e joint research, g→e financing; c coordinates a
 * and b. 7 actors, 21 pairs, so the base density is 3/21 = 1/7 and a pair of groups with P possible
 * pairs and t ties has lift ((t + 1) / (P + 7)) / (1/7). Firms' industries: a, e machining; b, f
 * electronics; g finance: 5 actors, 10 pairs, 1 tie (g–e), base density 1/10.
 */
class MatchmakingTest {

    static final int A = 0;
    static final int B = 1;
    static final int C = 2;
    static final int D = 3;
    static final int E = 4;
    static final int F = 5;
    static final int G = 6;

    static CollaborationGraph network() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        int a = b.addNode("a-firm", "Alpha Milling", ActorKind.COMPANY);
        b.attributes(a, "machining", "Tokyo", "JP", true)
                .keywords(a, List.of("CNC"), List.of("milling"), List.of("sensor design")).member(a, "T");
        int bf = b.addNode("b-firm", "Beta Sensors", ActorKind.COMPANY);
        b.attributes(bf, "electronics", "Tokyo", "JP", true)
                .keywords(bf, List.of("cnc", "mems"), List.of("Sensor Design"), List.of()).member(bf, "T");
        int c = b.addNode("c-crd", "Chiyo Coordinator", ActorKind.COORDINATOR);
        b.attributes(c, null, "Tokyo", "JP", null).member(c, "T");
        int d = b.addNode("d-uni", "Delta University", ActorKind.UNIVERSITY);
        b.attributes(d, null, "Kanagawa", "JP", null).member(d, "T");
        int e = b.addNode("e-firm", "Epsilon Works", ActorKind.COMPANY);
        b.attributes(e, "machining", "Osaka", "JP", true).keywords(e, List.of(), List.of(), List.of("milling"))
                .member(e, "K");
        int f = b.addNode("f-firm", "Foxtrot Devices", ActorKind.COMPANY);
        b.attributes(f, "electronics", "Tokyo", "JP", true).member(f, "T");
        int g = b.addNode("g-bank", "Gamma Bank", ActorKind.FINANCIER);
        b.attributes(g, "finance", "Osaka", "JP", null).member(g, "K");
        b.addTie(c, a, TieKind.COORDINATION, 1, null);
        b.addTie(c, bf, TieKind.COORDINATION, 1, null);
        b.addTie(bf, d, TieKind.JOINT_RESEARCH, 1, null);
        b.addTie(d, e, TieKind.JOINT_RESEARCH, 1, null);
        b.addTie(g, e, TieKind.FINANCING, 1, null);
        return b.build();
    }

    static Matchmaking equalWeights() {
        return new Matchmaking(network(), Matchmaking.Parameters.defaults().withWeights(Matchmaking.Parameters.Weights.EQUAL));
    }

    @Nested
    class PartsWorkedOutByHand {

        private final CandidateScores scores = equalWeights().scores(A);

        @Test
        void twoStepsAwayThroughTheCoordinator() {
            ScoreParts p = scores.parts(B);
            assertThat(p.structural()).isCloseTo(1 - Math.exp(-1 / Math.log(2)), within(1e-12)); // AA = 1/ln deg(c)
            // Louvain stops at {a, c}, {b, d}, {e, g}, {f} (Q = 0.26): no single move or merge raises Q,
            // although {a, c, b}, {d, e, g} has 0.3.
            assertThat(p.community()).isZero();
            assertThat(p.activity()).isEqualTo(1);       // ln(1 + 2) / ln(1 + max degree 2)
            assertThat(p.kinds()).isCloseTo(7.0 / 20, within(1e-12));       // firm–firm: 6 pairs, 0 ties: lift 7/13
            assertThat(p.industries()).isCloseTo(5.0 / 12, within(1e-12));  // machining–electronics: 4 pairs, 0 ties: lift 5/7
            assertThat(p.keywords()).isCloseTo(2.0 / 3, within(1e-12));     // "sensor design" sought/offered, "cnc" shared
            assertThat(p.distance()).isEqualTo(1);       // 1 / (2 - 1)
            assertThat(p.region()).isEqualTo(1);         // Tokyo
            assertThat(p.cluster()).isEqualTo(1);        // T
            assertThat(p.structuralValue()).isZero();    // constraint rises from 1 to 4/9 + 9/16 = 145/144
            assertThat(p.degree()).isEqualTo(1);         // 2 / max degree 2
            assertThat(p.recency()).isZero();            // no dated tie
            assertThat(p.countries()).isEqualTo(0.5);    // all in JP: lift 1
            assertThat(p.participations()).isZero();     // no activities
            assertThat(scores.constraintBefore()).isCloseTo(1, within(1e-12));
            assertThat(scores.constraintAfter(B)).isCloseTo(145.0 / 144, within(1e-12));
        }

        @Test
        void universityThreeStepsAwayInTheOtherCommunity() {
            ScoreParts p = scores.parts(D);
            assertThat(p.toArray()).containsExactly(new double[] {
                0,          // no shared partner
                0,          // other community
                1,          // degree 2
                21.0 / 32,  // firm–university: 4 pairs, 2 ties: lift 21/11
                0.5,        // a university has no industry
                0,          // no keywords
                0.5,        // 1 / (3 - 1)
                0,          // Kanagawa
                1,          // T
                0.5,        // constraint 1 → (1/2)²·1 + (1/2)² = 1/2
                1,          // degree 2 / max degree 2
                0,          // no dated tie: no recent partner
                0.5,        // every actor in JP: 21 pairs, 3 ties: lift (4/28)/(1/7) = 1
                0           // no activities
            }, within(1e-12));
        }

        @Test
        void firmInAnotherClusterWhoSeeksWhatTheActorOffers() {
            assertThat(scores.parts(E).toArray()).containsExactly(new double[] {
                0, 0, 1, 7.0 / 20,
                10.0 / 21,  // machining–machining: 1 pair, 0 ties: lift 10/11
                0.5,        // "milling" offered and sought
                1.0 / 3, 0, 0, 0.5,
                1, 0, 0.5, 0}, within(1e-12));
        }

        @Test
        void isolatedFirmIsWorthJoiningToTheMainNetwork() {
            assertThat(scores.parts(F).toArray()).containsExactly(new double[] {
                0, 0, 0, 7.0 / 20, 5.0 / 12, 0,
                0,          // not connected
                1, 1,
                1,          // joins f to the main component
                0, 0, 0.5,  // no partner
                0
            }, within(1e-12));
            assertThat(scores.constraintAfter(F)).isCloseTo(0.5, within(1e-12));
        }

        @Test
        void bankFiveStepsAway() {
            assertThat(scores.parts(G).toArray()).containsExactly(new double[] {
                0, 0, Math.log(2) / Math.log(3),
                14.0 / 25,  // firm–financier: 4 pairs, 1 tie: lift 14/11
                5.0 / 8,    // machining–finance: 2 pairs, 1 tie: lift 5/3
                0, 0.25, 0, 0, 0.5,
                0.5, 0, 0.5, 0}, within(1e-12));   // degree 1 / 2
        }

        @Test
        void theActorAndItsPartnersAreNoCandidates() {
            assertThat(scores.isCandidate(A)).isFalse();
            assertThat(scores.isCandidate(C)).isFalse();
            assertThat(scores.part(C, 0)).isNaN();
            assertThatThrownBy(() -> scores.parts(C)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a candidate");
        }
    }

    /**
     * Dated ties across countries. p(DE)–q(DE) 2010, p–r(FR) 2019, s(FR)–r 2020, t(FR) no tie, u (no
     * country)–s 2021. Newest tie 2021-06-01, so "recent" is after 2018-06-01: r gained 2 recent
     * partners (p, s), s 2 (r, u), p 1, u 1, q 0 (its only tie is from 2010).
     * Countries: DE {p, q}, FR {r, s, t}: 5 actors, 10 pairs, 3 ties among them (p–q, p–r, s–r):
     * base density 3/10; DE–FR: 6 pairs, 1 tie: density 2/(6 + 10/3) = 3/14, lift 5/7.
     */
    @Nested
    class DatedPartsAcrossCountries {

        private final CollaborationGraph g = dated();

        private CollaborationGraph dated() {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            int p = b.addNode("p", "P", ActorKind.COMPANY);
            b.attributes(p, null, null, "DE", null);
            int q = b.addNode("q", "Q", ActorKind.COMPANY);
            b.attributes(q, null, null, "DE", null);
            int r = b.addNode("r", "R", ActorKind.UNIVERSITY);
            b.attributes(r, null, null, "FR", null);
            int s = b.addNode("s", "S", ActorKind.COMPANY);
            b.attributes(s, null, null, "FR", null);
            int t = b.addNode("t", "T", ActorKind.COMPANY);
            b.attributes(t, null, null, "FR", null);
            int u = b.addNode("u", "U", ActorKind.COMPANY);
            b.addTie(p, q, TieKind.JOINT_RESEARCH, 1, java.time.LocalDate.of(2010, 3, 1));
            b.addTie(p, r, TieKind.JOINT_RESEARCH, 1, java.time.LocalDate.of(2019, 1, 1));
            b.addTie(s, r, TieKind.JOINT_RESEARCH, 1, java.time.LocalDate.of(2020, 1, 1));
            b.addTie(u, s, TieKind.JOINT_RESEARCH, 1, java.time.LocalDate.of(2021, 6, 1));
            return b.build();
        }

        @Test
        void recencyCountsPartnersGainedInTheLastThreeYears() {
            CandidateScores fromQ = new Matchmaking(g).scores(1); // q
            assertThat(fromQ.parts(2).recency()).isEqualTo(1);                                   // r: 2 of max 2
            assertThat(fromQ.parts(5).recency()).isCloseTo(Math.log(2) / Math.log(3), within(1e-12)); // u: 1
            CandidateScores fromR = new Matchmaking(g).scores(2);
            assertThat(fromR.parts(1).recency()).isZero();                                        // q: tie of 2010
        }

        @Test
        void participationsCountActivitiesAlsoThoseHeldAlone() {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            int x = b.addNode("x", "X", ActorKind.COMPANY);
            int y = b.addNode("y", "Y", ActorKind.UNIVERSITY);
            int z = b.addNode("z", "Z", ActorKind.COMPANY);
            b.addTie(x, y, TieKind.CO_PARTICIPATION, 1, java.time.LocalDate.of(2020, 1, 1));
            b.participated(x).participated(y);   // their joint project
            b.participated(y).participated(y).participated(y);   // three grants y held alone
            CollaborationGraph withGrants = b.build();
            CandidateScores fromZ = new Matchmaking(withGrants).scores(z);
            assertThat(fromZ.parts(y).participations()).isEqualTo(1);                                // 4 of max 4
            assertThat(fromZ.parts(x).participations()).isCloseTo(Math.log(2) / Math.log(5), within(1e-12));
            assertThat(fromZ.parts(x).degree()).isEqualTo(fromZ.parts(y).degree());                   // degree cannot tell them apart
            assertThat(new Matchmaking(g).scores(1).parts(2).participations()).as("no activities").isZero();
        }

        @Test
        void degreeIsLinearInTheCandidatesPartners() {
            CandidateScores fromQ = new Matchmaking(g).scores(1);
            assertThat(fromQ.parts(2).degree()).isEqualTo(1);      // r: 2 of max 2
            assertThat(fromQ.parts(5).degree()).isEqualTo(0.5);    // u: 1
            assertThat(fromQ.parts(4).degree()).isZero();          // t: none
        }

        @Test
        void countriesLiftIsLearntFromTheTies() {
            CandidateScores fromQ = new Matchmaking(g).scores(1);
            double lift = 5.0 / 7;
            assertThat(fromQ.parts(2).countries()).isCloseTo(lift / (1 + lift), within(1e-12)); // DE–FR
            assertThat(fromQ.parts(5).countries()).isEqualTo(0.5);                              // u: no country
        }
    }

    @Nested
    class Ranking {

        @Test
        void candidatesComeBestFirstWithTheirScores() {
            ActorCandidates result = equalWeights().candidates("a-firm", CandidateFilter.NONE, 10);
            // Sums of the parts above: b 6.1970, d 4.15625, f 3.7667, e 3.1595, g 2.5659.
            assertThat(result.candidates()).extracting(c -> c.candidate().id())
                    .containsExactly("b-firm", "d-uni", "f-firm", "e-firm", "g-bank");
            assertThat(result.candidates().get(1).score()).isCloseTo(4.15625, within(1e-12));
            assertThat(result.candidates().get(0).score())
                    .isCloseTo(1 - Math.exp(-1 / Math.log(2)) + 0 + 1 + 0.35 + 5.0 / 12 + 2.0 / 3 + 1 + 1 + 1, within(1e-12));
            assertThat(result.eligible()).isEqualTo(5);
        }

        @Test
        void limitCutsTheListButNotTheEligibleCount() {
            ActorCandidates result = equalWeights().candidates(A, CandidateFilter.NONE, 2);
            assertThat(result.candidates()).hasSize(2);
            assertThat(result.eligible()).isEqualTo(5);
        }

        @Test
        void driversNameThePartsThatRaisedTheScoreLargestFirst() {
            MatchCandidate top = new Matchmaking(network()).candidates(A, CandidateFilter.NONE, 1).candidates().get(0);
            double[] w = Matchmaking.Parameters.Weights.DEFAULT.toArray();
            double[] p = top.parts().toArray();
            double sum = 0;
            for (ScoreContribution c : top.drivers()) {
                int i = ScoreParts.NAMES.indexOf(c.part());
                assertThat(c.contribution()).isPositive().isEqualTo(w[i] * p[i]);
                sum += c.contribution();
            }
            assertThat(sum).isCloseTo(top.score(), within(1e-12));
            assertThat(top.drivers()).extracting(ScoreContribution::contribution)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }

        @Test
        void weightsChangeTheOrder() {
            Matchmaking.Parameters onlyValue = Matchmaking.Parameters.defaults()
                    .withWeights(new Matchmaking.Parameters.Weights(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0));
            List<String> ids = new Matchmaking(network(), onlyValue).candidates(A, CandidateFilter.NONE, 10).candidates()
                    .stream().map(c -> c.candidate().id()).toList();
            // f joins the main network (1); d, e, g lower constraint by half (0.5, node order); b raises it (0).
            assertThat(ids).containsExactly("f-firm", "d-uni", "e-firm", "g-bank", "b-firm");
        }

        @Test
        void unknownActorIsRefused() {
            assertThatThrownBy(() -> equalWeights().candidates("nobody", CandidateFilter.NONE, 5))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
        }

        @Test
        void negativeLimitIsRefused() {
            assertThatThrownBy(() -> equalWeights().candidates(A, CandidateFilter.NONE, -1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        }

        @Test
        void explainingATiedPairIsRefused() {
            assertThatThrownBy(() -> equalWeights().explain(A, C)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Filters {

        private List<String> ids(CandidateFilter filter) {
            return equalWeights().candidates(A, filter, 10).candidates().stream().map(c -> c.candidate().id()).toList();
        }

        @Test
        void byKind() {
            assertThat(ids(CandidateFilter.NONE.withKinds(Set.of(ActorKind.UNIVERSITY)))).containsExactly("d-uni");
        }

        @Test
        void byIndustry() {
            assertThat(ids(new CandidateFilter(null, Set.of("machining"), null, null, null))).containsExactly("e-firm");
        }

        @Test
        void byCluster() {
            assertThat(ids(CandidateFilter.NONE.withClusterIds(Set.of("K")))).containsExactly("e-firm", "g-bank");
        }

        @Test
        void byDistanceLeavesOutTheUnconnected() {
            assertThat(ids(CandidateFilter.NONE.withMaxDistance(3))).containsExactly("b-firm", "d-uni");
        }

        @Test
        void insideTheActorsClusters() {
            assertThat(ids(CandidateFilter.NONE.withRelation(ClusterRelation.INSIDE)))
                    .containsExactly("b-firm", "d-uni", "f-firm");
        }

        @Test
        void acrossClusters() {
            assertThat(ids(CandidateFilter.NONE.withRelation(ClusterRelation.ACROSS))).containsExactly("e-firm", "g-bank");
        }

        @Test
        void distanceOneIsNoFilter() {
            assertThatThrownBy(() -> CandidateFilter.NONE.withMaxDistance(1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least 2");
        }
    }

    @Nested
    class Explanations {

        private MatchCandidate pair(int candidate) {
            return equalWeights().explain(A, candidate);
        }

        @Test
        void sharedCoordinatorIsNamedAsTheIntroducer() {
            Explanation x = pair(B).explanation();
            assertThat(x.sharedPartners()).extracting(Contact::id).containsExactly("c-crd");
            assertThat(x.commonNeighbours()).isEqualTo(1);
            assertThat(x.adamicAdar()).isCloseTo(1 / Math.log(2), within(1e-12));
            assertThat(x.resourceAllocation()).isCloseTo(0.5, within(1e-12));
            assertThat(x.introducer().id()).isEqualTo("c-crd");
            assertThat(x.introductionPath()).extracting(Contact::id).containsExactly("a-firm", "c-crd", "b-firm");
            assertThat(x.distance()).isEqualTo(2);
            assertThat(x.offersSought()).isEmpty();
            assertThat(x.seeksOffered()).containsExactly("sensor design");
            assertThat(x.sharedTechnologies()).containsExactly("CNC");
            assertThat(x.kindLift()).isCloseTo(7.0 / 13, within(1e-12));
            assertThat(x.industryLift()).isCloseTo(5.0 / 7, within(1e-12));
            assertThat(x.sharedRegion()).isEqualTo("Tokyo");
            assertThat(x.sharedClusters()).containsExactly("T");
            assertThat(x.sameCommunity()).isFalse();
            assertThat(x.constraintBefore()).isCloseTo(1, within(1e-12));
            assertThat(x.constraintAfter()).isCloseTo(145.0 / 144, within(1e-12));
            assertThat(x.joinsMainComponent()).isFalse();
            assertThat(x.sentences()).containsExactly(
                    "Alpha Milling and Beta Sensors share 1 partner: Chiyo Coordinator.",
                    "Chiyo Coordinator (coordinator) works with both and can introduce them.",
                    "Beta Sensors offers what Alpha Milling seeks: sensor design.",
                    "Both work on CNC.",
                    "Pairs of two companies are tied 0.5 times as often as the average pair here.",
                    "Alpha Milling is in machining and Beta Sensors in electronics; such pairs are tied 0.7 times as "
                            + "often as the average pair of firms.",
                    "Both are in Tokyo and members of T.",
                    "It would not lower Alpha Milling's constraint (1.000 → 1.007): Beta Sensors is close to Alpha "
                            + "Milling's partners.");
        }

        @Test
        void longerPathGoesThroughTheCoordinator() {
            Explanation x = pair(E).explanation();
            assertThat(x.introductionPath()).extracting(Contact::id)
                    .containsExactly("a-firm", "c-crd", "b-firm", "d-uni", "e-firm");
            assertThat(x.introducer().id()).isEqualTo("c-crd");
            assertThat(x.offersSought()).containsExactly("milling");
            assertThat(x.sentences()).contains("Chiyo Coordinator (coordinator) can make the introduction, along "
                    + "Alpha Milling → Chiyo Coordinator → Beta Sensors → Delta University → Epsilon Works.",
                    "Alpha Milling offers what Epsilon Works seeks: milling.",
                    "It would lower Alpha Milling's constraint from 1.000 to 0.500 (−50 %): fewer of its contacts would "
                            + "be redundant.");
        }

        @Test
        void unconnectedFirmGetsTheClustersCoordinator() {
            Explanation x = pair(F).explanation();
            assertThat(x.distance()).isEqualTo(-1);
            assertThat(x.introductionPath()).isEmpty();
            assertThat(x.introducer().id()).isEqualTo("c-crd");
            assertThat(x.joinsMainComponent()).isTrue();
            assertThat(x.sentences()).contains("Alpha Milling and Foxtrot Devices are not connected in the network; "
                            + "Chiyo Coordinator, a coordinator of T, could introduce them.",
                    "The tie would bring Foxtrot Devices, which has no partner yet, into the main network of 6 actors.");
        }
    }

    @Nested
    class ClusterView {

        @Test
        void pairsLeaveOutCoordinatorsAndTiedPairs() {
            ClusterIntroductions t = equalWeights().cluster("T", Set.of(), 100, 10, 3);
            assertThat(t.members()).isEqualTo(5);
            // Members a, b, c, d, f; coordinators are not paired, and b–d are tied.
            assertThat(t.pairs()).extracting(p -> Set.of(p.actor().id(), p.candidate().id())).containsExactlyInAnyOrder(
                    Set.of("a-firm", "b-firm"), Set.of("a-firm", "d-uni"), Set.of("a-firm", "f-firm"),
                    Set.of("b-firm", "f-firm"), Set.of("d-uni", "f-firm"));
        }

        @Test
        void pairScoreIsTheMeanOfBothSides() {
            Matchmaking m = equalWeights();
            MatchCandidate ab = m.cluster("T", Set.of(), 100, 0, 0).pairs().stream()
                    .filter(p -> Set.of(p.actor().id(), p.candidate().id()).equals(Set.of("a-firm", "d-uni")))
                    .findFirst().orElseThrow();
            double[] w = Matchmaking.Parameters.Weights.EQUAL.toArray();
            double mean = (m.scores(A).score(D, w) + m.scores(D).score(A, w)) / 2;
            assertThat(ab.score()).isCloseTo(mean, within(1e-12));
        }

        @Test
        void isolatedFirmGetsBridgesIntoTheMainComponent() {
            ClusterIntroductions t = equalWeights().cluster("T", Set.of(), 0, 10, 3);
            assertThat(t.pairs()).isEmpty();
            assertThat(t.isolated()).hasSize(1);
            ClusterIntroductions.IsolatedFirm f = t.isolated().get(0);
            assertThat(f.firm().id()).isEqualTo("f-firm");
            assertThat(f.partners()).isZero();
            assertThat(f.bridges()).hasSize(3).allSatisfy(b -> assertThat(b.explanation().joinsMainComponent()).isTrue());
            double[] scores = f.bridges().stream().mapToDouble(MatchCandidate::score).toArray();
            assertThat(scores[0]).isGreaterThanOrEqualTo(scores[1]);
            assertThat(scores[1]).isGreaterThanOrEqualTo(scores[2]);
        }

        @Test
        void unknownClusterHasNoIntroductions() {
            ClusterIntroductions x = equalWeights().cluster("nowhere", Set.of(), 10, 10, 3);
            assertThat(x.members()).isZero();
            assertThat(x.pairs()).isEmpty();
            assertThat(x.isolated()).isEmpty();
        }
    }
}
