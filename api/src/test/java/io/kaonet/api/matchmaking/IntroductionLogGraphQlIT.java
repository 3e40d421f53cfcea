package io.kaonet.api.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.demo.DemoNetworkGenerator;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.introductions.IntroductionLog;
import io.kaonet.queries.writes.NetworkWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The introduction log over HTTP. Reading: the demo's introductions, with coordinators and outcomes
 * inferred, agree with the same inference done here on the generator's records. Writing: records
 * and outcomes on actors of this test's own, with every expected refusal, removed afterwards.
 */
class IntroductionLogGraphQlIT extends ApiIntegrationTest {

    private static final NetworkBatch DEMO = new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.defaults()).generate().batch();

    /** Per coordinator: introductions, collaborations, and days to each collaboration, inferred as the log does. */
    private static Map<String, List<Long>> inferredDays(Map<String, Integer> introductions) {
        Map<String, ActorKind> kinds = new HashMap<>();
        DEMO.actors().forEach(a -> kinds.put(a.id(), a.kind()));
        Map<String, List<Long>> days = new TreeMap<>();
        for (Tie intro : DEMO.ties()) {
            if (intro.kind() != TieKind.INTRODUCTION) {
                continue;
            }
            Optional<String> coordinator = DEMO.ties().stream()
                    .filter(t -> t.kind() == TieKind.COORDINATION && kinds.get(t.sourceId()) == ActorKind.COORDINATOR)
                    .filter(t -> t.targetId().equals(intro.sourceId()) && !t.since().isAfter(intro.since()))
                    .map(Tie::sourceId)
                    .filter(c -> DEMO.ties().stream().anyMatch(t -> t.kind() == TieKind.COORDINATION
                            && t.sourceId().equals(c) && t.targetId().equals(intro.targetId())
                            && !t.since().isAfter(intro.since())))
                    .min(Comparator.naturalOrder());
            if (coordinator.isEmpty()) {
                continue;
            }
            introductions.merge(coordinator.get(), 1, Integer::sum);
            List<Long> list = days.computeIfAbsent(coordinator.get(), k -> new ArrayList<>());
            DEMO.ties().stream()
                    .filter(t -> IntroductionLog.COLLABORATION_KINDS.contains(t.kind()))
                    .filter(t -> (t.sourceId().equals(intro.sourceId()) && t.targetId().equals(intro.targetId()))
                            || (t.sourceId().equals(intro.targetId()) && t.targetId().equals(intro.sourceId())))
                    .filter(t -> !t.since().isBefore(intro.since()))
                    .min(Comparator.comparing(Tie::since))
                    .ifPresent(t -> list.add(ChronoUnit.DAYS.between(intro.since(), t.since())));
        }
        return days;
    }

    @Test
    void demoIntroductionsAreAllListed() {
        long count = DEMO.ties().stream().filter(t -> t.kind() == TieKind.INTRODUCTION).count();
        graphQl.document("{ introductions(first: 5) { totalCount edges { node { id date status coordinatorInferred } } } }")
                .execute()
                .path("introductions.totalCount").entity(Long.class).isEqualTo(count)
                .path("introductions.edges").entityList(Object.class).hasSize(5)
                .path("introductions.edges[0].node.coordinatorInferred").entity(Boolean.class).isEqualTo(true);
    }

    /** An actor by id and name. */
    record Named(String id, String name) {
    }

    /** {@code CoordinatorIntroductions}. */
    record CoordinatorRecord(Named coordinator, Integer introductions, Integer collaborations, Integer noCollaboration,
                             Integer open, Double collaborationShare, Double medianDaysToCollaboration) {
    }

    @Test
    void coordinatorRecordsAgreeWithTheInferenceDoneOnTheGeneratorsRecords() {
        Map<String, Integer> introductions = new TreeMap<>();
        Map<String, List<Long>> days = inferredDays(introductions);
        List<CoordinatorRecord> records = graphQl.document("""
                { coordinatorIntroductions { coordinator { id name } introductions collaborations noCollaboration open
                                             collaborationShare medianDaysToCollaboration } }""")
                .execute().path("coordinatorIntroductions").entityList(CoordinatorRecord.class).get();

        assertThat(records).extracting(r -> r.coordinator().id()).containsExactlyElementsOf(introductions.keySet());
        for (CoordinatorRecord r : records) {
            String id = r.coordinator().id();
            List<Long> d = days.get(id).stream().sorted().toList();
            assertThat(r.introductions()).as(id).isEqualTo(introductions.get(id));
            assertThat(r.collaborations()).as(id).isEqualTo(d.size());
            assertThat(r.noCollaboration()).isEqualTo(0);
            assertThat(r.open()).isEqualTo(introductions.get(id) - d.size());
            Double median = d.isEmpty() ? null : d.size() % 2 == 1 ? (double) d.get(d.size() / 2)
                    : (d.get(d.size() / 2 - 1) + d.get(d.size() / 2)) / 2.0;
            if (median == null) {
                assertThat(r.medianDaysToCollaboration()).isNull();
            } else {
                assertThat(r.medianDaysToCollaboration()).as(id).isEqualTo(median);
            }
        }
    }

    @Test
    void theLogIsFilteredByClusterAndPeriod() {
        String cluster = DEMO.clusters().get(0).id();
        java.util.Set<String> members = new java.util.HashSet<>();
        DEMO.memberships().stream().filter(m -> m.clusterId().equals(cluster)).forEach(m -> members.add(m.actorId()));
        List<Tie> intros = DEMO.ties().stream().filter(t -> t.kind() == TieKind.INTRODUCTION).toList();
        LocalDate from = intros.stream().map(Tie::since).sorted().toList().get(intros.size() / 4);
        LocalDate to = intros.stream().map(Tie::since).sorted().toList().get(intros.size() * 3 / 4);
        long inCluster = intros.stream().filter(t -> members.contains(t.sourceId()) || members.contains(t.targetId())).count();
        long inPeriod = intros.stream().filter(t -> !t.since().isBefore(from) && !t.since().isAfter(to)).count();
        long both = intros.stream().filter(t -> members.contains(t.sourceId()) || members.contains(t.targetId()))
                .filter(t -> !t.since().isBefore(from) && !t.since().isAfter(to)).count();
        assertThat(inCluster).isPositive().isLessThan(intros.size());
        assertThat(both).isPositive().isLessThan(inCluster);

        String query = """
                query($c: ID, $f: Date, $t: Date) { introductions(clusterId: $c, from: $f, to: $t, first: 500) {
                  totalCount edges { node { date } } }
                  coordinatorIntroductions(clusterId: $c, from: $f, to: $t) { introductions } }""";
        graphQl.document(query).variable("c", cluster).execute()
                .path("introductions.totalCount").entity(Long.class).isEqualTo(inCluster);
        graphQl.document(query).variable("f", from.toString()).variable("t", to.toString()).execute()
                .path("introductions.totalCount").entity(Long.class).isEqualTo(inPeriod)
                .path("introductions.edges[*].node.date").entityList(String.class)
                .satisfies(dates -> assertThat(dates).allSatisfy(d -> assertThat(LocalDate.parse(d)).isBetween(from, to)));
        var answer = graphQl.document(query).variable("c", cluster).variable("f", from.toString())
                .variable("t", to.toString()).execute();
        answer.path("introductions.totalCount").entity(Long.class).isEqualTo(both);
        // The coordinators' counts cover the same introductions (those whose coordinator is known).
        int counted = answer.path("coordinatorIntroductions[*].introductions").entityList(Integer.class).get()
                .stream().mapToInt(Integer::intValue).sum();
        assertThat((long) counted).isPositive().isLessThanOrEqualTo(both);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsABadArgument() {
        graphQl.document("{ introductions(from: \"2020-01-02\", to: \"2020-01-01\") { totalCount } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("2020-01-02").contains("after it ends")));
    }

    @Nested
    class Recording {

        private static final String COORDINATOR = "mm-it-crd";
        private static final String FIRM = "mm-it-firm";
        private static final String UNIVERSITY = "mm-it-uni";
        private static final LocalDate DAY = LocalDate.of(2021, 5, 14);

        private static final String RECORD = """
                mutation($c: ID!, $a: [ID!]!, $d: Date!) {
                  recordIntroduction(input: {coordinatorId: $c, actorIds: $a, date: $d, note: "met at the fair"}) {
                    ok error { code message }
                    introduction { id coordinator { id } coordinatorInferred actors { id } date status note }
                  }
                }""";
        private static final String OUTCOME = """
                mutation($i: ID!, $k: CollaborationKind, $d: Date!) {
                  recordOutcome(input: {introductionId: $i, collaboration: $k, date: $d}) {
                    ok error { code message }
                    introduction { status outcome outcomeDate outcomeInferred daysToOutcome }
                  }
                }""";

        @Autowired
        NetworkWriter writer;
        @Autowired
        Neo4jConnection connection;

        @BeforeEach
        void ownActors() {
            writer.write(new NetworkBatch(List.of(Actor.of(COORDINATOR, "IT Coordinator", ActorKind.COORDINATOR),
                    Actor.of(FIRM, "IT Firm", ActorKind.COMPANY), Actor.of(UNIVERSITY, "IT University", ActorKind.UNIVERSITY)),
                    List.of(), List.of(), List.of(), List.of(), List.of()));
        }

        @AfterEach
        void removeOwnActors() {
            writer.deleteActors(List.of(COORDINATOR, FIRM, UNIVERSITY));
        }

        private String record(String coordinator, List<String> actors, LocalDate day, String expectedError) {
            var response = as(Role.COORDINATOR).document(RECORD).variable("c", coordinator).variable("a", actors)
                    .variable("d", day.toString()).execute();
            if (expectedError != null) {
                response.path("recordIntroduction.ok").entity(Boolean.class).isEqualTo(false)
                        .path("recordIntroduction.error.code").entity(String.class).isEqualTo(expectedError)
                        .path("recordIntroduction.introduction").valueIsNull();
                return null;
            }
            response.path("recordIntroduction.ok").entity(Boolean.class).isEqualTo(true)
                    .path("recordIntroduction.error").valueIsNull();
            return response.path("recordIntroduction.introduction.id").entity(String.class).get();
        }

        @Test
        void introductionIsRecordedWithItsCoordinatorAndTiesThePair() {
            int before = candidateIds(FIRM).contains(UNIVERSITY) ? 1 : 0;
            var response = as(Role.COORDINATOR).document(RECORD).variable("c", COORDINATOR).variable("a", List.of(UNIVERSITY, FIRM))
                    .variable("d", DAY.toString()).execute();
            response.path("recordIntroduction.introduction.coordinator.id").entity(String.class).isEqualTo(COORDINATOR)
                    .path("recordIntroduction.introduction.coordinatorInferred").entity(Boolean.class).isEqualTo(false)
                    .path("recordIntroduction.introduction.actors[*].id").entityList(String.class)
                    .containsExactly(FIRM, UNIVERSITY)
                    .path("recordIntroduction.introduction.date").entity(String.class).isEqualTo(DAY.toString())
                    .path("recordIntroduction.introduction.status").entity(String.class).isEqualTo("OPEN")
                    .path("recordIntroduction.introduction.note").entity(String.class).isEqualTo("met at the fair");
            // Once introduced, the two are tied: the fresh projection no longer offers one to the other.
            assertThat(before).isEqualTo(1);
            assertThat(candidateIds(FIRM)).doesNotContain(UNIVERSITY);
        }

        @Test
        void expectedRefusalsComeBackInThePayload() {
            record(COORDINATOR, List.of(FIRM, UNIVERSITY), DAY, null);
            record(COORDINATOR, List.of(UNIVERSITY, FIRM), DAY, "DUPLICATE");
            record(COORDINATOR, List.of(FIRM, "mm-it-ghost"), DAY, "UNKNOWN_ACTOR");
            record(FIRM, List.of(COORDINATOR, UNIVERSITY), DAY, "NOT_A_COORDINATOR");
            record(COORDINATOR, List.of(FIRM, FIRM), DAY, "SAME_ACTOR");
            record(COORDINATOR, List.of(COORDINATOR, FIRM), DAY, "SAME_ACTOR");
            graphQl.document("query($a: ID) { introductions(actorId: $a) { totalCount } }").variable("a", FIRM).execute()
                    .path("introductions.totalCount").entity(Integer.class).isEqualTo(1);
        }

        @Test
        void outcomeIsRecordedOnceAndCounted() {
            String id = record(COORDINATOR, List.of(FIRM, UNIVERSITY), DAY, null);

            as(Role.COORDINATOR).document(OUTCOME).variable("i", id).variable("k", "JOINT_RESEARCH")
                    .variable("d", DAY.minusDays(1).toString()).execute()
                    .path("recordOutcome.error.code").entity(String.class).isEqualTo("OUTCOME_BEFORE_INTRODUCTION");
            as(Role.COORDINATOR).document(OUTCOME).variable("i", "no-such-introduction").variable("d", DAY.toString()).execute()
                    .path("recordOutcome.error.code").entity(String.class).isEqualTo("UNKNOWN_INTRODUCTION");
            as(Role.COORDINATOR).document(OUTCOME).variable("i", id).variable("k", "JOINT_RESEARCH")
                    .variable("d", DAY.plusDays(90).toString()).execute()
                    .path("recordOutcome.ok").entity(Boolean.class).isEqualTo(true)
                    .path("recordOutcome.introduction.status").entity(String.class).isEqualTo("COLLABORATION")
                    .path("recordOutcome.introduction.outcome").entity(String.class).isEqualTo("JOINT_RESEARCH")
                    .path("recordOutcome.introduction.outcomeInferred").entity(Boolean.class).isEqualTo(false)
                    .path("recordOutcome.introduction.daysToOutcome").entity(Integer.class).isEqualTo(90);
            as(Role.COORDINATOR).document(OUTCOME).variable("i", id).variable("d", DAY.plusDays(100).toString()).execute()
                    .path("recordOutcome.error.code").entity(String.class).isEqualTo("OUTCOME_ALREADY_RECORDED");

            graphQl.document("""
                    query($c: ID) { coordinatorIntroductions(coordinatorId: $c) {
                        coordinator { id name } introductions collaborations open collaborationShare
                        medianDaysToCollaboration } }""").variable("c", COORDINATOR).execute()
                    .path("coordinatorIntroductions[0].coordinator.name").entity(String.class).isEqualTo("IT Coordinator")
                    .path("coordinatorIntroductions[0].introductions").entity(Integer.class).isEqualTo(1)
                    .path("coordinatorIntroductions[0].collaborations").entity(Integer.class).isEqualTo(1)
                    .path("coordinatorIntroductions[0].open").entity(Integer.class).isEqualTo(0)
                    .path("coordinatorIntroductions[0].collaborationShare").entity(Double.class)
                    .satisfies(s -> assertThat(s).isCloseTo(1.0, within(1e-12)))
                    .path("coordinatorIntroductions[0].medianDaysToCollaboration").entity(Double.class).isEqualTo(90.0);
            // The collaboration itself is now a tie of the network.
            graphQl.document("{ network(scope: {tieKinds: [JOINT_RESEARCH], actorKinds: [UNIVERSITY, COMPANY]}) "
                            + "{ summary { ties } } }").execute()
                    .path("network.summary.ties").entity(Integer.class).satisfies(ties ->
                            assertThat(ties).isEqualTo(jointResearchPairs() + 1));
        }

        @Test
        void aDateAfterTodayIsRefusedAndWritesNothing() {
            LocalDate tomorrow = LocalDate.now().plusDays(1);
            record(COORDINATOR, List.of(FIRM, UNIVERSITY), tomorrow, "DATE_IN_FUTURE");
            String id = record(COORDINATOR, List.of(FIRM, UNIVERSITY), DAY, null);
            as(Role.COORDINATOR).document(OUTCOME).variable("i", id).variable("k", "ALLIANCE")
                    .variable("d", tomorrow.toString()).execute()
                    .path("recordOutcome.error.code").entity(String.class).isEqualTo("DATE_IN_FUTURE")
                    .path("recordOutcome.error.message").entity(String.class).satisfies(m -> assertThat(m)
                            .contains(tomorrow.toString()));
            graphQl.document("query($a: ID) { introductions(actorId: $a) { totalCount edges { node { status } } } }")
                    .variable("a", FIRM).execute()
                    .path("introductions.totalCount").entity(Integer.class).isEqualTo(1)
                    .path("introductions.edges[0].node.status").entity(String.class).isEqualTo("OPEN");
        }

        @Test
        void aDirectedOutcomeNeedsItsGiverAndGoesFromTheGiver() {
            String id = record(COORDINATOR, List.of(FIRM, UNIVERSITY), DAY, null);
            String directed = """
                    mutation($i: ID!, $k: CollaborationKind, $d: Date!, $g: ID) {
                      recordOutcome(input: {introductionId: $i, collaboration: $k, date: $d, giverId: $g}) {
                        ok error { code message } introduction { status outcome } } }""";
            as(Role.COORDINATOR).document(directed).variable("i", id).variable("k", "FINANCING")
                    .variable("d", DAY.plusDays(10).toString()).execute()
                    .path("recordOutcome.ok").entity(Boolean.class).isEqualTo(false)
                    .path("recordOutcome.error.code").entity(String.class).isEqualTo("GIVER_REQUIRED");
            assertThat(financingTies(UNIVERSITY, FIRM) + financingTies(FIRM, UNIVERSITY)).as("nothing written").isZero();
            graphQl.document("query($a: ID) { introductions(actorId: $a) { edges { node { status } } } }")
                    .variable("a", FIRM).execute()
                    .path("introductions.edges[0].node.status").entity(String.class).isEqualTo("OPEN");

            // The higher id gives: the old default (the lower id) would point the other way.
            as(Role.COORDINATOR).document(directed).variable("i", id).variable("k", "FINANCING")
                    .variable("d", DAY.plusDays(10).toString()).variable("g", UNIVERSITY).execute()
                    .path("recordOutcome.ok").entity(Boolean.class).isEqualTo(true)
                    .path("recordOutcome.introduction.outcome").entity(String.class).isEqualTo("FINANCING");
            assertThat(financingTies(UNIVERSITY, FIRM)).isEqualTo(1);
            assertThat(financingTies(FIRM, UNIVERSITY)).isZero();
        }

        private long financingTies(String source, String target) {
            try (var session = connection.driver().session(connection.sessionConfig())) {
                return session.executeRead(tx -> tx.run(
                        "MATCH (:Actor {id: $s})-[t:FINANCING]->(:Actor {id: $t}) RETURN count(t) AS n",
                        Map.of("s", source, "t", target)).single().get("n").asLong());
            }
        }

        @Test
        void noCollaborationIsAnOutcomeToo() {
            String id = record(COORDINATOR, List.of(FIRM, UNIVERSITY), DAY, null);
            as(Role.COORDINATOR).document(OUTCOME).variable("i", id).variable("d", DAY.plusDays(30).toString()).execute()
                    .path("recordOutcome.introduction.status").entity(String.class).isEqualTo("NO_COLLABORATION")
                    .path("recordOutcome.introduction.outcome").valueIsNull();
        }

        private List<String> candidateIds(String actor) {
            return graphQl.document("query($a: ID!) { candidates(actorId: $a, first: 500, filter: {kinds: [UNIVERSITY]}) "
                            + "{ edges { node { candidate { id } } } } }")
                    .variable("a", actor).execute()
                    .path("candidates.edges[*].node.candidate.id").entityList(String.class).get();
        }

        private int jointResearchPairs() {
            Map<String, ActorKind> kinds = new HashMap<>();
            DEMO.actors().forEach(a -> kinds.put(a.id(), a.kind()));
            return (int) DEMO.ties().stream().filter(t -> t.kind() == TieKind.JOINT_RESEARCH)
                    .filter(t -> List.of(ActorKind.UNIVERSITY, ActorKind.COMPANY).contains(kinds.get(t.sourceId()))
                            && List.of(ActorKind.UNIVERSITY, ActorKind.COMPANY).contains(kinds.get(t.targetId())))
                    .map(t -> t.sourceId().compareTo(t.targetId()) < 0 ? t.sourceId() + "|" + t.targetId()
                            : t.targetId() + "|" + t.sourceId())
                    .distinct().count();
        }
    }
}
