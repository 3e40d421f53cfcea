package io.kaonet.queries.writes;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.schema.GraphSchema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.neo4j.driver.Values;

/**
 * Writes a validated {@link NetworkBatch} to Neo4j in one transaction: all of it or nothing.
 *
 * <p>Every record is merged on its key (actor, cluster and activity ids; tie keys; membership and
 * participation keys) and carries a content hash, so a record whose content is unchanged is not
 * written again: importing the same files twice changes nothing, not even the data version. When
 * anything changed, the data version moves on in the same transaction, which invalidates every
 * cached projection. Rows go to Neo4j in {@code UNWIND} chunks of {@value #BATCH_ROWS}: one
 * statement creates what is missing (see {@link Merge}), and only a chunk that met stored records
 * runs a second one that compares hashes. A tie, membership or participation whose end is missing
 * shows as a row the statement did not match; the batch is then refused naming it. All Cypher is
 * parameterised, and labels and relationship types come only from {@link GraphSchema}'s constants.
 *
 * <p>The statements run through the driver or, for the embedded database, through Neo4j's Java API in
 * this process ({@link WriteAccess}); both store the same.
 */
public final class NetworkWriter {

    /** Rows per {@code UNWIND} statement. */
    public static final int BATCH_ROWS = 5_000;

    /**
     * The end of the statements that update references (tie, membership, participation) which may
     * exist: sets the properties when the hash differs, and counts the rows whose ends were found.
     */
    private static final String SET_CHANGED = """
            WITH %1$s, row, %1$s.hash IS NULL OR %1$s.hash <> row.hash AS changed
            FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET %1$s += row.props, %1$s.hash = row.hash)
            RETURN count(*) AS matched, sum(CASE WHEN changed THEN 1 ELSE 0 END) AS changed
            """;
    /** The end of the statements that create what does not exist yet and leave the rest to an update. */
    private static final String ON_CREATE = """
            ON CREATE SET %1$s += row.props, %1$s.hash = row.hash%2$s
            RETURN count(*) AS matched
            """;
    /** Properties added after stores were written; see {@link #hashed}. */
    private static final List<String> ADDED_LATER = List.of("citySpellings");
    private static final Map<ActorKind, Merge> ACTOR_MERGE = new EnumMap<>(ActorKind.class);
    private static final Map<TieKind, Merge> TIE_MERGE = new EnumMap<>(TieKind.class);

    static {
        String allKindLabels = java.util.Arrays.stream(ActorKind.values()).map(GraphSchema::label)
                .collect(Collectors.joining(":"));
        for (ActorKind kind : ActorKind.values()) {
            String label = GraphSchema.label(kind);
            ACTOR_MERGE.put(kind, new Merge("""
                    UNWIND $rows AS row
                    MERGE (a:Actor {id: row.id})
                    """ + ON_CREATE.formatted("a", ", a:" + label), """
                    UNWIND $rows AS row
                    MERGE (a:Actor {id: row.id})
                    WITH a, row WHERE a.hash IS NULL OR a.hash <> row.hash
                    REMOVE a:%s
                    SET a += row.props, a.hash = row.hash, a:%s
                    RETURN count(a) AS changed
                    """.formatted(allKindLabels, label)));
        }
        for (TieKind kind : TieKind.values()) {
            if (kind.storable()) {
                String match = """
                        UNWIND $rows AS row
                        MATCH (a:Actor {id: row.source})
                        MATCH (b:Actor {id: row.target})
                        MERGE (a)-[r:%s {key: row.key}]->(b)
                        """.formatted(kind.name());
                TIE_MERGE.put(kind, new Merge(match + ON_CREATE.formatted("r", ""), match + SET_CHANGED.formatted("r")));
            }
        }
    }

