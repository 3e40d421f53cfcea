package io.kaonet.api.exchange;

import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.CoParticipationWeighting;
import io.kaonet.core.model.Scope;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.TwoPassImporter;
import io.kaonet.importers.export.ExportFormat;
import io.kaonet.importers.export.MetricColumn;
import io.kaonet.importers.export.NetworkExporter;
import io.kaonet.queries.bulk.FirstLoad;
import io.kaonet.queries.writes.ImportLog;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.projection.ProjectionReader;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.schema.GraphSchema;
import io.kaonet.queries.writes.BulkProgress;
import io.kaonet.queries.writes.BulkResult;
import io.kaonet.queries.writes.BulkWriter;
import io.kaonet.queries.writes.CoParticipationTies;
import io.kaonet.queries.writes.DanglingReferenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Kaonet's command line for files in and out, {@code java -jar kaonet.jar import …} and {@code
 * java -jar kaonet.jar export …} (see {@code docs/data-formats.md}): the two picocli commands
 * {@link Import} and {@link Export}, which {@code KaonetCommandLine} gathers with the others.
 * Imports are validated as a whole, then written in batches committed one by one with the import's
 * manifest, so a large import runs in bounded memory, shows its progress, and an interrupted one is
 * completed by running the same command again. An import into an empty embedded store is written
 * by Neo4j's batch importer instead, after the same validation ({@link FirstLoad}).
 *
 * <p>Exit codes: 0 done, 1 refused or failed (the reason printed in one line per problem, never a
 * stack trace), 2 usage error (the usage printed).
 */
public final class ExchangeCommand {

    private final PrintStream out;
    private final PrintStream err;

    private ExchangeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The database an import or export works on: the embedded store of a folder, or a server. */
    public static final class DatabaseOptions {

        @Option(names = "--data-dir", paramLabel = "FOLDER", defaultValue = "kaonet-data",
                description = "Folder of the embedded store (default: ${DEFAULT-VALUE}); ignored with --uri.")
        Path dataDir;

        @Option(names = "--uri", paramLabel = "URI", description = "A Neo4j server or cluster, e.g. neo4j://host:7687.")
        String uri;

        @Option(names = "--user", paramLabel = "NAME", description = "User name on the server.")
        String user;

        @Option(names = "--password", paramLabel = "SECRET", description = "Password on the server.")
        String password;

        @Option(names = "--database", paramLabel = "NAME", description = "Database on the server (default: its default).")
        String database;

        Neo4jSettings settings() {
            return uri != null ? Neo4jSettings.external(uri, user, password, database)
                    : Neo4jSettings.embedded(dataDir, 0, null);
        }
    }

    /**
     * Runs a command on the given database, or (when it is null) on the one its options name,
     * opened for this run and closed after it. The tests run many commands on one store, which
     * takes seconds to start.
     */
    private abstract static class OnDatabase implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        private final PrintStream out;
        private final PrintStream err;
        private final Neo4jConnection open;

        OnDatabase(PrintStream out, PrintStream err, Neo4jConnection open) {
            this.out = out;
            this.err = err;
            this.open = open;
        }

