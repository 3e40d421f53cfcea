package io.kaonet.queries.writes;

import io.kaonet.queries.connection.Neo4jConnection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The log of import runs: each run's {@code (:KaonetImport {id})} manifest node (the one a batched
 * import steps on, see {@link BulkWriter}) also says where the records came from (format, file
 * names, who ran it) and what the run wrote (records per kind, the data version after it). A run
 * written in one transaction ({@link NetworkWriter#write(io.kaonet.core.model.NetworkBatch, Source)})
 * records its manifest in that transaction, a batched one with every batch, and a first load
 * through Neo4j's batch importer once it is in; so the log never names a run the store does not hold.
 *
 * <p>Manifests written before the log existed lack the source and the per-kind counts: they read as
 * null. Stateless and thread-safe.
 */
public final class ImportLog {

    /** Property names of the per-kind counts, in {@link WriteSummary}'s order. */
    static final List<String> KINDS = List.of("actors", "ties", "clusters", "memberships", "activities", "participations");

    private static final String RECORD = """
            CREATE (i:KaonetImport {id: $id})
            SET i += $props, i.batches = 1, i.startedAt = datetime(), i.updatedAt = datetime()
            """;
    private static final String LIST = """
            MATCH (i:KaonetImport)
            RETURN i.id AS id, i.startedAt AS startedAt, i.updatedAt AS updatedAt,
                   i.format AS format, coalesce(i.files, []) AS files, i.by AS by, i.batches AS batches,
                   i.records AS records, i.changed AS changed, i.dataVersion AS dataVersion,
                   i.actors AS actors, i.ties AS ties, i.clusters AS clusters, i.memberships AS memberships,
                   i.activities AS activities, i.participations AS participations
            ORDER BY i.startedAt DESC, i.id
            """;

    private final Neo4jConnection connection;

    /** @param connection the database whose log is read */
    public ImportLog(Neo4jConnection connection) {
        this.connection = connection;
    }

    /**
     * Where an import's records come from.
     *
     * @param format the input format as the API and command line name it (e.g. {@code KAONET_CSV}, {@code CORDIS})
     * @param files  the input files' names (never paths of the server), in the order given
     * @param by     who ran it: the API token's name, {@code command line (<user>)}, or {@code demo network}
     */
    public record Source(String format, List<String> files, String by) {
        public Source {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(by, "by");
            if (format.isBlank()) {
                throw new IllegalArgumentException("an import's format must not be blank");
            }
            files = List.copyOf(files);
        }

        /**
         * The source of an input on disk: a file's name, or the names of the files in a folder
         * (sorted), each prefixed with the folder's own name; never the path above it.
         */
        public static Source ofPath(String format, java.nio.file.Path path, String by) {
            java.nio.file.Path name = path.toAbsolutePath().normalize().getFileName();
            String folder = name == null ? "" : name + "/";
            if (!java.nio.file.Files.isDirectory(path)) {
                return new Source(format, List.of(name == null ? path.toString() : name.toString()), by);
            }
            try (var files = java.nio.file.Files.list(path)) {
                return new Source(format, files.filter(java.nio.file.Files::isRegularFile)
                        .map(f -> folder + f.getFileName()).sorted().toList(), by);
            } catch (java.io.IOException e) {
                return new Source(format, List.of(folder), by);
            }
        }

        /** The properties a manifest holds for the source. */
        Map<String, Object> properties() {
            return Map.of("format", format, "files", files, "by", by);
        }
    }

    /**
     * One import run, newest first in {@link #list()}.
     *
     * @param id          the manifest's id (a batched import's id names its input and batch size)
     * @param startedAt   when its first batch was committed
     * @param updatedAt   when its last batch was committed
     * @param format      its input format; null for a run logged before the log held sources
     * @param files       its input files' names; empty when not known
     * @param by          who ran it; null when not known
     * @param batches     the batches committed
     * @param records     the records in the input written so far
     * @param changed     the records created or changed; null when not known
     * @param dataVersion the data version after its last batch; null when not known
     * @param written     records created or changed per kind (actors, ties, clusters, memberships, activities,
     *                    participations); a kind is absent when not known
     */
    public record Entry(String id, Instant startedAt, Instant updatedAt, String format, List<String> files, String by,
                        long batches, long records, Long changed, Long dataVersion, Map<String, Long> written) {
        public Entry {
            Objects.requireNonNull(id, "id");
            files = List.copyOf(files);
            written = Map.copyOf(written);
        }
    }

    /** Every run the store holds, newest first (ties by id). */
    public List<Entry> list() {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> tx.run(LIST).list(ImportLog::entry));
        }
    }

    private static Entry entry(Record r) {
        Map<String, Long> written = new HashMap<>();
        for (String kind : KINDS) {
            if (!r.get(kind).isNull()) {
                written.put(kind, r.get(kind).asLong());
            }
        }
        return new Entry(r.get("id").asString(), instant(r.get("startedAt")), instant(r.get("updatedAt")),
                r.get("format").asString(null), r.get("files").asList(Value::asString), r.get("by").asString(null),
                r.get("batches").asLong(0), r.get("records").asLong(0), nullableLong(r.get("changed")),
                nullableLong(r.get("dataVersion")), written);
    }

    private static Instant instant(Value v) {
        return v.isNull() ? null : v.asZonedDateTime().toInstant();
    }

    private static Long nullableLong(Value v) {
        return v.isNull() ? null : v.asLong();
    }

    /** Records, in the write's own transaction, a run written whole by it. */
    static void record(Statements tx, Source source, WriteSummary summary) {
        Map<String, Object> props = new HashMap<>(source.properties());
        props.putAll(counts(summary));
        props.put("records", summary.offered());
        tx.run(RECORD, Map.of("id", "api:" + UUID.randomUUID(), "props", props));
    }

    /**
     * The manifest properties of a first load through Neo4j's batch importer: the source (none when
     * null), every record created, and the data version it sets (one per batch).
     *
     * @param created records per kind in {@link #KINDS}' order
     */
    public static Map<String, Object> firstLoad(Source source, long[] created, long batches) {
        WriteSummary s = new WriteSummary(created[0], created[1], created[2], created[3], created[4], created[5],
                java.util.Arrays.stream(created).sum(), batches);
        Map<String, Object> props = new HashMap<>(counts(s));
        if (source != null) {
            props.putAll(source.properties());
        }
        return props;
    }

    /** The counts of a write as manifest properties: per kind, changed in all, and the data version after it. */
    static Map<String, Object> counts(WriteSummary s) {
        Map<String, Object> c = new HashMap<>();
        List<Long> values = List.of(s.actors(), s.ties(), s.clusters(), s.memberships(), s.activities(), s.participations());
        for (int k = 0; k < KINDS.size(); k++) {
            c.put(KINDS.get(k), values.get(k));
        }
        c.put("changed", s.changed());
        c.put("dataVersion", s.dataVersion());
        return c;
    }
}
