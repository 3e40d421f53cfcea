package io.kaonet.queries.schema;

import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.schema.IndexDefinition;
import org.neo4j.graphdb.schema.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kaonet's graph schema in Neo4j: labels, relationship types, uniqueness constraints and indexes.
 *
 * <p>Actors are {@code (:Actor:<Kind>)} nodes, e.g. {@code (:Actor:ResearchInstitute)}; clusters
 * {@code (:Cluster)}; activities {@code (:Activity)}; ties are relationships named after their kind
 * ({@code JOINT_RESEARCH}, …) from source to target; memberships {@code (:Actor)-[:MEMBER_OF]->(:Cluster)};
 * participations {@code (:Actor)-[:PARTICIPATES_IN]->(:Activity)}; one {@code (:KaonetMeta)} node holds
 * the data version; {@code (:MatchmakingRanking)} nodes hold each network's fitted matchmaking ranking. Stored co-participation ties {@code (:Actor)-[:CO_PARTICIPATES]->(:Actor)}, written
 * only when asked for, are a copy for Cypher users that no analysis reads. Labels and types come only from these constants, never from input.
 */
public final class GraphSchema {

    /** Relationship type of stored co-participation ties (see {@code CoParticipationTies}); never a tie kind. */
    public static final String CO_PARTICIPATES = "CO_PARTICIPATES";
    /** Relationship type of cluster memberships. */
    public static final String MEMBER_OF = "MEMBER_OF";
    /** Relationship type of activity participations. */
    public static final String PARTICIPATES_IN = "PARTICIPATES_IN";

    private static final Logger LOG = LoggerFactory.getLogger(GraphSchema.class);
    private static final int AWAIT_SECONDS = 300;
    /** Uniqueness constraints by name: what each requires unique. */
    private static final Map<String, String> CONSTRAINTS = constraints();
    /** Plain RANGE indexes by name: what each covers. */
    private static final Map<String, String> INDEXES = indexes();

    private GraphSchema() {
    }

    /** The node label of an actor kind: {@code RESEARCH_INSTITUTE} → {@code ResearchInstitute}. */
    public static String label(io.kaonet.core.model.ActorKind kind) {
        StringBuilder s = new StringBuilder();
        for (String part : kind.name().split("_")) {
            s.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return s.toString();
    }

    /** The relationship types of the storable tie kinds. */
    public static List<String> tieTypes() {
        List<String> types = new ArrayList<>();
        for (TieKind kind : TieKind.values()) {
            if (kind.storable()) {
                types.add(kind.name());
            }
        }
        return types;
    }

    /**
     * Makes the schema whole, whatever state an earlier run left it in, and waits for it to come
     * online. Safe to run on every start and any number of times.
     *
     * <p>A process killed while Neo4j builds a uniqueness constraint can leave the constraint's
     * index behind without the constraint (Neo4j makes the index first, fills it, then adds the
     * constraint); {@code CREATE CONSTRAINT … IF NOT EXISTS} then fails for ever with "There
     * already exists an index called …". So, before creating what is missing, this drops every
     * index of Kaonet's names that cannot become what Kaonet needs: one that should belong to a
     * constraint and belongs to none, and one in state {@code FAILED}. Indexes still
     * {@code POPULATING} are left to finish (Neo4j resumes them after a restart) and are checked
     * again once {@code db.awaitIndexes} returns: an index that failed while filling is dropped and
     * made once more.
     *
     * @return what was repaired (empty when the schema was whole or only missing parts)
     * @throws SchemaRepairException when an index still fails after being made again (its data
     *                               does not fit it); the message names the index and Neo4j's reason
     */
    public static List<String> install(Neo4jConnection connection) {
        List<String> repaired = new ArrayList<>();
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            repaired.addAll(repair(session));
            create(session);
            await(session);
            List<String> failedOnce = repair(session);
            if (!failedOnce.isEmpty()) {
                repaired.addAll(failedOnce);
                create(session);
                await(session);
                for (IndexState index : indexes(session)) {
                    if (index.failed()) {
                        throw new SchemaRepairException("index " + index.name() + " could not be built: "
                                + index.failure());
                    }
                }
            }
        }
        if (!repaired.isEmpty()) {
            LOG.warn("Repaired a half-made schema: {}", repaired);
        }
        return repaired;
    }

    /**
     * Makes the whole schema on a store that has none of Kaonet's yet (a first load's, just written by
     * Neo4j's batch importer), through the embedded database's Java API: every constraint and index
     * in one transaction, then one wait for them all, so that Neo4j fills the plain indexes of a kind
     * of entity together instead of one after the other, and no driver or Bolt connection is needed.
     * Nothing needs repairing on such a store; an index that fails anyway (data that breaks a
     * constraint, which validation refuses before) is reported, not dropped.
     *
     * @param database   the embedded database
     * @param statements further schema statements of the same kind to make in the same transaction
     *                   (e.g. the import manifest's constraint)
     * @throws SchemaRepairException when an index failed to come online; the message names it and Neo4j's reason
     */
    public static void installNew(GraphDatabaseService database, String... statements) {
        try (Transaction tx = database.beginTx()) {
            for (String statement : statements()) {
                tx.execute(statement).close();
            }
            for (String statement : statements) {
                tx.execute(statement).close();
            }
            tx.commit();
        }
        try (Transaction tx = database.beginTx()) {
            tx.schema().awaitIndexesOnline(AWAIT_SECONDS, TimeUnit.SECONDS);
            tx.commit();
        } catch (IllegalStateException e) {
            // An index failed rather than came online: name it below with Neo4j's reason.
        }
        try (Transaction tx = database.beginTx()) {
            Schema schema = tx.schema();
            for (IndexDefinition index : schema.getIndexes()) {
                if (schema.getIndexState(index) != Schema.IndexState.ONLINE) {
                    throw new SchemaRepairException("index " + index.getName() + " could not be built: "
                            + schema.getIndexState(index) + " " + schema.getIndexFailure(index).lines().findFirst().orElse(""));
                }
            }
        }
    }

