package io.kaonet.queries.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.TestDatabase;
import io.kaonet.queries.reads.StoreQueries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batched imports against the shared embedded Neo4j: order, failures in the middle, reruns, dangling ends of every kind. */
class BulkWriterIT {

    private final BulkWriter bulk = new BulkWriter(TestDatabase.connection());
    private final NetworkWriter writer = new NetworkWriter(TestDatabase.connection());
    private final StoreQueries store = new StoreQueries(TestDatabase.connection());

    @BeforeEach
    void clear() {
        TestDatabase.clear();
    }

    @Test
    void aDanglingTieInTheMiddleStopsTheRunAfterTheBatchesBeforeIt() {
        List<NetworkBatch> batches = List.of(actors(0, 20), ties(1, 0, 20), ties(2, 0, 21), ties(3, 0, 20));

        assertThatThrownBy(() -> {
            try (BulkWriter.Run run = bulk.start("middle", 0, null)) {
                batches.forEach(run);
                run.finish();
            }
        }).isInstanceOf(DanglingReferenceException.class).hasMessageContaining("b2.csv:").hasMessageContaining("a20");

        assertThat(bulk.committedBatches("middle")).isEqualTo(2);
        assertThat(store.counts().get("ties")).isEqualTo(20L);
    }

    @Test
    void aCallerThatGoesOnAfterAFailureGetsTheFailureAgainAndNothingMoreIsWritten() {
        try (BulkWriter.Run run = bulk.start("go-on", 0, null)) {
            run.accept(actors(0, 20));
            run.accept(ties(1, 0, 21));
            assertThatThrownBy(() -> run.accept(ties(2, 0, 20))).isInstanceOf(DanglingReferenceException.class);
            assertThatThrownBy(() -> run.accept(ties(3, 0, 20))).isInstanceOf(DanglingReferenceException.class);
            assertThatThrownBy(run::finish).isInstanceOf(DanglingReferenceException.class);
        }

        assertThat(bulk.committedBatches("go-on")).isEqualTo(1);
        assertThat(store.counts().get("ties")).isZero();
    }

    @Test
    void aSecondRunOfACompletedImportSkipsEveryBatchAndChangesNothing() {
        List<NetworkBatch> batches = List.of(actors(0, 30), ties(1, 0, 30), ties(2, 0, 30));
        BulkResult first = runAll("again", batches);
        long version = store.dataVersion();

        BulkResult second = runAll("again", batches);
        BulkResult underAnotherId = runAll("again-renamed", batches);

        assertThat(first.batchesWritten()).isEqualTo(3);
        assertThat(first.changed()).isEqualTo(30 + 2 * 30);
        assertThat(second.batchesSkipped()).isEqualTo(3);
        assertThat(second.batchesWritten()).isZero();
        assertThat(second.dataVersion()).as("the store's, though this run wrote nothing").isEqualTo(version);
        assertThat(underAnotherId.batchesWritten()).isEqualTo(3);
        assertThat(underAnotherId.changed()).as("every record merged on its key, unchanged").isZero();
        assertThat(store.dataVersion()).isEqualTo(version);
        assertThat(store.counts().get("ties")).isEqualTo(60L);
    }

    @Test
    void aBatchMixingNewChangedAndUnchangedRecordsCountsAndWritesOnlyTheNewAndChanged() {
        writer.write(actors(0, 4));
        writer.write(new NetworkBatch(List.of(), List.of(tie("t1", "a0", "a1", 1), tie("t2", "a1", "a2", 1),
                tie("t3", "a2", "a3", 1)), List.of(), List.of(), List.of(), List.of()));
        long version = store.dataVersion();

        WriteSummary mixed = writer.write(new NetworkBatch(
                List.of(Actor.of("a0", "Actor 0", ActorKind.COMPANY), Actor.of("a1", "Actor One", ActorKind.UNIVERSITY)),
                List.of(tie("t1", "a0", "a1", 1), tie("t2", "a1", "a2", 3), tie("t4", "a3", "a0", 1)),
                List.of(), List.of(), List.of(), List.of()));

        assertThat(mixed.actors()).as("a1 renamed and re-kinded; a0 as it was").isEqualTo(1);
        assertThat(mixed.ties()).as("t2 re-weighted, t4 new; t1 as it was").isEqualTo(2);
        assertThat(mixed.dataVersion()).isEqualTo(version + 1);
        try (var session = TestDatabase.connection().driver().session(TestDatabase.connection().sessionConfig())) {
            var a1 = session.run("MATCH (a:Actor {id: 'a1'}) RETURN a.name AS name, labels(a) AS labels").single();
            assertThat(a1.get("name").asString()).isEqualTo("Actor One");
            assertThat(a1.get("labels").asList(org.neo4j.driver.Value::asString)).containsExactlyInAnyOrder("Actor", "University");
            assertThat(session.run("MATCH ()-[r:ALLIANCE {key: 't2'}]->() RETURN r.weight AS w").single().get("w").asDouble())
                    .isEqualTo(3.0);
        }
    }

