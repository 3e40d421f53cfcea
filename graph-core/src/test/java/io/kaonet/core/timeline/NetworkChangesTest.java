package io.kaonet.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkChangesTest {

    private static CollaborationGraph graph(List<String> ids, String... edges) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (String id : ids) {
            b.addNode(id, id.toUpperCase(), id.startsWith("u") ? ActorKind.UNIVERSITY : ActorKind.COMPANY);
        }
        for (String e : edges) {
            String[] ends = e.split("-");
            b.addTie(b.indexOf(ends[0]).orElseThrow(), b.indexOf(ends[1]).orElseThrow(), TieKind.ALLIANCE, 1, null);
        }
        return b.build();
    }

    /**
     * Before: the path a–b–c plus d, u isolated; b is the only broker (betweenness 1).
     * After: the star around u (u–a, u–c, u–d) plus a–b; b lost c and d gained a tie.
     */
    @Test
    void findsFormedAndEndedTiesBrokersAndIsolation() {
        CollaborationGraph before = graph(List.of("a", "b", "c", "d", "u", "x"), "a-b", "b-c");
        CollaborationGraph after = graph(List.of("a", "b", "c", "d", "u", "y"), "a-b", "u-a", "u-c", "u-d");

        NetworkChangesResult r = new NetworkChanges(before, after, NetworkChanges.Parameters.defaults().withTopBrokers(1))
                .compute();

        assertThat(r.tiesBefore()).isEqualTo(2);
        assertThat(r.tiesAfter()).isEqualTo(4);
        assertThat(r.tiesKept()).isEqualTo(1);
        assertThat(r.tiesFormed()).extracting(t -> t.firstId() + "-" + t.secondId()).containsExactly("a-u", "c-u", "d-u");
        assertThat(r.tiesFormed().get(0).kinds()).containsExactly(TieKind.ALLIANCE);
        assertThat(r.tiesEnded()).extracting(t -> t.firstId() + "-" + t.secondId()).containsExactly("b-c");
        // After: u lies on a–c, a–d, c–d, b–c, b–d (betweenness 5), a on b–u, b–c, b–d (3).
        assertThat(r.newBrokers()).singleElement().satisfies(broker -> {
            assertThat(broker.actorId()).isEqualTo("u");
            assertThat(broker.name()).isEqualTo("U");
            assertThat(broker.rankBefore()).isZero();
            assertThat(broker.rankAfter()).isEqualTo(1);
            assertThat(broker.betweennessAfter()).isEqualTo(5.0);
        });
        assertThat(r.formerBrokers()).singleElement().satisfies(broker -> {
            assertThat(broker.actorId()).isEqualTo("b");
            assertThat(broker.rankBefore()).isEqualTo(1);
            assertThat(broker.rankAfter()).isZero();
            assertThat(broker.betweennessBefore()).isEqualTo(1.0);
        });
        // d (a firm) had no tie and now has one; no firm lost all its ties (c kept u). u is no firm.
        assertThat(r.stoppedBeingIsolated()).containsExactly("d");
        assertThat(r.becameIsolated()).isEmpty();
        assertThat(r.enteredActors()).containsExactly("y");
        assertThat(r.leftActors()).containsExactly("x");
    }

    @Test
    void aFirmLosingItsLastTieBecomesIsolated() {
        CollaborationGraph before = graph(List.of("a", "b", "c"), "a-b", "b-c");
        CollaborationGraph after = graph(List.of("a", "b", "c"), "a-b");

        NetworkChangesResult r = new NetworkChanges(before, after, NetworkChanges.Parameters.defaults()).compute();

        assertThat(r.becameIsolated()).containsExactly("c");
        assertThat(r.stoppedBeingIsolated()).isEmpty();
        assertThat(r.formerBrokers()).extracting(BrokerChange::actorId).containsExactly("b");
        assertThat(r.newBrokers()).isEmpty();
    }

    @Test
    void equalNetworksHaveNoChanges() {
        CollaborationGraph g = graph(List.of("a", "b", "c"), "a-b", "b-c");

        NetworkChangesResult r = new NetworkChanges(g, g, NetworkChanges.Parameters.defaults()).compute();

        assertThat(r.tiesFormed()).isEmpty();
        assertThat(r.tiesEnded()).isEmpty();
        assertThat(r.tiesKept()).isEqualTo(2);
        assertThat(r.newBrokers()).isEmpty();
        assertThat(r.formerBrokers()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void formedAndEndedTiesAreTheSetDifferencesOfThePairs(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 40;
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format("n%02d", i));
        }
        Set<String> beforePairs = new HashSet<>();
        Set<String> afterPairs = new HashSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String pair = ids.get(i) + "-" + ids.get(j);
                if (random.nextDouble() < 0.08) {
                    beforePairs.add(pair);
                }
                if (random.nextDouble() < 0.1) {
                    afterPairs.add(pair);
                }
            }
        }
        // The later network drops the first five actors and adds five new ones, each tied to n10.
        List<String> afterIds = new java.util.ArrayList<>(ids.subList(5, n));
        Set<String> afterKept = new HashSet<>();
        for (String p : afterPairs) {
            if (afterIds.containsAll(List.of(p.split("-")))) {
                afterKept.add(p);
            }
        }
        for (int i = 0; i < 5; i++) {
            afterIds.add("new" + i);
            afterKept.add("n10-new" + i);
        }
        CollaborationGraph before = graph(ids, beforePairs.toArray(String[]::new));
        CollaborationGraph after = graph(afterIds, afterKept.toArray(String[]::new));

        NetworkChangesResult r = new NetworkChanges(before, after, NetworkChanges.Parameters.defaults()).compute();

        Set<String> formed = new HashSet<>(afterKept);
        formed.removeAll(beforePairs);
        Set<String> ended = new HashSet<>(beforePairs);
        ended.removeAll(afterKept);
        assertThat(r.tiesFormed()).extracting(t -> t.firstId() + "-" + t.secondId()).containsExactlyInAnyOrderElementsOf(formed)
                .isSorted();
        assertThat(r.tiesEnded()).extracting(t -> t.firstId() + "-" + t.secondId()).containsExactlyInAnyOrderElementsOf(ended)
                .isSorted();
        assertThat(r.tiesKept()).isEqualTo(afterKept.size() - formed.size());
        assertThat(r.enteredActors()).containsExactly("new0", "new1", "new2", "new3", "new4");
        assertThat(r.leftActors()).containsExactly("n00", "n01", "n02", "n03", "n04");
    }

    @Test
    void refusesFewerThanOneTopBroker() {
        assertThatThrownBy(() -> NetworkChanges.Parameters.defaults().withTopBrokers(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topBrokers");
    }
}