    /** The statements that make Kaonet's schema, each a no-op when its part exists. */
    static List<String> statements() {
        List<String> statements = new ArrayList<>();
        CONSTRAINTS.forEach((name, target) -> statements.add(
                "CREATE CONSTRAINT " + name + " IF NOT EXISTS FOR " + target + " IS UNIQUE"));
        INDEXES.forEach((name, target) -> statements.add("CREATE INDEX " + name + " IF NOT EXISTS FOR " + target));
        return statements;
    }

    /** Names of Kaonet's uniqueness constraints (each owns an index of the same name). */
    public static Set<String> constraintNames() {
        return CONSTRAINTS.keySet();
    }

    /** Names of Kaonet's plain indexes. */
    public static Set<String> indexNames() {
        return INDEXES.keySet();
    }

    /** Waits for the indexes to come online; one that fails instead is left for {@link #repair} to find. */
    private static void await(Session session) {
        try {
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", AWAIT_SECONDS)).consume();
        } catch (ClientException e) {
            if (indexes(session).stream().noneMatch(IndexState::failed)) {
                throw e;
            }
        }
    }

    private static void create(Session session) {
        for (String statement : statements()) {
            session.run(statement).consume();
        }
    }

    /** Drops the indexes (and constraints) of Kaonet's names that cannot become whole; returns what it did. */
    private static List<String> repair(Session session) {
        List<String> done = new ArrayList<>();
        for (IndexState index : indexes(session)) {
            boolean ours = CONSTRAINTS.containsKey(index.name()) || INDEXES.containsKey(index.name());
            if (!ours) {
                continue;
            }
            boolean orphan = CONSTRAINTS.containsKey(index.name()) && index.owningConstraint() == null;
            if (index.failed() && index.owningConstraint() != null) {
                // Names are Kaonet's own constants (checked above), never input.
                session.run("DROP CONSTRAINT " + index.owningConstraint() + " IF EXISTS").consume();
                done.add("dropped constraint " + index.owningConstraint() + " (its index had failed: " + index.failure() + ")");
            } else if (orphan || index.failed()) {
                session.run("DROP INDEX " + index.name() + " IF EXISTS").consume();
                done.add("dropped index " + index.name() + " (" + (orphan
                        ? "left without its constraint, " + index.state() : "failed: " + index.failure()) + ")");
            }
        }
        return done;
    }

    private static List<IndexState> indexes(Session session) {
        return session.run("SHOW INDEXES YIELD name, state, owningConstraint, failureMessage").list(r -> new IndexState(
                r.get("name").asString(), r.get("state").asString(),
                r.get("owningConstraint").isNull() ? null : r.get("owningConstraint").asString(),
                r.get("failureMessage").isNull() ? "" : r.get("failureMessage").asString().lines().findFirst().orElse("")));
    }

    /** One row of {@code SHOW INDEXES}. */
    private record IndexState(String name, String state, String owningConstraint, String failure) {
        boolean failed() {
            return "FAILED".equals(state);
        }
    }

    private static Map<String, String> constraints() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("actor_id", "(a:Actor) REQUIRE a.id");
        c.put("cluster_id", "(c:Cluster) REQUIRE c.id");
        c.put("activity_id", "(a:Activity) REQUIRE a.id");
        c.put("meta_id", "(m:KaonetMeta) REQUIRE m.id");
        c.put("change_version", "(c:KaonetChange) REQUIRE c.version");
        c.put("matchmaking_ranking_network", "(m:MatchmakingRanking) REQUIRE m.network");
        for (String type : tieTypes()) {
            c.put("tie_key_" + type.toLowerCase(java.util.Locale.ROOT), "()-[r:" + type + "]-() REQUIRE r.key");
        }
        return Collections.unmodifiableMap(c);
    }

    private static Map<String, String> indexes() {
        Map<String, String> i = new LinkedHashMap<>();
        i.put("actor_kind", "(a:Actor) ON (a.kind)");
        i.put("actor_industry", "(a:Actor) ON (a.industry)");
        i.put("actor_region", "(a:Actor) ON (a.region)");
        i.put("actor_country", "(a:Actor) ON (a.country)");
        i.put("actor_name", "(a:Actor) ON (a.name)");
        i.put("member_key", "()-[m:MEMBER_OF]-() ON (m.key)");
        i.put("participation_key", "()-[p:PARTICIPATES_IN]-() ON (p.key)");
        return Collections.unmodifiableMap(i);
    }
}