        @Override
        public Integer call() {
            ExchangeCommand command = new ExchangeCommand(out, err);
            try {
                if (open != null) {
                    return run(command, open);
                }
                Neo4jSettings settings = database.settings();
                if (!firstLoads() || !FirstLoad.newStore(settings)) {
                    try (Neo4jConnection connection = Neo4jConnection.open(settings)) {
                        if (!firstLoads() || !FirstLoad.emptyStore(connection)) {
                            return run(command, connection);
                        }
                    }
                }
                // An empty embedded store: loaded through Neo4j's batch importer, with the store closed.
                return firstLoad(command, settings);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage(), e);
            } catch (RuntimeException e) {
                // Whatever else fails (a file unreadable halfway, the store locked by a server, the
                // database gone) is reported in one line: a command-line user gets no stack trace.
                err.println();
                err.println("failed: " + oneLine(e));
                return 1;
            }
        }

        private int run(ExchangeCommand command, Neo4jConnection connection) {
            GraphSchema.install(connection);
            return execute(command, connection);
        }

        abstract int execute(ExchangeCommand command, Neo4jConnection connection);

        /** Whether an empty embedded store takes this command through Neo4j's batch importer ({@link FirstLoad}). */
        boolean firstLoads() {
            return false;
        }

        int firstLoad(ExchangeCommand command, Neo4jSettings settings) {
            throw new UnsupportedOperationException("only an import loads a store");
        }
    }

    /** {@code kaonet import}. */
    @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Checks the files of a folder (or one file) as a whole, then writes them in batches, each "
                    + "committed with the import's manifest; running the same command again completes an interrupted "
                    + "import and writes nothing twice.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:imported", "1:refused (every problem listed with file, line, field and value) or failed",
                    "2:usage error"})
    public static final class Import extends OnDatabase {

        @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
                description = "kaonet-csv, cordis, neo4j-admin or graphml.")
        ImportFormat format;

        @Option(names = "--dir", required = true, paramLabel = "PATH", description = "The folder (or file) to import.")
        Path dir;

        @Option(names = "--batch", paramLabel = "RECORDS", defaultValue = "" + BulkWriter.DEFAULT_BATCH_RECORDS,
                description = "Records per committed batch (default: ${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--co-participation",
                description = "Also store co-participation ties (:CO_PARTICIPATES) for Cypher users.")
        boolean coParticipation;

        /** Made by {@code KaonetCommandLine}; {@code open} is the database to use, or null to open the one the options name. */
        public Import(PrintStream out, PrintStream err, Neo4jConnection open) {
            super(out, err, open);
        }

        @Override
        int execute(ExchangeCommand command, Neo4jConnection connection) {
            if (batch < 1) {
                throw new IllegalArgumentException("--batch must be a positive number of records, was " + batch);
            }
            return command.importFiles(connection, this);
        }

        @Override
        boolean firstLoads() {
            return true;
        }

        @Override
        int firstLoad(ExchangeCommand command, Neo4jSettings settings) {
            if (batch < 1) {
                throw new IllegalArgumentException("--batch must be a positive number of records, was " + batch);
            }
            return command.firstLoad(this, settings);
        }

        String importId() {
            return format + ":" + fingerprint(dir) + ":" + batch;
        }

        /** The import's source for the import log: the format, the input's file names, and the command line's user. */
        ImportLog.Source logged() {
            return ImportLog.Source.ofPath(format.name(), dir, "command line (" + System.getProperty("user.name", "unknown") + ")");
        }
    }

    /** {@code kaonet export}. */
    @Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Writes the stored network to files of a network-analysis format, with per-actor metrics.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:exported", "1:failed", "2:usage error"})
    public static final class Export extends OnDatabase {

        @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = ExportFormatConverter.class,
                description = "gexf, graphml, pajek or csv.")
        ExportFormat format;

        @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "Folder to write the files to.")
        Path out;

        @Option(names = "--metrics", split = ",", paramLabel = "METRIC", converter = MetricConverter.class,
                description = "Per-actor metrics to add: degree, strength, core-number, local-clustering, component.")
        List<ExportMetric> metrics = new ArrayList<>();

        @Option(names = "--activities", description = "Project shared activities into co-participation ties.")
        boolean activities;

        @Option(names = "--newman", description = "Weigh co-participation ties by Newman's 1/(n-1) instead of counting.")
        boolean newman;

        /** Made by {@code KaonetCommandLine}; {@code open} is the database to use, or null to open the one the options name. */
        public Export(PrintStream out, PrintStream err, Neo4jConnection open) {
            super(out, err, open);
        }

        @Override
        int execute(ExchangeCommand command, Neo4jConnection connection) {
            return command.export(connection, this);
        }
    }

    /** {@code kaonet-csv} → {@link ImportFormat#KAONET_CSV}. */
    static final class FormatConverter implements ITypeConverter<ImportFormat> {
        @Override
        public ImportFormat convert(String value) {
            return constantOf(ImportFormat.class, value);
        }
    }

    /** {@code gexf} → {@link ExportFormat#GEXF}. */
    static final class ExportFormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return constantOf(ExportFormat.class, value);
        }
    }

    /** {@code core-number} → {@link ExportMetric#CORE_NUMBER}. */
    static final class MetricConverter implements ITypeConverter<ExportMetric> {
        @Override
        public ExportMetric convert(String value) {
            return constantOf(ExportMetric.class, value);
        }
    }

    private static <E extends Enum<E>> E constantOf(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, constant(value));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not one of " + Stream.of(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        }
    }

    /** The exception's message and its causes', on one line, without class names or stack frames. */
    public static String oneLine(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 1_000; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
            if (!m.isBlank() && s.indexOf(m) < 0) {
                s.append(s.length() == 0 ? "" : ": ").append(m);
            }
        }
        return s.length() == 0 ? "an unexpected error without a message (see the log)" : s.toString();
    }

    private int importFiles(Neo4jConnection connection, Import options) {
        if (!Files.exists(options.dir)) {
            return missing(options.dir);
        }
        KnownIds known = Exchange.knownIds(new StoreQueries(connection));
        BulkWriter writer = new BulkWriter(connection);
        String importId = options.importId();
        TwoPassImporter importer = Exchange.twoPass(options.format);
        try {
            BulkResult result;
            long records = importer.validate(options.dir, known);
            out.printf("%s: %,d records valid, writing in batches of %,d%n", options.dir.getFileName(), records, options.batch);
            try (BulkWriter.Run run = writer.start(importId, records, this::progress, options.logged())) {
                importer.emit(options.dir, options.batch, run);
                result = run.finish();
            } catch (ImportException e) {
                // Checked whole a moment ago, refused now: a file changed while it was being written.
                err.println();
                err.println("refused while writing: the files changed after they were checked; the batches committed "
                        + "before stay (" + writer.committedBatches(importId) + "); run the command again once the files are final");
                e.problems().forEach(p -> err.println("  " + p));
                return 1;
            }
            err.println();
            imported(result);
            if (options.coParticipation) {
                coParticipation(connection);
            }
            return 0;
        } catch (ImportException e) {
            return refused(e);
        } catch (DanglingReferenceException e) {
            // Validation resolves references by hash; the writer's check is the last word (see TwoPassImporter).
            err.println();
            err.println("refused in writing, the batch was not written (earlier batches are committed; fix the input "
                    + "and run again): " + e.getMessage());
            return 1;
        }
    }

    /**
     * An import into an empty embedded store, written by Neo4j's batch importer with the store closed,
     * then the schema and the manifest (see {@link FirstLoad}). A store without a database yet has
     * its input validated as it is fed ({@link TwoPassImporter#validateWhileEmitting}): a problem found
     * midway costs nothing but the load, which keeps nothing and leaves the store as new as it was;
     * validation alone then reads the input again for the full report, as for any import, and if it
     * finds nothing after all (a file changed, or a hash met twice proved no duplicate) the input is
     * loaded from its validated second pass. An existing empty store is validated first, as before:
     * a refused input must leave it untouched.
     */
    private int firstLoad(Import options, Neo4jSettings settings) {
        if (!Files.exists(options.dir)) {
            return missing(options.dir);
        }
        TwoPassImporter importer = Exchange.twoPass(options.format);
        try {
            FirstLoad load = new FirstLoad(settings);
            BulkResult result = FirstLoad.newStore(settings) ? loadValidatingWhileFeeding(load, importer, options) : null;
            String validation = "validation inside the batch import";
            if (result == null) {
                long validating = System.nanoTime();
                long validatingCpu = processCpu();
                long records = importer.validate(options.dir, KnownIds.NONE);
                long validated = System.nanoTime();
                long validatedCpu = processCpu();
                result = load.load(options.importId(), records,
                        chunks -> importer.emit(options.dir, options.batch, chunks), err, options.logged());
                validation = String.format(Locale.ROOT, "validation %.1f s (CPU %.1f s)",
                        (validated - validating) / 1e9, (validatedCpu - validatingCpu) / 1e9);
            }
            out.printf("%s: %,d records valid, an empty store: first load through Neo4j's batch importer%n",
                    options.dir.getFileName(), result.records());
            imported(result);
            out.printf(Locale.ROOT, "first load: %s, %s%n", validation,
                    load.phases().map(FirstLoad.Phases::describe).orElse(""));
            if (options.coParticipation) {
                try (Neo4jConnection connection = Neo4jConnection.open(settings)) {
                    coParticipation(connection);
                }
            }
            return 0;
        } catch (ImportException e) {
            // Either validation refused, or a file changed after it; the load keeps nothing in both cases.
            return refused(e);
        } catch (DanglingReferenceException e) {
            err.println("refused in writing, nothing written (fix the input and run again): " + e.getMessage());
            return 1;
        } catch (IllegalStateException | UncheckedIOException e) {
            // The batch importer's own failures; the load keeps nothing, so the store is still new.
            err.println("the first load failed, nothing written: " + e.getMessage());
            return 1;
        }
    }

    /** The load of a new store validated as it is fed; null when the input has a problem (the load kept nothing). */
    private BulkResult loadValidatingWhileFeeding(FirstLoad load, TwoPassImporter importer, Import options) {
        try {
            return load.load(options.importId(), estimatedRecords(options.dir),
                    chunks -> importer.validateWhileEmitting(options.dir, options.batch, chunks), err, options.logged());
        } catch (ImportException e) {
            return null;
        }
    }

    /**
     * An estimate of the records of an input for the batch importer's memory estimates, before it is
     * read: a record of the formats takes some tens of bytes.
     */
    private static long estimatedRecords(Path input) {
        try (var files = Files.walk(input)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            return Math.max(1, bytes / 24);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time of this process (every thread), in nanoseconds, for the first load's report of its phases. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private int missing(Path dir) {
        err.println("refused, nothing written: " + dir + " does not exist");
        return 1;
    }

    private void imported(BulkResult result) {
        out.printf("imported: %,d batches written (%,d already committed before), %,d records, %,d created or changed, "
                        + "%.1f s, %,.0f records/s, data version %d%n", result.batchesWritten(), result.batchesSkipped(),
                result.records(), result.changed(), result.elapsed().toMillis() / 1000.0, result.recordsPerSecond(),
                result.dataVersion());
    }

    private void coParticipation(Neo4jConnection connection) {
        long stored = new CoParticipationTies(connection).store();
        out.printf("stored %,d co-participation ties (:CO_PARTICIPATES, a copy for Cypher; analyses project their own)%n",
                stored);
    }

    private int refused(ImportException e) {
        err.println("refused, nothing written: " + e.problems().size() + (e.truncated() ? "+" : "") + " problem(s)");
        for (ImportProblem p : e.problems()) {
            err.println("  " + p);
        }
        return 1;
    }

    private int export(Neo4jConnection connection, Export options) {
        Scope scope = new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, options.activities,
                options.newman ? CoParticipationWeighting.NEWMAN : CoParticipationWeighting.COUNT);
        CollaborationGraph graph = new ProjectionReader(connection).read(scope);
        ProjectionMemo memo = ProjectionMemo.of(graph);
        List<MetricColumn> metrics = options.metrics.stream().map(m -> m.compute(memo)).toList();
        List<Path> files = NetworkExporter.of(graph, metrics).writeTo(options.format, options.out);
        out.printf("exported %,d actors and %,d edges to %s%n", graph.nodeCount(), graph.edgeCount(), files);
        return 0;
    }

    private void progress(BulkProgress p) {
        err.print("\r" + p.describe() + "   ");
        err.flush();
    }

    /** {@code kaonet-csv} → {@code KAONET_CSV}, {@code core-number} → {@code CORE_NUMBER}. */
    static String constant(String option) {
        return option.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** A SHA-256 over the names and bytes of the files of a folder (or of one file): the same input, the same import. */
    static String fingerprint(Path path) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            if (Files.isDirectory(path)) {
                try (Stream<Path> entries = Files.list(path)) {
                    files = entries.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(path);
            }
            byte[] buffer = new byte[1 << 16];
            for (Path f : files) {
                digest.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest)) {
                    while (in.read(buffer) >= 0) {
                        // the digest sees every byte
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Without Spring's configuration, Logback would print every library's debug output. */
    public static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            context.getLogger("io.kaonet").setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }
}
