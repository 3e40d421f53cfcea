package io.kaonet.queries.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.CoParticipationWeighting;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.TestDatabase;
import io.kaonet.queries.projection.ProjectionReader;
import io.kaonet.queries.reads.StoreQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stored co-participation ties against a brute-force count, and proof that no analysis reads them. */
class CoParticipationTiesIT {

    private static final Scope PROJECTED = new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, true,
            CoParticipationWeighting.COUNT);

    private final NetworkWriter writer = new NetworkWriter(TestDatabase.connection());
    private final CoParticipationTies copies = new CoParticipationTies(TestDatabase.connection());
    private final StoreQueries store = new StoreQueries(TestDatabase.connection());
    private final ProjectionReader projections = new ProjectionReader(TestDatabase.connection());

    @BeforeEach
    void clear() {
        TestDatabase.clear();
    }

    @Test
    void everyPairSharingAnActivityGetsOneTieWithItsCountAndNewmanWeight() {
        NetworkBatch batch = randomProjects(new Random(7), 40, 25, 6);
        writer.write(batch);
        long version = store.dataVersion();
        Map<String, Long> counts = store.counts();
        CollaborationGraph before = projections.read(PROJECTED);

        long stored = copies.store();

        Map<List<String>, double[]> expected = bruteForce(batch);
        assertThat(stored).isEqualTo(expected.size()).isPositive();
        Map<List<String>, double[]> actual = storedTies();
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((pair, figures) -> {
            assertThat(actual.get(pair)[0]).as("activities of %s", pair).isEqualTo(figures[0]);
            assertThat(actual.get(pair)[1]).as("Newman weight of %s", pair).isCloseTo(figures[1], within(1e-12));
        });
        assertThat(store.dataVersion()).as("a copy for Cypher users, not a change of the network").isEqualTo(version);
        assertThat(store.counts()).isEqualTo(counts);
        CollaborationGraph after = projections.read(PROJECTED);
        assertThat(after.edgeCount()).isEqualTo(before.edgeCount()).isEqualTo(expected.size());
        assertThat(projections.read(Scope.ALL).edgeCount()).as("stored ties only").isZero();
    }

    @Test
    void storingAgainReplacesTheCopyAndDropRemovesIt() {
        NetworkBatch batch = randomProjects(new Random(11), 20, 10, 5);
        writer.write(batch);
        long first = copies.store();

        assertThat(copies.store()).isEqualTo(first);
        assertThat(copies.count()).isEqualTo(first);
        copies.drop();
        assertThat(copies.count()).isZero();
    }

    /** Activities p0… with 1 to maxSize distinct participants among actors a0…; a participant may have a role. */
    private static NetworkBatch randomProjects(Random random, int actors, int projects, int maxSize) {
        List<Actor> actorList = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            actorList.add(Actor.of("a" + i, "Actor " + i, ActorKind.values()[i % 4]));
        }
        List<Activity> activities = new ArrayList<>();
        List<Participation> participations = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            String id = "p" + p;
            activities.add(new Activity(id, "Project " + p, ActivityKind.JOINT_RD_PROJECT, null, null, null, null));
            Set<Integer> members = new LinkedHashSet<>();
            int size = 1 + random.nextInt(maxSize);
            while (members.size() < size) {
                members.add(random.nextInt(actors));
            }
            members.forEach(m -> participations.add(new Participation(id, "a" + m,
                    random.nextBoolean() ? "participant" : null, null)));
        }
        return new NetworkBatch(actorList, List.of(), List.of(), List.of(), activities, participations);
    }

    /** Pairs (lower id, higher id) → {shared activities, Σ 1/(n−1)}, counted directly from the records. */
    private static Map<List<String>, double[]> bruteForce(NetworkBatch batch) {
        Map<String, Set<String>> members = new HashMap<>();
        batch.participations().forEach(p -> members.computeIfAbsent(p.activityId(), k -> new TreeSet<>()).add(p.actorId()));
        Map<List<String>, double[]> pairs = new HashMap<>();
        for (Set<String> group : members.values()) {
            List<String> list = List.copyOf(group);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    double[] figures = pairs.computeIfAbsent(List.of(list.get(i), list.get(j)), k -> new double[2]);
                    figures[0] += 1;
                    figures[1] += 1.0 / (list.size() - 1);
                }
            }
        }
        return pairs;
    }

    private static Map<List<String>, double[]> storedTies() {
        Map<List<String>, double[]> ties = new HashMap<>();
        try (var session = TestDatabase.connection().driver().session(TestDatabase.connection().sessionConfig())) {
            session.run("MATCH (a:Actor)-[r:CO_PARTICIPATES]->(b:Actor) RETURN a.id AS a, b.id AS b, r.activities AS n, r.newman AS w")
                    .forEachRemaining(r -> ties.put(List.of(r.get("a").asString(), r.get("b").asString()),
                            new double[] {r.get("n").asLong(), r.get("w").asDouble()}));
        }
        return ties;
    }
}