    private static final Merge CLUSTER_MERGE = nodeMerge("Cluster");
    private static final Merge ACTIVITY_MERGE = nodeMerge("Activity");
    private static final String MEMBERSHIP_MATCH = """
            UNWIND $rows AS row
            MATCH (a:Actor {id: row.actor})
            MATCH (c:Cluster {id: row.cluster})
            MERGE (a)-[m:MEMBER_OF {key: row.key}]->(c)
            """;
    private static final Merge MEMBERSHIP_MERGE = new Merge(MEMBERSHIP_MATCH + ON_CREATE.formatted("m", ""),
            MEMBERSHIP_MATCH + SET_CHANGED.formatted("m"));
    private static final String PARTICIPATION_MATCH = """
            UNWIND $rows AS row
            MATCH (a:Actor {id: row.actor})
            MATCH (x:Activity {id: row.activity})
            MERGE (a)-[p:PARTICIPATES_IN {key: row.key}]->(x)
            """;
    private static final Merge PARTICIPATION_MERGE = new Merge(PARTICIPATION_MATCH + ON_CREATE.formatted("p", ""),
            PARTICIPATION_MATCH + SET_CHANGED.formatted("p"));
    private static final String MISSING_ENDS = """
            UNWIND $rows AS row
            OPTIONAL MATCH (a:%s {id: row.first})
            OPTIONAL MATCH (b:%s {id: row.second})
            WITH row, a, b WHERE a IS NULL OR b IS NULL
            RETURN row.first AS first, row.second AS second, a IS NULL AS firstMissing,
                   b IS NULL AS secondMissing, row.origin AS origin
            LIMIT 100
            """;

    private final Neo4jConnection connection;
    private final WriteAccess access;

    /** Writes through the Java API when the database is embedded, else through the driver. */
    public NetworkWriter(Neo4jConnection connection) {
        this(connection, WriteAccess.of(connection));
    }

    /**
     * @param connection the database to write to
     * @param access     how to reach it
     * @throws IllegalArgumentException when asked for the Java API on an external server
     */
    public NetworkWriter(Neo4jConnection connection, WriteAccess access) {
        this.connection = java.util.Objects.requireNonNull(connection, "connection must not be null");
        this.access = java.util.Objects.requireNonNull(access, "access must not be null").checkedFor(connection);
    }

    /** How this writer reaches the store. */
    public WriteAccess access() {
        return access;
    }

    /**
     * Writes the batch in one transaction.
     *
     * @return how many records were created or changed, and the data version after the write
     * @throws DanglingReferenceException when a tie, membership or participation refers to a record
     *                                    that is neither in the batch nor stored; nothing is written
     */
    public WriteSummary write(NetworkBatch batch) {
        Prepared rows = prepare(batch);
        return access.write(connection, tx -> writeIn(tx, rows));
    }

    /**
     * Writes the batch in one transaction, as {@link #write(NetworkBatch)}, and logs the run with its
     * source in {@link ImportLog} in the same transaction (a refused write logs nothing).
     *
     * @throws DanglingReferenceException as {@link #write(NetworkBatch)}; nothing is written or logged
     */
    public WriteSummary write(NetworkBatch batch, ImportLog.Source source) {
        Prepared rows = prepare(batch);
        return access.write(connection, tx -> {
            WriteSummary summary = writeIn(tx, rows);
            ImportLog.record(tx, source, summary);
            return summary;
        });
    }

    /**
     * Deletes actors with all their ties, memberships and participations, in one transaction, and
     * moves the data version on when any was deleted.
     *
     * @return how many actors were deleted
     */
    public long deleteActors(java.util.Collection<String> actorIds) {
        return DataVersion.deleteNodes(connection, access, "Actor", "id", actorIds);
    }

    /**
     * The statement rows of a batch, built (and hashed) before its transaction starts, so that a
     * caller can build the next batch's rows while this one is written. They are also what the
     * first load through Neo4j's batch importer stores ({@code io.kaonet.queries.bulk}), so both
     * paths store the same properties and content hashes.
     */
    public static Prepared prepare(NetworkBatch batch) {
        Map<ActorKind, List<Map<String, Object>>> actors = new EnumMap<>(ActorKind.class);
        for (Actor a : batch.actors()) {
            actors.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(actorRow(a));
        }
        Map<TieKind, List<Map<String, Object>>> ties = new EnumMap<>(TieKind.class);
        for (Tie t : batch.ties()) {
            ties.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(tieRow(t));
        }
        return new Prepared(batch, batch.clusters().stream().map(NetworkWriter::clusterRow).toList(), actors,
                batch.activities().stream().map(NetworkWriter::activityRow).toList(), ties,
                batch.memberships().stream().map(NetworkWriter::membershipRow).toList(),
                batch.participations().stream().map(NetworkWriter::participationRow).toList());
    }

