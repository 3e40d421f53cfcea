package io.kaonet.queries.writes;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Which actors each data version may have changed, so that a cached projection can be brought up to
 * date by re-reading only those actors and their ties ({@code (:KaonetChange {version, actors, full})},
 * written in the transaction that moves the version on).
 *
 * <p>A version with no record (written by a Kaonet without this log, or by someone else's Cypher on
 * an external server) or with {@code full: true} (a write touching more than {@link #TOUCHED_MAX}
 * actors) tells nothing, and readers then re-read everything. The last {@link #KEPT} records are kept.
 * An actor is "touched" when its node, a tie at either end, a membership or a participation of it, or
 * an activity it takes part in was written or deleted, so that everything a projection derives from it
 * (whether it is kept, its attributes, its ties, its co-participation ties and their weights) is
 * re-read when it is in the set.
 */
public final class ChangeLog {

    /** Change records kept: a cache may be this many writes behind and still be updated. */
    public static final int KEPT = 1_000;

    /** A write that touches more actors than this records a full change. */
    public static final int TOUCHED_MAX = 10_000;

    private static final String RECORD = """
            CREATE (:KaonetChange {version: $version, actors: $actors, full: $full})
            WITH 1 AS one
            MATCH (c:KaonetChange) WHERE c.version <= $version - $kept
            DELETE c
            """;
    private static final String READ = """
            MATCH (c:KaonetChange) WHERE c.version > $from AND c.version <= $to
            RETURN c.version AS version, c.actors AS actors, c.full AS full
            """;
    private static final String PARTICIPANTS = """
            UNWIND $activities AS id
            MATCH (:Activity {id: id})<-[:PARTICIPATES_IN]-(a:Actor)
            RETURN collect(DISTINCT a.id) AS ids
            """;
    private static final String NEIGHBOURHOOD = """
            UNWIND $actors AS id
            MATCH (a:Actor {id: id})
            RETURN [(a)--(b:Actor) | b.id] + [(a)-[:PARTICIPATES_IN]->(:Activity)<-[:PARTICIPATES_IN]-(c:Actor) | c.id]
                   AS ids
            """;

    private ChangeLog() {
    }

    /** Records, in the caller's transaction, that {@code version} touched these actors. */
    static void record(Statements tx, long version, Collection<String> touchedActors) {
        boolean full = touchedActors.size() > TOUCHED_MAX;
        tx.run(RECORD, Map.of("version", version, "actors", full ? List.of() : List.copyOf(touchedActors),
                "full", full, "kept", KEPT));
    }

    /**
     * The actors touched by the versions after {@code from} up to {@code to}; empty when a version in
     * between has no record or a full one (then nothing can be said and everything must be re-read).
     */
    public static Optional<Set<String>> touched(TransactionContext tx, long from, long to) {
        if (to <= from) {
            return Optional.of(Set.of());
        }
        Set<String> actors = new HashSet<>();
        int records = 0;
        for (var r : tx.run(READ, Map.of("from", from, "to", to)).list()) {
            if (r.get("full").asBoolean(true)) {
                return Optional.empty();
            }
            actors.addAll(r.get("actors").asList(Value::asString));
            records++;
        }
        return records == to - from ? Optional.of(actors) : Optional.empty();
    }

    /** Adds the participants of these activities (as stored now) to {@code touched}, unless it is already full. */
    static void addParticipants(Statements tx, Collection<String> activityIds, Set<String> touched) {
        if (activityIds.isEmpty() || touched.size() > TOUCHED_MAX) {
            return;
        }
        Statements.Answer answer = tx.run(PARTICIPANTS, Map.of("activities", List.copyOf(activityIds)));
        touched.addAll(Statements.strings(answer.rows().get(0), "ids"));
    }

    /**
     * Adds the tie neighbours and co-participants of these actors (as stored now, so call it before
     * they are deleted) to {@code touched}, unless it is already full.
     */
    static void addNeighbourhood(Statements tx, Collection<String> actorIds, Set<String> touched) {
        if (actorIds.isEmpty() || touched.size() > TOUCHED_MAX) {
            return;
        }
        tx.run(NEIGHBOURHOOD, Map.of("actors", List.copyOf(actorIds))).rows()
                .forEach(r -> touched.addAll(Statements.strings(r, "ids")));
    }
}
