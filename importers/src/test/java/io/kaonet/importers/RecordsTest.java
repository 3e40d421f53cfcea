package io.kaonet.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordsTest {

    private static Cluster cluster(int i) {
        return new Cluster("c" + i, "Cluster " + i, null, null, null, null);
    }

    private static Membership membership(int i) {
        return new Membership("a" + i, "c" + i, null, null);
    }

    /** Adds clusters c0..c(n-1), each followed by its membership: 2n records. */
    private static void addPairs(Records records, int n) {
        for (int i = 0; i < n; i++) {
            records.cluster(cluster(i));
            records.membership(membership(i));
        }
    }

    @Nested
    class Chunked {

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 7, 10, 11})
        void chunksHoldAtMostTheSizeAndTogetherEveryRecordInOrder(int size) {
            List<NetworkBatch> chunks = new ArrayList<>();
            Records records = Records.chunked(size, chunks::add, new CitySpellings());

            addPairs(records, 5);
            NetworkBatch returned = records.finish();

            assertThat(returned.size()).isZero();
            assertThat(chunks).allSatisfy(c -> assertThat(c.size()).isBetween(1, size));
            assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(c -> assertThat(c.size()).isEqualTo(size));
            assertThat(records.chunks()).isEqualTo(chunks.size()).isEqualTo((10 + size - 1) / size);
            assertThat(records.count()).isEqualTo(10);
            assertThat(chunks.stream().flatMap(c -> c.clusters().stream()).toList())
                    .containsExactly(cluster(0), cluster(1), cluster(2), cluster(3), cluster(4));
            assertThat(chunks.stream().flatMap(c -> c.memberships().stream()).toList())
                    .containsExactly(membership(0), membership(1), membership(2), membership(3), membership(4));
        }

        @Test
        void aRecordNeverReachesAChunkBeforeOneAddedEarlier() {
            List<NetworkBatch> chunks = new ArrayList<>();
            Records records = Records.chunked(3, chunks::add, new CitySpellings());

            addPairs(records, 3);
            records.finish();

            // Records 0..5 alternate cluster, membership: chunk 1 holds c0, m0, c1; chunk 2 m1, c2, m2.
            assertThat(chunks).hasSize(2);
            assertThat(chunks.get(0).clusters()).containsExactly(cluster(0), cluster(1));
            assertThat(chunks.get(0).memberships()).containsExactly(membership(0));
            assertThat(chunks.get(1).clusters()).containsExactly(cluster(2));
            assertThat(chunks.get(1).memberships()).containsExactly(membership(1), membership(2));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 2})
        void finishingWithNothingLeftHandsOnNoEmptyChunk(int pairs) {
            List<NetworkBatch> chunks = new ArrayList<>();
            Records records = Records.chunked(2, chunks::add, new CitySpellings());

            addPairs(records, pairs);
            records.finish();

            assertThat(chunks).hasSize(pairs).allSatisfy(c -> assertThat(c.size()).isEqualTo(2));
            assertThat(records.chunks()).isEqualTo(pairs);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1})
        void aSizeBelowOneIsRefused(int size) {
            assertThatThrownBy(() -> Records.chunked(size, c -> { }, new CitySpellings()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("chunkRecords must be positive, was " + size);
        }

        @Test
        void keptRecordsCannotBeRolledBack() {
            Records records = Records.chunked(4, c -> { }, new CitySpellings());
            records.cluster(cluster(0));

            assertThatThrownBy(() -> records.rollBackTo(0)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void collectingReturnsEveryRecordInOneBatch() {
        Records records = Records.collecting();

        addPairs(records, 3);
        NetworkBatch batch = records.finish();

        assertThat(batch.clusters()).containsExactly(cluster(0), cluster(1), cluster(2));
        assertThat(batch.memberships()).containsExactly(membership(0), membership(1), membership(2));
        assertThat(records.count()).isEqualTo(6);
        assertThat(records.chunks()).isZero();
    }

    private static Actor inCity(String id, String city) {
        return new Actor(id, "Actor " + id, ActorKind.COMPANY, null, null, city, "DE", null, null, null, null,
                List.of(), List.of(), List.of());
    }

    @Test
    void collectedActorsAreReturnedWithTheirCitysChosenSpelling() {
        Records records = Records.collecting();

        records.actor(inCity("a1", "KOELN"));
        records.actor(inCity("a2", "Köln"));
        records.actor(inCity("a3", "KOELN"));

        assertThat(records.finish().actors()).containsExactly(inCity("a1", "KOELN"),
                inCity("a2", "KOELN").withCity("KOELN", List.of("Köln")), inCity("a3", "KOELN"));
    }

    @Test
    void spellingsCountedForALaterPassFoldTheChunkedActors() {
        CitySpellings cities = new CitySpellings();
        Records counting = Records.spellings(cities);
        counting.actor(inCity("a1", "Köln"));
        counting.actor(inCity("a2", "KOELN"));
        counting.actor(inCity("a3", "Köln"));
        List<NetworkBatch> chunks = new ArrayList<>();
        Records chunked = Records.chunked(2, chunks::add, cities);

        chunked.actor(inCity("a2", "KOELN"));
        chunked.finish();

        assertThat(counting.finish().size()).isZero();
        assertThat(chunks.get(0).actors()).containsExactly(inCity("a2", "Köln").withCity("Köln", List.of("KOELN")));
        assertThatThrownBy(() -> counting.rollBackTo(1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("counted city spellings cannot be rolled back");
    }

    @Test
    void countingKeepsNothingAndCanForgetTheLaterRecords() {
        Records records = Records.counting();

        addPairs(records, 3);
        records.rollBackTo(2);
        records.cluster(cluster(9));

        assertThat(records.count()).isEqualTo(3);
        assertThat(records.finish().size()).isZero();
    }
}
