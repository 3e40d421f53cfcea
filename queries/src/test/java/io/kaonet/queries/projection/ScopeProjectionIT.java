package io.kaonet.queries.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.matchmaking.backtest.BatchProjection;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.core.testing.SeededGraphs;
import io.kaonet.queries.TestDatabase;
import io.kaonet.queries.writes.NetworkWriter;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scope pushed into the read gives exactly the graph of the brute-force projection
 * ({@link BatchProjection}: every record of the network in memory, filtered by the same rules), by
 * both ways of reading: Cypher through Bolt and the Java API (whose scan of a whole store also runs
 * cut into partitions over several threads, as it does on a large store).
 */
class ScopeProjectionIT {

    private static final long SEED = 20261207L;
    private static NetworkBatch network;

    private final ProjectionReader driver = new ProjectionReader(TestDatabase.connection(), ProjectionReader.Access.DRIVER);
    private final ProjectionReader javaApi = new ProjectionReader(TestDatabase.connection(), ProjectionReader.Access.JAVA_API);
    /** The store scan cut into partitions over three threads, as a large store is read (this one is small). */
    private final ProjectionReader javaApiParallel = new ProjectionReader(TestDatabase.connection(),
            ProjectionReader.Access.JAVA_API, 3);

    @BeforeAll
    static void store() {
        TestDatabase.clear();
        network = SeededGraphs.network(new Random(SEED), 300, "p");
        new NetworkWriter(TestDatabase.connection()).write(network);
    }

    @Test
    void pushedDownReadsEqualTheBruteForceProjectionForRandomScopes() {
        BatchProjection reference = new BatchProjection(network);
        Random random = new Random(SEED + 1);
        int nonEmpty = 0;
        for (int i = 0; i < 60; i++) {
            Scope scope = SeededGraphs.scope(random, network);
            CanonicalGraph expected = CanonicalGraph.of(reference.graph(scope));
            CanonicalGraph.of(driver.read(scope)).assertSameAs(expected, "driver, scope " + i + " " + scope);
            CanonicalGraph.of(javaApi.read(scope)).assertSameAs(expected, "Java API, scope " + i + " " + scope);
            CanonicalGraph.of(javaApiParallel.read(scope)).assertSameAs(expected,
                    "Java API on three threads, scope " + i + " " + scope);
            nonEmpty += expected.ties().isEmpty() ? 0 : 1;
        }
        // The scopes must exercise the rules, not compare empty graphs.
        assertThat(nonEmpty).isGreaterThan(30);
    }

    @Test
    void wholeNetworkAsOfADayLeavesOutActorsFoundedOrFirstRecordedLater() {
        Scope asOf = Scope.ALL.withAsOf(java.time.LocalDate.of(2000, 6, 30));
        var graph = javaApi.read(asOf);
        int later = 0;
        for (var a : network.actors()) {
            boolean kept = graph.indexOf(a.id()).isPresent();
            if (a.founded() != null) {
                assertThat(kept).as(a.id() + " founded " + a.founded()).isEqualTo(a.founded() <= 2000);
                later += a.founded() > 2000 ? 1 : 0;
            }
        }
        assertThat(later).isPositive();
        assertThat(graph.nodeCount()).isLessThan(network.actors().size());
    }

    @Test
    void unknownClusterRegionOrCountryIsRefusedNamingTheNearestKnownValues() {
        for (ProjectionReader reader : new ProjectionReader[] {driver, javaApi}) {
            assertThatThrownBy(() -> reader.read(Scope.ALL.withClusters(Set.of("pC1", "pC7"))))
                    .isInstanceOfSatisfying(UnknownScopeValueException.class, e -> {
                        assertThat(e.field()).isEqualTo(UnknownScopeValueException.Field.CLUSTER_IDS);
                        assertThat(e.value()).isEqualTo("pC7");
                        assertThat(e.nearest()).hasSize(3).allMatch(c -> c.startsWith("pC"));
                        assertThat(e.getMessage()).contains("'pC7'", "nearest known: ");
                    });
            assertThatThrownBy(() -> reader.read(new Scope(null, Set.of("kanto "), null, null, null, null, null, null,
                    false, null)))
                    .isInstanceOfSatisfying(UnknownScopeValueException.class, e -> {
                        assertThat(e.field()).isEqualTo(UnknownScopeValueException.Field.REGIONS);
                        assertThat(e.nearest()).first().isEqualTo("Kanto");
                    });
            assertThatThrownBy(() -> reader.read(new Scope(null, null, Set.of("DK"), null, null, null, null, null,
                    false, null)))
                    .isInstanceOfSatisfying(UnknownScopeValueException.class, e -> {
                        assertThat(e.field()).isEqualTo(UnknownScopeValueException.Field.COUNTRIES);
                        assertThat(e.nearest()).first().isEqualTo("DE");
                    });
        }
    }
}