    /**
     * A batch with its statement rows; see {@link #prepare}. A node row holds {@code id}, {@code hash}
     * and {@code props}; a tie row {@code key}, {@code hash}, {@code props}, {@code source} and
     * {@code target} (an undirected tie from its lower id to its higher); a membership row adds
     * {@code actor} and {@code cluster}, a participation row {@code actor} and {@code activity}.
     * {@code props} holds every property, unknown ones as nulls (which store nothing).
     */
    public record Prepared(NetworkBatch batch, List<Map<String, Object>> clusters, Map<ActorKind, List<Map<String, Object>>> actors,
                    List<Map<String, Object>> activities, Map<TieKind, List<Map<String, Object>>> ties,
                    List<Map<String, Object>> memberships, List<Map<String, Object>> participations) {
    }

    /** Writes prepared rows inside a transaction the caller owns (used by {@link BulkWriter} for one chunk). */
    WriteSummary writeIn(Statements tx, Prepared rows) {
        long clusters = run(tx, CLUSTER_MERGE, rows.clusters());
        long actors = 0;
        for (var e : rows.actors().entrySet()) {
            actors += run(tx, ACTOR_MERGE.get(e.getKey()), e.getValue());
        }
        long activities = run(tx, ACTIVITY_MERGE, rows.activities());
        Merges references = new Merges();
        long ties = 0;
        for (var e : rows.ties().entrySet()) {
            ties += references.merge(tx, TIE_MERGE.get(e.getKey()), e.getValue());
        }
        long memberships = references.merge(tx, MEMBERSHIP_MERGE, rows.memberships());
        long participations = references.merge(tx, PARTICIPATION_MERGE, rows.participations());
        if (references.dangling) {
            // Some row lacked an end: name the dangling references of the batch; throwing rolls all of it back.
            NetworkBatch batch = rows.batch();
            checkEnds(tx, "Actor", "Actor", batch.ties().stream()
                    .map(t -> ends(t.sourceId(), t.targetId(), t.source())).toList());
            checkEnds(tx, "Actor", "Cluster", batch.memberships().stream()
                    .map(m -> ends(m.actorId(), m.clusterId(), "membership " + m.actorId() + " → " + m.clusterId())).toList());
            checkEnds(tx, "Actor", "Activity", batch.participations().stream()
                    .map(p -> ends(p.actorId(), p.activityId(), "participation " + p.actorId() + " → " + p.activityId()))
                    .toList());
            throw new IllegalStateException("a reference lacked an end, yet every end was found");
        }
        long changed = clusters + actors + activities + ties + memberships + participations;
        long version = DataVersion.afterWrite(tx, changed > 0, changed > 0 ? touched(tx, rows.batch()) : Set.of());
        return new WriteSummary(actors, ties, clusters, memberships, activities, participations, rows.batch().size(), version);
    }

    /**
     * The actors whose projection rows a batch may change: every actor it names (as an actor, a
     * tie's end, a member, a participant) and every participant of the activities it names.
     */
    private static Set<String> touched(Statements tx, NetworkBatch batch) {
        Set<String> touched = new HashSet<>();
        batch.actors().forEach(a -> touched.add(a.id()));
        batch.ties().forEach(t -> {
            touched.add(t.sourceId());
            touched.add(t.targetId());
        });
        batch.memberships().forEach(m -> touched.add(m.actorId()));
        batch.participations().forEach(p -> touched.add(p.actorId()));
        Set<String> activities = new HashSet<>();
        batch.activities().forEach(x -> activities.add(x.id()));
        batch.participations().forEach(p -> activities.add(p.activityId()));
        ChangeLog.addParticipants(tx, activities, touched);
        return touched;
    }

