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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Kaonet's command line for files in and out, run as {@code java -jar kaonet.jar import …} or
 * {@code java -jar kaonet.jar export …} (see {@code docs/data-formats.md}). Imports are validated
 * as a whole, then written in batches committed one by one with the import's manifest, so a large
 * import runs in bounded memory, shows its progress, and an interrupted one is completed by
 * running the same command again. An import into an empty embedded store is written by Neo4j's
 * batch importer instead, after the same validation ({@link FirstLoad}).
 */
public final class ExchangeCommand {

    static final String USAGE = """
            usage:
              kaonet import --format=kaonet-csv|cordis|neo4j-admin|graphml --dir=PATH [--batch=10000]
                            [--co-participation] [database]
              kaonet export --format=gexf|graphml|pajek|csv --out=FOLDER [--metrics=degree,strength,core-number,
                            local-clustering,component] [--activities] [--newman] [database]
            database (default: the embedded store in ./kaonet-data):
              --data-dir=FOLDER | --uri=neo4j://host:7687 --user=NAME --password=SECRET [--database=NAME]
            """;

    private final PrintStream out;
    private final PrintStream err;

    ExchangeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether the arguments ask for a command of this class rather than the server. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("import") || args[0].equals("export"));
    }

    public static void main(String[] args) {
        quietLogs();
        System.exit(new ExchangeCommand(System.out, System.err).run(args));
    }

    /**
     * Runs a command on the database its options name (opened for this run and closed after it);
     * returns the exit code (0 done, 1 refused or failed, 2 usage).
     */
    int run(String[] args) {
        Map<String, String> options = options(args);
        if (options == null) {
            return 2;
        }
        Neo4jSettings settings;
        try {
            settings = settings(options);
        } catch (IllegalArgumentException e) {
            return usage(e);
        }
        boolean imports = args[0].equals("import");
        if (!imports || !FirstLoad.newStore(settings)) {
            try (Neo4jConnection connection = Neo4jConnection.open(settings)) {
                if (!imports || !FirstLoad.emptyStore(connection)) {
                    return execute(args[0], options, connection);
                }
            }
        }
        // An empty embedded store: loaded through Neo4j's batch importer, with the store closed.
        try {
            return firstLoad(options, settings);
        } catch (IllegalArgumentException e) {
            return usage(e);
        }
    }

    /**
     * Runs a command on an open database, ignoring the options that name one (the tests run many
     * commands on one store, which takes seconds to start); returns the exit code as {@link #run(String[])}.
     */
    int run(String[] args, Neo4jConnection connection) {
        Map<String, String> options = options(args);
        return options == null ? 2 : execute(args[0], options, connection);
    }

    /** The {@code --name=value} options, or null (usage printed) when the arguments are not a command. */
    private Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : Arrays.copyOfRange(args, Math.min(1, args.length), args.length)) {
            if (!arg.startsWith("--")) {
                err.println("unexpected argument: " + arg + "\n" + USAGE);
                return null;
            }
            int eq = arg.indexOf('=');
            options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        if (!handles(args) || !options.containsKey("format")) {
            err.println(USAGE);
            return null;
        }
        return options;
    }

    private int execute(String command, Map<String, String> options, Neo4jConnection connection) {
        try {
            GraphSchema.install(connection);
            return command.equals("import") ? importFiles(connection, options) : export(connection, options);
        } catch (IllegalArgumentException e) {
            return usage(e);
        }
    }

    private int usage(IllegalArgumentException e) {
        err.println(e.getMessage() + "\n" + USAGE);
        return 2;
    }

    private int importFiles(Neo4jConnection connection, Map<String, String> options) {
        ImportRequest request = ImportRequest.of(options);
        KnownIds known = Exchange.knownIds(new StoreQueries(connection));
        BulkWriter writer = new BulkWriter(connection);
        try {
            BulkResult result;
            long records = request.importer().validate(request.dir(), known);
            out.printf("%s: %,d records valid, writing in batches of %,d%n", request.dir().getFileName(), records,
                    request.batch());
            try (BulkWriter.Run run = writer.start(request.importId(), records, this::progress)) {
                request.importer().emit(request.dir(), request.batch(), run);
                result = run.finish();
            } catch (ImportException e) {
                // Checked whole a moment ago, refused now: a file changed while it was being written.
                err.println();
                err.println("refused while writing: the files changed after they were checked; the batches committed "
                        + "before stay (" + writer.committedBatches(request.importId())
                        + "); run the command again once the files are final");
                e.problems().forEach(p -> err.println("  " + p));
                return 1;
            }
            err.println();
            imported(result);
            if (options.containsKey("co-participation")) {
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
     * An import into an empty embedded store: validated as always, then written by Neo4j's batch
     * importer with the store closed, then the schema and the manifest (see {@link FirstLoad}).
     */
    private int firstLoad(Map<String, String> options, Neo4jSettings settings) {
        ImportRequest request = ImportRequest.of(options);
        try {
            long records = request.importer().validate(request.dir(), KnownIds.NONE);
            out.printf("%s: %,d records valid, an empty store: first load through Neo4j's batch importer%n",
                    request.dir().getFileName(), records);
            BulkResult result = new FirstLoad(settings).load(request.importId(), records,
                    chunks -> request.importer().emit(request.dir(), request.batch(), chunks), err);
            imported(result);
            if (options.containsKey("co-participation")) {
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
        }
    }

    /** The options of an import, checked. */
    private record ImportRequest(TwoPassImporter importer, Path dir, int batch, String importId) {
        static ImportRequest of(Map<String, String> options) {
            ExchangeFormat format = ExchangeFormat.valueOf(constant(options.get("format")));
            Path dir = Path.of(require(options, "dir"));
            int batch = Integer.parseInt(options.getOrDefault("batch", String.valueOf(BulkWriter.DEFAULT_BATCH_RECORDS)));
            if (batch < 1) {
                throw new IllegalArgumentException("--batch must be a positive number of records, was " + batch);
            }
            return new ImportRequest(Exchange.twoPass(format), dir, batch, format + ":" + fingerprint(dir) + ":" + batch);
        }
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

    private int export(Neo4jConnection connection, Map<String, String> options) {
        ExportFormat format = ExportFormat.valueOf(constant(options.get("format")));
        Path folder = Path.of(require(options, "out"));
        boolean activities = options.containsKey("activities");
        Scope scope = new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, activities,
                options.containsKey("newman") ? CoParticipationWeighting.NEWMAN : CoParticipationWeighting.COUNT);
        CollaborationGraph graph = new ProjectionReader(connection).read(scope);
        ProjectionMemo memo = ProjectionMemo.of(graph);
        List<MetricColumn> metrics = Stream.of(options.getOrDefault("metrics", "").split(","))
                .filter(s -> !s.isBlank()).map(s -> ExportMetric.valueOf(constant(s)).compute(memo)).toList();
        List<Path> files = NetworkExporter.of(graph, metrics).writeTo(format, folder);
        out.printf("exported %,d actors and %,d edges to %s%n", graph.nodeCount(), graph.edgeCount(), files);
        return 0;
    }

    private void progress(BulkProgress p) {
        err.print("\r" + p.describe() + "   ");
        err.flush();
    }

    private static Neo4jSettings settings(Map<String, String> options) {
        if (options.containsKey("uri")) {
            return Neo4jSettings.external(options.get("uri"), options.get("user"), options.get("password"),
                    options.get("database"));
        }
        return Neo4jSettings.embedded(Path.of(options.getOrDefault("data-dir", "kaonet-data")), 0, null);
    }

    private static String require(Map<String, String> options, String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
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
    static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            context.getLogger("io.kaonet").setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }
}
