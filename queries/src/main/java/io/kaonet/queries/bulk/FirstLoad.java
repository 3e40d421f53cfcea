package io.kaonet.queries.bulk;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.schema.GraphSchema;
import io.kaonet.queries.writes.BulkResult;
import io.kaonet.queries.writes.BulkWriter;
import io.kaonet.queries.writes.ChangeLog;
import io.kaonet.queries.writes.ImportLog;
import io.kaonet.queries.writes.DanglingReferenceException;
import io.kaonet.queries.writes.DataVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * The first load of an empty embedded store through Neo4j's own batch importer (the one
 * {@code neo4j-admin database import full} runs), which writes the store files directly instead of
 * committing transactions: millions of records a minute where the transactional path
 * ({@link BulkWriter}) writes about ten thousand a second.
 *
 * <p>It stores what the transactional path stores for the same input: the same nodes with the same
 * labels, relationships from the same ends, properties and content hashes (both take their rows
 * from {@code NetworkWriter.prepare}); then, with the store started as an embedded database alone
 * (no Bolt connector, no driver: the Java API), the same constraints and indexes, all made in one
 * transaction and awaited once ({@link GraphSchema#installNew}), the import's manifest (one batch per emitted chunk, as a
 * transactional run of the same chunks commits) and the data version (one step per batch, as
 * there). {@code StoreDump} compares two stores. The change log ({@link ChangeLog}) gets a record
 * per version as there, each a full change (re-read everything): nothing was projected from the
 * store before it was loaded, so naming the touched actors would serve no cache.
 *
 * <p>It applies only to an embedded store that holds no database yet, an empty one, or what an
 * interrupted first load left ({@link #newStore}, {@link #emptyStore}); the caller validates the whole input first (the importer gets
 * only valid records). Until the manifest is written, a marker file beside the store says the load
 * is incomplete; a later load starts again from nothing. Later imports are transactional.
 *
 * <p>The batch importer's API ({@code org.neo4j.batchimport.api}) is Neo4j's internal one and is
 * used as Neo4j 5.26's import command uses it; a Neo4j upgrade must re-run this package's tests.
 */
public final class FirstLoad {

    /**
     * A pass over validated input: hands on every record in chunks, every definition (actor, cluster,
     * activity) before the first reference (tie, membership, participation). The load calls it once.
     */
    @FunctionalInterface
    public interface Source {
        /** @return the number of chunks handed on */
        long emit(Consumer<NetworkBatch> chunks);
    }

    private static final String MARKER = "kaonet-first-load.incomplete";
    private static final String MANIFEST = """
            MERGE (i:KaonetImport {id: $id})
            SET i.batches = $batches, i.records = $records, i.startedAt = datetime(), i.updatedAt = datetime(), i += $log
            MERGE (m:KaonetMeta {id: 'kaonet'})
            SET m.version = $batches, m.updatedAt = datetime()
            WITH m
            UNWIND range(CASE WHEN $batches - $kept + 1 > 1 THEN $batches - $kept + 1 ELSE 1 END, $batches) AS version
            CREATE (:KaonetChange {version: version, actors: [], full: true})
            """;

    /** Neo4j's defaults, plus the label and relationship type lookup indexes a database created by Neo4j has. */
    private static final Configuration IMPORT_CONFIGURATION = new Configuration() {
        @Override
        public IndexConfig indexConfig() {
            return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }
    };

    /**
     * Where a first load's time went, for the command's report and the benchmark: wall time and the
     * process's CPU time (every thread) of each phase.
     *
     * @param importWall  the batch importer, fed from the source
     * @param startWall   starting the loaded store
     * @param schemaWall  creating Kaonet's constraints and indexes and waiting for them to come online
     * @param finishWall  the manifest, and stopping the store
     */
    public record Phases(Duration importWall, Duration importCpu, Duration startWall, Duration startCpu,
                         Duration schemaWall, Duration schemaCpu, Duration finishWall, Duration finishCpu) {

        /** One line: each phase's wall time, CPU time in brackets. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "batch import %.1f s (CPU %.1f s), store start %.1f s (CPU %.1f s), constraints and "
                            + "indexes %.1f s (CPU %.1f s), manifest and stop %.1f s (CPU %.1f s)",
                    seconds(importWall), seconds(importCpu), seconds(startWall), seconds(startCpu),
                    seconds(schemaWall), seconds(schemaCpu), seconds(finishWall), seconds(finishCpu));
        }

        private static double seconds(Duration d) {
            return d.toNanos() / 1e9;
        }
    }

    private final Neo4jSettings settings;
    private final DatabaseLayout layout;
    private Phases phases;

    /** @throws IllegalArgumentException when the settings name an external server */
    public FirstLoad(Neo4jSettings settings) {
        if (!settings.isEmbedded()) {
            throw new IllegalArgumentException("a first load writes store files: it needs the embedded store, not " + settings.uri());
        }
        this.settings = settings;
        Config config = Config.newBuilder()
                .set(GraphDatabaseSettings.neo4j_home, settings.dataDirectory().toAbsolutePath())
                .build();
        this.layout = Neo4jLayout.of(config).databaseLayout(
                settings.database() == null ? GraphDatabaseSettings.DEFAULT_DATABASE_NAME : settings.database());
    }

    /**
     * Whether the store can take a first load without being opened: an embedded store whose database
     * does not exist yet, or was left by an interrupted first load. (An existing store may still be
     * empty: see {@link #emptyStore}.)
     */
    public static boolean newStore(Neo4jSettings settings) {
        if (!settings.isEmbedded()) {
            return false;
        }
        FirstLoad load = new FirstLoad(settings);
        return load.interrupted() || !Files.isDirectory(load.layout.databaseDirectory());
    }

    /** Whether an open store can take a first load once it is closed: embedded, and without any node. */
    public static boolean emptyStore(Neo4jConnection connection) {
        if (!connection.embedded()) {
            return false;
        }
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> !tx.run("MATCH (n) RETURN n LIMIT 1").hasNext());
        }
    }

    /** Whether an earlier first load of this store stopped before it finished. */
    public boolean interrupted() {
        return Files.exists(marker());
    }

    /**
     * Writes the input into the store (which must be closed: no other process or connection on it),
     * then starts it to create the schema and the manifest, and stops it.
     *
     * @param importId        the import's id, as the transactional path names it
     * @param expectedRecords how many records the input holds, or an upper bound of it when the source validates as it
     *                        emits: only for the importer's estimates (the manifest counts what the source hands on)
     * @param source          the validated input
     * @param progress        where the batch importer prints its progress
     * @return what was written: every chunk as a written batch, every record as created
     * @throws DanglingReferenceException when a relationship's end is in neither the input nor the
     *                                    store (validation resolves references by hash); nothing is kept
     * @throws IllegalStateException      when the source gives a definition after a chunk of references; nothing is kept
     * @throws RuntimeException           the source's own failure (e.g. input changed since validation); nothing is kept
     */
    public BulkResult load(String importId, long expectedRecords, Source source, PrintStream progress) {
        return load(importId, expectedRecords, source, progress, null);
    }

    /**
     * As {@link #load(String, long, Source, PrintStream)}, and the manifest logs the input's source
     * and the records created per kind ({@link ImportLog}).
     *
     * @param logged the input's format, file names and who runs it; null to log none
     */
    public BulkResult load(String importId, long expectedRecords, Source source, PrintStream progress, ImportLog.Source logged) {
        Objects.requireNonNull(importId, "importId");
        long started = System.nanoTime();
        Clock clock = new Clock();
        RecordFeed feed = new RecordFeed(source);
        try (feed) {
            Files.createDirectories(settings.dataDirectory());
            Files.writeString(marker(), importId);
            deleteDatabase();
            importStore(feed, expectedRecords, progress);
        } catch (IOException e) {
            discard();
            if (feed.sourceFailure() != null) {
                throw feed.sourceFailure();
            }
            throw new UncheckedIOException("the batch importer failed in " + layout.databaseDirectory() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            discard();
            throw feed.sourceFailure() != null ? feed.sourceFailure() : e;
        }
        if (!feed.dangling().isEmpty()) {
            discard();
            throw new DanglingReferenceException(feed.dangling());
        }
        long batches = feed.chunks();
        long records = java.util.Arrays.stream(feed.records()).sum();
        Duration[] importPhase = clock.lap();
        Duration[] startPhase;
        Duration[] schemaPhase;
        // The embedded database alone, without Bolt and the driver: the schema and the manifest are
        // all this start is for, and a server's connector and a client cost a cold JVM seconds of CPU.
        DatabaseManagementService service = startStore();
        try {
            GraphDatabaseService database = service.database(layout.getDatabaseName());
            startPhase = clock.lap();
            GraphSchema.installNew(database, BulkWriter.MANIFEST_CONSTRAINT);
            schemaPhase = clock.lap();
            Map<String, Object> log = ImportLog.firstLoad(logged, feed.records(), batches);
            try (Transaction tx = database.beginTx()) {
                tx.execute(MANIFEST, Map.of("id", importId, "batches", batches, "records", records,
                        "kept", (long) ChangeLog.KEPT, "log", log)).close();
                tx.commit();
            }
        } finally {
            service.shutdown();
        }
        Duration[] finishPhase = clock.lap();
        phases = new Phases(importPhase[0], importPhase[1], startPhase[0], startPhase[1], schemaPhase[0], schemaPhase[1],
                finishPhase[0], finishPhase[1]);
        try {
            Files.delete(marker());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + marker() + " after the first load", e);
        }
        return new BulkResult(importId, batches, 0, records, records, batches,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Where the last {@link #load} spent its time; empty before a load has finished. */
    public java.util.Optional<Phases> phases() {
        return java.util.Optional.ofNullable(phases);
    }

    /** Wall and process CPU time (every thread) since the last lap. */
    private static final class Clock {
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private long wall = System.nanoTime();
        private long cpu = os.getProcessCpuTime();

        /** @return the wall time and the CPU time since the last lap (or since made) */
        Duration[] lap() {
            long w = System.nanoTime();
            long c = os.getProcessCpuTime();
            Duration[] lap = {Duration.ofNanos(w - wall), Duration.ofNanos(Math.max(0, c - cpu))};
            wall = w;
            cpu = c;
            return lap;
        }
    }

    /**
     * The loaded store as Kaonet's embedded server opens it ({@code EmbeddedNeo4j}), less the Bolt
     * connector: the same page cache, and authentication on, so that its new system database is the
     * one the server would make; and every core for filling the indexes.
     */
    private DatabaseManagementService startStore() {
        return new DatabaseManagementServiceBuilder(settings.dataDirectory().toAbsolutePath())
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes())
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // This start is for the schema: every core fills the new indexes (Neo4j's default gives
                // population a quarter of them, which on two cores is one).
                .setConfig(GraphDatabaseInternalSettings.index_population_workers,
                        Math.max(1, Runtime.getRuntime().availableProcessors()))
                .build();
    }

    private void importStore(RecordFeed feed, long expectedRecords, PrintStream progress)
            throws IOException {
        Config config = Config.newBuilder()
                .set(GraphDatabaseSettings.neo4j_home, settings.dataDirectory().toAbsolutePath())
                .build();
        long n = Math.max(1, expectedRecords);
        // Upper bounds: validation counts records, not nodes and relationships apart.
        Input.Estimates estimates = Input.knownEstimates(n, n, n * 8, n * 5, n * 8 * 16, n * 5 * 16, n * 2);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction();
             JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            BatchImporter importer = StorageEngineFactory.selectStorageEngine(config).batchImporter(layout, fs,
                    PageCacheTracer.NULL, IMPORT_CONFIGURATION, NullLogService.getInstance(), progress, false,
                    DefaultAdditionalIds.EMPTY, config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
                    TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
                    EmptyMemoryTracker.INSTANCE, CursorContextFactory.NULL_CONTEXT_FACTORY);
            // Node ids are the feed's (see RecordFeed): no string id mapper, no groups.
            importer.doImport(Input.input(feed.nodes(), feed.relationships(), IdType.ACTUAL, estimates, ReadableGroups.EMPTY));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the batch importer's scheduler did not stop: " + e.getMessage(), e);
        }
    }

    private Path marker() {
        return settings.dataDirectory().resolve(MARKER);
    }

    /** Leaves the store as it was before a load that failed cleanly: without a database. */
    private void discard() {
        deleteDatabase();
        try {
            Files.deleteIfExists(marker());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + marker() + " after a failed first load", e);
        }
    }

    /** Removes the database's store and transaction log folders: the store was new, empty, or an interrupted first load's. */
    private void deleteDatabase() {
        for (Path dir : List.of(layout.databaseDirectory(), layout.getTransactionLogsDirectory())) {
            if (!Files.exists(dir)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear " + dir + " for the first load", e);
            }
        }
    }
}
