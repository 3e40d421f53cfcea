package io.kaonet.queries.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.internal.schema.IndexProviderDescriptor;
import org.neo4j.internal.schema.IndexPrototype;
import org.neo4j.internal.schema.IndexType;
import org.neo4j.internal.schema.SchemaDescriptors;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.api.KernelTransactionImplementation;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A half-made schema, as a process killed in the middle of {@link GraphSchema#install} leaves it, is
 * repaired on the next start. The broken states are made the way Neo4j itself makes them: the
 * index of a uniqueness constraint created through the kernel exactly as Neo4j's constraint
 * creator does before it adds the constraint (so the constraint is missing), and an index whose
 * population failed on a value too large for it.
 */
class GraphSchemaRepairIT {

    @Test
    void orphanedConstraintIndexAndFailedIndexAreRepairedAndTheSchemaIsWhole(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(store.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.pagecache_memory, 16L << 20).build();
        try {
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            orphanUniqueIndex(db, "Actor", "id", "actor_id");
            db.executeTransactionally("CREATE (:Actor {id: 'big', name: $name})", Map.of("name", "x".repeat(40_000)));
            db.executeTransactionally("CREATE INDEX actor_name FOR (a:Actor) ON (a.name)");
            awaitQuietly(db);
            assertThat(state(db, "actor_name")).isEqualTo("FAILED");
            assertThat(owner(db, "actor_id")).isNull();
            // The failed index's data is fixed before the restart; the orphan stays as the crash left it.
            db.executeTransactionally("MATCH (a:Actor {id: 'big'}) DELETE a");
        } finally {
            service.shutdown();
        }

        try (Neo4jConnection connection = Neo4jConnection.open(Neo4jSettings.embedded(store, 0, null))) {
            List<String> repaired = GraphSchema.install(connection);
            assertThat(repaired).anySatisfy(r -> assertThat(r).startsWith("dropped index actor_id (left without its constraint"))
                    .anySatisfy(r -> assertThat(r).startsWith("dropped index actor_name (failed"));
            assertWhole(connection);

            assertThat(GraphSchema.install(connection)).as("a second start finds nothing to repair").isEmpty();
            try (var session = connection.driver().session(connection.sessionConfig())) {
                session.run("CREATE (:Actor {id: 'a1', name: 'A'})").consume();
                assertThatThrownBy(() -> session.run("CREATE (:Actor {id: 'a1', name: 'B'})").consume())
                        .hasMessageContaining("already exists");
            }
        }
    }

    @Test
    void anIndexThatFailsAgainIsReportedByNameAndReason(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (Neo4jConnection connection = Neo4jConnection.open(Neo4jSettings.embedded(store, 0, null))) {
            GraphSchema.install(connection);
            try (var session = connection.driver().session(connection.sessionConfig())) {
                session.run("DROP INDEX actor_industry").consume();
                session.run("CREATE (:Actor {id: 'big', industry: $v})", Map.of("v", "y".repeat(40_000))).consume();
            }
            assertThatThrownBy(() -> GraphSchema.install(connection)).isInstanceOf(SchemaRepairException.class)
                    .hasMessageContaining("actor_industry");
        }
    }

    private static void assertWhole(Neo4jConnection connection) {
        try (var session = connection.driver().session(connection.sessionConfig())) {
            Set<String> constraints = session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get("name").asString())
                    .stream().collect(Collectors.toSet());
            assertThat(constraints).containsAll(GraphSchema.constraintNames());
            Map<String, String> states = session.run("SHOW INDEXES YIELD name, state")
                    .list(r -> Map.entry(r.get("name").asString(), r.get("state").asString())).stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(states.keySet()).containsAll(GraphSchema.constraintNames()).containsAll(GraphSchema.indexNames());
            assertThat(states.values()).allMatch("ONLINE"::equals);
        }
    }

    /** What Neo4j's constraint creator does first: a unique index of the constraint's name, committed alone. */
    private static void orphanUniqueIndex(GraphDatabaseService db, String label, String property, String name) throws Exception {
        GraphDatabaseAPI api = (GraphDatabaseAPI) db;
        int labelId;
        int propertyId;
        try (var tx = api.beginTransaction(KernelTransaction.Type.EXPLICIT, LoginContext.AUTH_DISABLED)) {
            labelId = tx.kernelTransaction().tokenWrite().labelGetOrCreateForName(label);
            propertyId = tx.kernelTransaction().tokenWrite().propertyKeyGetOrCreateForName(property);
            tx.commit();
        }
        try (var tx = api.beginTransaction(KernelTransaction.Type.EXPLICIT, LoginContext.AUTH_DISABLED)) {
            ((KernelTransactionImplementation) tx.kernelTransaction()).indexUniqueCreate(
                    IndexPrototype.uniqueForSchema(SchemaDescriptors.forLabel(labelId, propertyId),
                                    new IndexProviderDescriptor("range", "1.0"))
                            .withIndexType(IndexType.RANGE).withName(name));
            tx.commit();
        }
    }

    private static void awaitQuietly(GraphDatabaseService db) {
        try {
            db.executeTransactionally("CALL db.awaitIndexes(60)");
        } catch (RuntimeException e) {
            // a failed index makes awaitIndexes fail: that is the state wanted here
        }
    }

    private static String state(GraphDatabaseService db, String name) {
        return db.executeTransactionally("SHOW INDEXES YIELD name, state WHERE name = $name RETURN state",
                Map.of("name", name), r -> (String) r.next().get("state"));
    }

    private static String owner(GraphDatabaseService db, String name) {
        return db.executeTransactionally("SHOW INDEXES YIELD name, owningConstraint WHERE name = $name RETURN owningConstraint",
                Map.of("name", name), r -> (String) r.next().get("owningConstraint"));
    }
}