    /**
     * The two statements of one kind of record: {@code create} merges every row and sets the
     * properties only of the records it creates (it reads no stored property, so Cypher needs no
     * eager step); when it met records that existed, {@code update} runs over the same rows and
     * sets the properties whose hash differs. A first import runs one statement per chunk, a
     * re-import two.
     */
    private record Merge(String create, String update) {
    }

    private static Merge nodeMerge(String label) {
        String merge = """
                UNWIND $rows AS row
                MERGE (x:%s {id: row.id})
                """.formatted(label);
        return new Merge(merge + ON_CREATE.formatted("x", ""), merge + """
                WITH x, row WHERE x.hash IS NULL OR x.hash <> row.hash
                SET x += row.props, x.hash = row.hash
                RETURN count(x) AS changed
                """);
    }

    /** Merges node rows; returns how many were created or changed. */
    private static long run(Statements tx, Merge merge, List<Map<String, Object>> rows) {
        Merges nodes = new Merges();
        long changed = nodes.merge(tx, merge, rows);
        if (nodes.dangling) {
            throw new IllegalStateException("a node merge matched fewer rows than it was given");
        }
        return changed;
    }

    /** Merges rows, chunk by chunk, until one lacks an end; from then on writes nothing more and remembers it. */
    private static final class Merges {
        private boolean dangling;

        long merge(Statements tx, Merge merge, List<Map<String, Object>> rows) {
            long changed = 0;
            for (int from = 0; from < rows.size() && !dangling; from += BATCH_ROWS) {
                int to = Math.min(rows.size(), from + BATCH_ROWS);
                Map<String, Object> chunk = Map.of("rows", rows.subList(from, to));
                Statements.Answer answer = tx.run(merge.create(), chunk);
                long matched = answer.longOf("matched");
                long created = answer.created();
                dangling = matched < to - from;
                changed += created;
                if (!dangling && created < matched) {
                    changed += tx.run(merge.update(), chunk).longOf("changed");
                }
            }
            return changed;
        }
    }

