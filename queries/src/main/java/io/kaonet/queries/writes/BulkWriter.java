package io.kaonet.queries.writes;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.queries.connection.Neo4jConnection;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a large import as a sequence of batches, each committed in its own transaction together
 * with the import's manifest, so that memory stays bounded by one batch and an interrupted import
 * can be completed.
 *
 * <p>The manifest is a {@code (:KaonetImport {id})} node holding how many batches of the import
 * are committed. Batch {@code i} and the manifest's step from {@code i} to {@code i + 1} commit in
 * the same transaction: after a crash (even SIGKILL) the database holds exactly the batches the
 * manifest counts, each whole, and nothing of the others. Running the same import again (same id,
 * same batches in the same order) skips the committed batches and writes the rest; since every
 * record is merged on its key (see {@link NetworkWriter}), even a batch written twice would add
 * nothing. Two runs of one import at once are refused by the manifest step, which only moves
 * from the count a run expects.
 *
 * <p>Usage: {@code try (BulkWriter.Run run = writer.start(id, expected, progress)) { source.forEach(run);
 * result = run.finish(); }}. The caller validates the whole input before the first batch, so that
 * bad input changes nothing.
 */
public final class BulkWriter {

    /** Records per batch unless configured: large enough to amortise a transaction, small enough for a modest heap. */
    public static final int DEFAULT_BATCH_RECORDS = 10_000;
    /** How often progress is logged. */
    public static final Duration LOG_INTERVAL = Duration.ofSeconds(5);

