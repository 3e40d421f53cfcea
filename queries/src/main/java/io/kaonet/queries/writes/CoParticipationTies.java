package io.kaonet.queries.writes;

import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.schema.GraphSchema;
import org.neo4j.driver.Session;

/**
 * Stores, when asked for, the co-participation ties that analyses otherwise project from
 * participations: one {@code (:Actor)-[:CO_PARTICIPATES]->(:Actor)} relationship per pair of actors
 * sharing at least one activity, from the lower id to the higher, with {@code activities} (how many
 * they share) and {@code newman} (the sum over those activities of 1/(n−1), n the activity's
 * participants). It is a copy for people who query the store with Cypher or browse it in Neo4j
 * Bloom: no analysis reads it (projections build co-participation from the participations, so the
 * copy can never make an analysis count a pair twice), and writing it leaves the data version as
 * it is.
 *
 * <p>{@link #store()} replaces every stored co-participation tie with the ones the participations
 * give now, in transactions of {@value #ROWS_PER_TRANSACTION} relationships; the copy is stale once
 * participations change, until it is stored again. Interrupted, it leaves a partial copy that the
 * next run replaces. O(Σ n²) over activities on the server; memory for the distinct pairs.
 */
public final class CoParticipationTies {

    /** Relationships deleted or created per transaction. */
    public static final int ROWS_PER_TRANSACTION = 10_000;

    private static final String DELETE = """
            MATCH (:Actor)-[r:%s]->(:Actor)
            CALL { WITH r DELETE r } IN TRANSACTIONS OF %d ROWS
            """.formatted(GraphSchema.CO_PARTICIPATES, ROWS_PER_TRANSACTION);
    private static final String CREATE = """
            MATCH (x:Activity)<-[:%1$s]-(a:Actor)
            WITH x, collect(DISTINCT a) AS members
            WHERE size(members) > 1
            UNWIND members AS a
            UNWIND members AS b
            WITH a, b, 1.0 / (size(members) - 1) AS share
            WHERE a.id < b.id
            WITH a, b, count(*) AS activities, sum(share) AS newman
            CALL { WITH a, b, activities, newman
              CREATE (a)-[:%2$s {activities: activities, newman: newman}]->(b)
            } IN TRANSACTIONS OF %3$d ROWS
            """.formatted(GraphSchema.PARTICIPATES_IN, GraphSchema.CO_PARTICIPATES, ROWS_PER_TRANSACTION);
    private static final String COUNT = "RETURN COUNT { (:Actor)-[:%s]->(:Actor) } AS n".formatted(GraphSchema.CO_PARTICIPATES);

    private final Neo4jConnection connection;

    /** @param connection the database to write to */
    public CoParticipationTies(Neo4jConnection connection) {
        this.connection = connection;
    }

    /**
     * Replaces the stored co-participation ties with those of the current participations.
     *
     * @return how many are stored now
     */
    public long store() {
        drop();
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            session.run(CREATE).consume();
            return session.run(COUNT).single().get("n").asLong();
        }
    }

    /** Deletes every stored co-participation tie (analyses are not affected either way). */
    public void drop() {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            session.run(DELETE).consume();
        }
    }

    /** How many co-participation ties are stored. */
    public long count() {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.run(COUNT).single().get("n").asLong();
        }
    }
}
