package io.kaonet.queries.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.matchmaking.backtest.BatchProjection;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.core.testing.SeededGraphs;
import io.kaonet.queries.connection.Neo4jServerProcess;
import io.kaonet.queries.connection.Neo4jServerProcess.Scheme;
import io.kaonet.queries.TestDatabase;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The projection's driver path against a Neo4j server in another process gives the same graphs as the
 * embedded database's Java API path on the same data: the same random network is written into both,
 * and every scope read through {@code neo4j://} and {@code bolt://} from the server equals the one
 * read through the Java API from the embedded store, and the brute-force projection; after the same
 * small writes into both, the server's projection brought up to date through the driver (patched
 * from the change log, or re-read) still equals the embedded one read afresh.
 */
@Tag(Neo4jServerProcess.TAG)
@Order(Neo4jServerProcess.RUN_LAST)
class ExternalProjectionIT {

    private static final long SEED = 20261208L;
    /** Few: the many kinds of write and their equality are IncrementalProjectionIT's; here, the driver path. */
    private static final int STEPS = 6;

    private final Neo4jConnection embedded = TestDatabase.connection();
    private final Neo4jConnection routing = TestDatabase.external(Scheme.ROUTING);
    private final Neo4jConnection direct = TestDatabase.external(Scheme.BOLT);
    private final ProjectionReader javaApi = new ProjectionReader(embedded, ProjectionReader.Access.JAVA_API);
    private final ProjectionReader overRouting = new ProjectionReader(routing);
    private final ProjectionReader overBolt = new ProjectionReader(direct);

    @BeforeEach
    void emptyStores() {
        TestDatabase.clear(embedded);
        TestDatabase.clear(routing);
    }

    @Test
    void theServerReadThroughEitherUriGivesTheEmbeddedGraphsForRandomScopes() {
        Random random = new Random(SEED);
        NetworkBatch network = SeededGraphs.network(random, 200, "x");
        new NetworkWriter(embedded).write(network);
        new NetworkWriter(routing).write(network);
        BatchProjection reference = new BatchProjection(network);

        assertThat(overRouting.access()).isEqualTo(ProjectionReader.Access.DRIVER);
        assertThat(overBolt.access()).isEqualTo(ProjectionReader.Access.DRIVER);
        int nonEmpty = 0;
        for (int i = 0; i < 12; i++) {
            Scope scope = i == 0 ? Scope.ALL : SeededGraphs.scope(random, network);
            CanonicalGraph expected = CanonicalGraph.of(javaApi.read(scope));
            expected.assertSameAs(CanonicalGraph.of(reference.graph(scope)), "embedded Java API, scope " + i);
            CanonicalGraph.of(overRouting.read(scope)).assertSameAs(expected, "neo4j://, scope " + i + " " + scope);
            CanonicalGraph.of(overBolt.read(scope)).assertSameAs(expected, "bolt://, scope " + i + " " + scope);
            nonEmpty += expected.ties().isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).isGreaterThan(6);
        assertThatThrownBy(() -> overRouting.read(Scope.ALL.withClusters(Set.of("xC9"))))
                .isInstanceOfSatisfying(UnknownScopeValueException.class,
                        e -> assertThat(e.value()).isEqualTo("xC9"));
    }

    @Test
    void afterTheSameWritesTheServersUpdatedProjectionsEqualTheEmbeddedOnes() {
        Random random = new Random(SEED + 1);
        NetworkBatch network = SeededGraphs.network(random, 160, "u");
        List<Neo4jConnection> stores = List.of(embedded, routing);
        stores.forEach(store -> new NetworkWriter(store).write(network));
        List<String> actors = new ArrayList<>(network.actors().stream().map(Actor::id).toList());
        List<String> clusters = network.clusters().stream().map(c -> c.id()).toList();
        List<String> activities = network.activities().stream().map(x -> x.id()).toList();
        List<Scope> scopes = new ArrayList<>(List.of(Scope.ALL, Scope.ALL.withAsOf(java.time.LocalDate.of(2004, 1, 1))));
        while (scopes.size() < 3) {
            Scope s = SeededGraphs.scope(random, network);
            if (s.regions().isEmpty() && s.countries().isEmpty()) {
                scopes.add(s); // regions and countries may vanish with deletions; clusters stay
            }
        }
        List<ProjectionReader.Snapshot> snapshots = new ArrayList<>(scopes.stream().map(overRouting::snapshot).toList());
        Projections cached = new Projections(overRouting, new StoreQueries(routing));

        int patched = 0;
        for (int step = 0; step < STEPS; step++) {
            String what = IncrementalProjectionIT.write(random, stores, actors, clusters, activities, step);
            assertThat(new StoreQueries(routing).counts()).as("after " + what).isEqualTo(new StoreQueries(embedded).counts());
            for (int i = 0; i < scopes.size(); i++) {
                Scope scope = scopes.get(i);
                CanonicalGraph expected = CanonicalGraph.of(javaApi.read(scope));
                ProjectionReader.Snapshot updated = overRouting.update(scope, snapshots.get(i));
                CanonicalGraph.of(updated.graph()).assertSameAs(expected, "update after step " + step + " (" + what + ")");
                CanonicalGraph.of(cached.graph(scope)).assertSameAs(expected, "Projections after step " + step);
                snapshots.set(i, updated);
                patched += updated.patched() ? 1 : 0;
            }
        }
        // The change log is read through the driver too: most updates must be patches.
        assertThat(patched).isGreaterThan(scopes.size() * STEPS / 2);
    }
}