    private static void checkEnds(Statements tx, String firstLabel, String secondLabel,
                                  List<Map<String, Object>> rows) {
        String cypher = MISSING_ENDS.formatted(firstLabel, secondLabel);
        List<DanglingReferenceException.Dangling> dangling = new ArrayList<>();
        for (int from = 0; from < rows.size() && dangling.size() < 100; from += BATCH_ROWS) {
            List<Map<String, Object>> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH_ROWS));
            tx.run(cypher, Map.of("rows", chunk)).rows().forEach(r -> {
                String origin = (String) r.get("origin");
                if (Boolean.TRUE.equals(r.get("firstMissing"))) {
                    dangling.add(new DanglingReferenceException.Dangling(origin, firstLabel, (String) r.get("first")));
                }
                if (Boolean.TRUE.equals(r.get("secondMissing"))) {
                    dangling.add(new DanglingReferenceException.Dangling(origin, secondLabel, (String) r.get("second")));
                }
            });
        }
        if (!dangling.isEmpty()) {
            throw new DanglingReferenceException(dangling);
        }
    }

    private static Map<String, Object> ends(String first, String second, String origin) {
        Map<String, Object> row = new HashMap<>();
        row.put("first", first);
        row.put("second", second);
        row.put("origin", origin);
        return row;
    }

    /** The statement row of one cluster, as {@link #prepare} makes it. */
    public static Map<String, Object> clusterRow(Cluster c) {
        Map<String, Object> props = new TreeMap<>();
        props.put("name", c.name());
        props.put("region", c.region());
        props.put("country", c.country());
        props.put("type", c.type() == null ? null : c.type().name());
        props.put("description", c.description());
        return keyed("id", c.id(), props);
    }

    /** The statement row of one actor, as {@link #prepare} makes it. */
    public static Map<String, Object> actorRow(Actor a) {
        Map<String, Object> props = new TreeMap<>();
        props.put("name", a.name());
        props.put("kind", a.kind().name());
        props.put("industry", a.industry());
        props.put("region", a.region());
        props.put("city", a.city());
        props.put("country", a.country());
        props.put("latitude", a.location() == null ? null : a.location().latitude());
        props.put("longitude", a.location() == null ? null : a.location().longitude());
        props.put("founded", a.founded());
        props.put("employees", a.employees());
        props.put("sme", a.sme());
        props.put("technologies", a.technologies());
        props.put("offers", a.offers());
        props.put("seeks", a.seeks());
        props.put("citySpellings", a.citySpellings().isEmpty() ? null : a.citySpellings());
        // The point is derived from latitude/longitude (which the hash covers) for spatial queries.
        Map<String, Object> derived = new HashMap<>();
        derived.put("location", a.location() == null ? null
                : Values.point(4326, a.location().longitude(), a.location().latitude()).asPoint());
        return keyed("id", a.id(), props, derived);
    }

    /**
     * The properties a content hash covers: all of them, except a property added after stores were
     * written ({@link #ADDED_LATER}) while it has no value, so that a record without it keeps the hash
     * it was stored with and importing the same files again after an upgrade changes nothing.
     */
    private static Map<String, Object> hashed(Map<String, Object> props) {
        if (ADDED_LATER.stream().noneMatch(p -> props.containsKey(p) && props.get(p) == null)) {
            return props;
        }
        Map<String, Object> hashed = new TreeMap<>(props);
        ADDED_LATER.forEach(p -> hashed.remove(p, null));
        return hashed;
    }

    /** The statement row of one activity, as {@link #prepare} makes it. */
    public static Map<String, Object> activityRow(Activity a) {
        Map<String, Object> props = new TreeMap<>();
        props.put("name", a.name());
        props.put("kind", a.kind().name());
        props.put("start", a.start());
        props.put("end", a.end());
        props.put("programme", a.programme());
        props.put("fundingScheme", a.fundingScheme());
        return keyed("id", a.id(), props);
    }

    /** The statement row of one tie, as {@link #prepare} makes it. */
    public static Map<String, Object> tieRow(Tie t) {
        Map<String, Object> props = new TreeMap<>();
        props.put("since", t.since());
        props.put("until", t.until());
        props.put("weight", t.weight());
        props.put("provenance", t.source());
        Map<String, Object> row = keyed("key", t.key(), props);
        // An undirected tie is stored from its lower id to its higher, so either order merges.
        boolean swap = !t.kind().directed() && t.sourceId().compareTo(t.targetId()) > 0;
        row.put("source", swap ? t.targetId() : t.sourceId());
        row.put("target", swap ? t.sourceId() : t.targetId());
        return row;
    }

    /** The statement row of one membership, as {@link #prepare} makes it. */
    public static Map<String, Object> membershipRow(Membership m) {
        Map<String, Object> props = new TreeMap<>();
        props.put("since", m.since());
        props.put("until", m.until());
        Map<String, Object> row = keyed("key", m.key(), props);
        row.put("actor", m.actorId());
        row.put("cluster", m.clusterId());
        return row;
    }

    /** The statement row of one participation, as {@link #prepare} makes it. */
    public static Map<String, Object> participationRow(Participation p) {
        Map<String, Object> props = new TreeMap<>();
        props.put("role", p.role());
        props.put("contribution", p.contribution());
        Map<String, Object> row = keyed("key", p.key(), props);
        row.put("actor", p.actorId());
        row.put("activity", p.activityId());
        return row;
    }

    private static Map<String, Object> keyed(String keyName, String key, Map<String, Object> props) {
        return keyed(keyName, key, props, Map.of());
    }

    /**
     * A row {key, hash, props}: the hash covers the key and every property in key order;
     * {@code derived} properties, computed from the others, are set but left out of the hash.
     * Properties without a value are in {@code props} as nulls, which remove what is stored.
     */
    private static Map<String, Object> keyed(String keyName, String key, Map<String, Object> props,
                                             Map<String, Object> derived) {
        Map<String, Object> row = new HashMap<>();
        row.put(keyName, key);
        row.put("hash", DataVersion.contentHash(key, hashed(props)));
        props.putAll(derived);
        row.put("props", props);
        return row;
    }
}