    /** The manifest's constraint, which this writer makes when it is made (and a first load with the rest of the schema). */
    public static final String MANIFEST_CONSTRAINT =
            "CREATE CONSTRAINT kaonet_import_id IF NOT EXISTS FOR (i:KaonetImport) REQUIRE i.id IS UNIQUE";

    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);
    private static final String STEP = """
            MERGE (i:KaonetImport {id: $id})
              ON CREATE SET i.batches = 0, i.records = 0, i.startedAt = datetime()
            WITH i WHERE i.batches = $before
            SET i.batches = $before + 1, i.records = i.records + $records, i.updatedAt = datetime(), i += $source,
                i.actors = coalesce(i.actors, 0) + $actors, i.ties = coalesce(i.ties, 0) + $ties,
                i.clusters = coalesce(i.clusters, 0) + $clusters, i.memberships = coalesce(i.memberships, 0) + $memberships,
                i.activities = coalesce(i.activities, 0) + $activities,
                i.participations = coalesce(i.participations, 0) + $participations,
                i.changed = coalesce(i.changed, 0) + $changed, i.dataVersion = $dataVersion
            RETURN i.batches AS batches
            """;

    private final Neo4jConnection connection;
    private final NetworkWriter writer;

    /** Writes through the Java API when the database is embedded, else through the driver. */
    public BulkWriter(Neo4jConnection connection) {
        this(connection, WriteAccess.of(connection));
    }

    /**
     * @param connection the database to write to
     * @param access     how to reach it (the manifest's constraint is made through the driver either way)
     * @throws IllegalArgumentException when asked for the Java API on an external server
     */
    public BulkWriter(Neo4jConnection connection, WriteAccess access) {
        this.connection = connection;
        this.writer = new NetworkWriter(connection, access);
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            session.run(MANIFEST_CONSTRAINT).consume();
        }
    }

    /** How this writer reaches the store. */
    public WriteAccess access() {
        return writer.access();
    }

    /** How many batches of an import are committed (0 for an import never started). */
    public long committedBatches(String importId) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> tx.run(
                    "OPTIONAL MATCH (i:KaonetImport {id: $id}) RETURN coalesce(i.batches, 0) AS batches",
                    Map.of("id", importId)).single().get("batches").asLong());
        }
    }

    /**
     * Starts (or resumes) an import.
     *
     * @param importId        identifies the input, e.g. a hash of its files and the batch size
     * @param expectedRecords records the import holds, for progress (0 when unknown)
     * @param progress        called after every batch
     */
    public Run start(String importId, long expectedRecords, Consumer<BulkProgress> progress) {
        return start(importId, expectedRecords, progress, null);
    }

    /**
     * Starts (or resumes) an import whose manifest also logs its source ({@link ImportLog}).
     *
     * @param source the input's format, file names and who runs it; null to log none
     * @see #start(String, long, Consumer)
     */
    public Run start(String importId, long expectedRecords, Consumer<BulkProgress> progress, ImportLog.Source source) {
        Objects.requireNonNull(importId, "importId");
        return new Run(importId, expectedRecords, progress == null ? p -> { } : progress, committedBatches(importId),
                source == null ? Map.of() : source.properties());
    }

    /**
     * One run of an import: give it the batches in order. Each batch's rows are built on the
     * caller's thread, then committed on the run's writer thread while the caller reads and builds
     * the next one (at most one batch is in flight), so that parsing and writing use two cores.
     * Batches are committed strictly in order. A failed write is thrown from the next
     * {@link #accept} or from {@link #finish}; nothing after it is written.
     */
    public final class Run implements Consumer<NetworkBatch>, AutoCloseable {

        private final String importId;
        private final long expected;
        private final Consumer<BulkProgress> progress;
        private final long alreadyCommitted;
        private final Map<String, Object> source;
        private final long started = System.nanoTime();
        private final ExecutorService writerThread;
        private Future<?> inFlight;
        private RuntimeException failure;
        private long lastLog = started;
        private long index;
        private long recordsDone;
        private long recordsWritten;
        private long changed;
        private long dataVersion;

        private Run(String importId, long expected, Consumer<BulkProgress> progress, long alreadyCommitted,
                    Map<String, Object> source) {
            this.importId = importId;
            this.source = source;
            this.expected = expected;
            this.progress = progress;
            this.alreadyCommitted = alreadyCommitted;
            this.writerThread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "kaonet-import-writer");
                t.setDaemon(true);
                return t;
            });
            if (alreadyCommitted > 0) {
                LOG.info("Import {} resumes after {} committed batches", importId, alreadyCommitted);
            }
        }

        /**
         * Hands on the next batch: it is committed after the batches before it, or skipped when an
         * earlier run committed it. Returns once the batch before it is committed.
         *
         * @throws DanglingReferenceException when an earlier batch referred to records neither in it nor stored; it was not written
         * @throws IllegalStateException      when another run of the same import moved the manifest on
         */
        @Override
        public void accept(NetworkBatch batch) {
            long i = index++;
            NetworkWriter.Prepared rows = i >= alreadyCommitted ? NetworkWriter.prepare(batch) : null;
            awaitInFlight();
            inFlight = writerThread.submit(() -> {
                if (rows != null) {
                    commit(i, rows);
                }
                recordsDone += batch.size();
                report(i + 1, false);
            });
        }

        /** Waits for the last batch, ends the run, logs and returns what it did. */
        public BulkResult finish() {
            awaitInFlight();
            report(index, true);
            if (recordsWritten == 0) {
                // Every batch was committed by an earlier run: the version is the store's.
                try (Session session = connection.driver().session(connection.sessionConfig())) {
                    dataVersion = session.executeRead(DataVersion::current);
                }
            }
            long written = Math.max(0, index - alreadyCommitted);
            return new BulkResult(importId, written, Math.min(index, alreadyCommitted), recordsWritten, changed,
                    dataVersion, Duration.ofNanos(System.nanoTime() - started));
        }

        /** Stops the writer thread; a batch still in flight is finished first (it commits or fails whole). */
        @Override
        public void close() {
            try {
                if (inFlight != null) {
                    inFlight.get();
                }
            } catch (ExecutionException e) {
                // Already thrown, or to be ignored: the run is being abandoned.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                writerThread.shutdown();
            }
        }

        private void commit(long i, NetworkWriter.Prepared rows) {
            WriteSummary summary = writer.access().write(connection, tx -> {
                WriteSummary s = writer.writeIn(tx, rows);
                Map<String, Object> parameters = new HashMap<>(ImportLog.counts(s));
                parameters.putAll(Map.of("id", importId, "before", i, "records", (long) rows.batch().size(), "source", source));
                if (!tx.run(STEP, parameters).hasRows()) {
                    throw new IllegalStateException("import " + importId + " was moved past batch " + i
                            + " by another run; this run stops");
                }
                return s;
            });
            recordsWritten += rows.batch().size();
            changed += summary.changed();
            dataVersion = summary.dataVersion();
        }

        /**
         * Waits for the batch in flight; rethrows its failure on the caller's thread, and again on
         * every later call, so that no batch after a failed one is written.
         */
        private void awaitInFlight() {
            if (failure != null) {
                throw failure;
            }
            if (inFlight == null) {
                return;
            }
            try {
                inFlight.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while batch " + (index - 1) + " of import " + importId
                        + " was written; it commits or fails whole", e);
                throw failure;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                throw failure;
            } finally {
                inFlight = null;
            }
        }

        private void report(long batches, boolean last) {
            long now = System.nanoTime();
            double seconds = (now - started) / 1e9;
            double rate = seconds > 0 ? recordsWritten / seconds : 0;
            Duration remaining = expected > 0 && rate > 0
                    ? Duration.ofSeconds((long) Math.ceil(Math.max(0, expected - recordsDone) / rate)) : null;
            BulkProgress p = new BulkProgress(recordsDone, expected, batches, rate, remaining);
            progress.accept(p);
            if (last || now - lastLog >= LOG_INTERVAL.toNanos()) {
                lastLog = now;
                LOG.info("Import {}: {}{}", importId, p.describe(), last ? " (done)" : "");
            }
        }
    }
}