    @Test
    void anUpdateClearsTheValuesARecordNoLongerHasAndANewRecordGetsNoEmptyProperties() {
        Actor located = new Actor("a9", "Located Firm", ActorKind.COMPANY, "Machinery", "JP13", "Hachioji", "JP",
                new io.kaonet.core.model.GeoLocation(35.66, 139.32), 1962, 120, true, List.of("laser"), List.of(), List.of());
        writer.write(new NetworkBatch(List.of(located), List.of(), List.of(), List.of(), List.of(), List.of()));
        String properties = "MATCH (a:Actor {id: 'a9'}) RETURN keys(a) AS keys";
        try (var session = TestDatabase.connection().driver().session(TestDatabase.connection().sessionConfig())) {
            assertThat(session.run(properties).single().get("keys").asList(org.neo4j.driver.Value::asString))
                    .contains("industry", "location", "founded", "latitude", "sme");

            WriteSummary moved = writer.write(new NetworkBatch(List.of(Actor.of("a9", "Located Firm", ActorKind.COMPANY)),
                    List.of(), List.of(), List.of(), List.of(), List.of()));

            assertThat(moved.actors()).isEqualTo(1);
            assertThat(session.run(properties).single().get("keys").asList(org.neo4j.driver.Value::asString))
                    .containsExactlyInAnyOrder("id", "name", "kind", "technologies", "offers", "seeks", "hash");
        }
    }

    @Test
    void progressIsReportedAfterEachCommitInOrder() {
        List<Long> reported = new ArrayList<>();
        List<Long> committedThen = new ArrayList<>();
        try (BulkWriter.Run run = bulk.start("progress", 50, p -> {
            reported.add(p.batches());
            committedThen.add(bulk.committedBatches("progress"));
        })) {
            List.of(actors(0, 10), ties(1, 0, 10), ties(2, 0, 10), ties(3, 0, 10), ties(4, 0, 10)).forEach(run);
            run.finish();
        }

        assertThat(reported).containsExactly(1L, 2L, 3L, 4L, 5L, 5L);
        assertThat(committedThen).containsExactly(1L, 2L, 3L, 4L, 5L, 5L);
    }

    @Test
    void membershipsAndParticipationsWithAMissingEndAreRefusedNamingIt() {
        writer.write(actors(0, 3));
        long version = store.dataVersion();
        NetworkBatch membership = new NetworkBatch(List.of(), List.of(), List.of(),
                List.of(new Membership("a1", "no-such-cluster", null, null)), List.of(), List.of());
        NetworkBatch participation = new NetworkBatch(List.of(), List.of(), List.of(), List.of(),
                List.of(new Activity("p1", "Project", ActivityKind.JOINT_RD_PROJECT, null, null, null, null)),
                List.of(new Participation("p1", "a1", "coordinator", null), new Participation("p2", "a2", null, null)));

        assertThatThrownBy(() -> writer.write(membership)).isInstanceOf(DanglingReferenceException.class)
                .hasMessageContaining("no-such-cluster");
        assertThatThrownBy(() -> writer.write(participation)).isInstanceOf(DanglingReferenceException.class)
                .hasMessageContaining("'p2'");
        assertThat(store.dataVersion()).isEqualTo(version);
        assertThat(store.counts().get("activities")).isZero();
    }

    private BulkResult runAll(String id, List<NetworkBatch> batches) {
        try (BulkWriter.Run run = bulk.start(id, 0, null)) {
            batches.forEach(run);
            return run.finish();
        }
    }

    private static Tie tie(String key, String source, String target, double weight) {
        return new Tie(key, source, target, TieKind.ALLIANCE, null, null, weight, "mixed");
    }

    private static NetworkBatch actors(int from, int to) {
        List<Actor> actors = new ArrayList<>();
        for (int i = from; i < to; i++) {
            actors.add(Actor.of("a" + i, "Actor " + i, ActorKind.COMPANY));
        }
        return new NetworkBatch(actors, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A ring of ties {@code b-i} over actors {@code a0 … a(n-1)}; actor {@code a(n-1)} may not exist. */
    private static NetworkBatch ties(int batch, int from, int n) {
        List<Tie> ties = new ArrayList<>();
        for (int i = from; i < n; i++) {
            ties.add(new Tie("b" + batch + "-" + i, "a" + i, "a" + ((i + 1) % n), TieKind.ALLIANCE, null, null, 1,
                    "b" + batch + ".csv:" + (i + 2)));
        }
        return new NetworkBatch(List.of(), ties, List.of(), List.of(), List.of(), List.of());
    }
}
