package io.kaonet.queries.schema;

import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Session;

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

    /** Creates the constraints and indexes that do not exist yet, and waits for them to come online. */
    public static void install(Neo4jConnection connection) {
        List<String> statements = new ArrayList<>(List.of(
                "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
                "CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (c:Cluster) REQUIRE c.id IS UNIQUE",
                "CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (a:Activity) REQUIRE a.id IS UNIQUE",
                "CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (m:KaonetMeta) REQUIRE m.id IS UNIQUE",
                "CREATE CONSTRAINT matchmaking_ranking_network IF NOT EXISTS FOR (m:MatchmakingRanking) REQUIRE m.network IS UNIQUE",
                "CREATE CONSTRAINT change_version IF NOT EXISTS FOR (c:KaonetChange) REQUIRE c.version IS UNIQUE",
                "CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)",
                "CREATE INDEX actor_industry IF NOT EXISTS FOR (a:Actor) ON (a.industry)",
                "CREATE INDEX actor_region IF NOT EXISTS FOR (a:Actor) ON (a.region)",
                "CREATE INDEX actor_country IF NOT EXISTS FOR (a:Actor) ON (a.country)",
                "CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)",
                "CREATE INDEX member_key IF NOT EXISTS FOR ()-[m:MEMBER_OF]-() ON (m.key)",
                "CREATE INDEX participation_key IF NOT EXISTS FOR ()-[p:PARTICIPATES_IN]-() ON (p.key)"));
        for (String type : tieTypes()) {
            statements.add("CREATE CONSTRAINT tie_key_" + type.toLowerCase(java.util.Locale.ROOT)
                    + " IF NOT EXISTS FOR ()-[r:" + type + "]-() REQUIRE r.key IS UNIQUE");
        }
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            for (String statement : statements) {
                session.run(statement).consume();
            }
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }
}
