package io.kaonet.api.exchange;

import io.micrometer.core.instrument.Timer;
import io.kaonet.api.imports.NetworkImport.ImportOutcome;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.TwoPassImporter;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.importers.csv.KaonetCsvImporter;
import io.kaonet.importers.export.MetricColumn;
import io.kaonet.importers.export.NetworkExporter;
import io.kaonet.importers.graphml.GraphmlImporter;
import io.kaonet.importers.neo4jadmin.Neo4jAdminImporter;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.DanglingReferenceException;
import io.kaonet.queries.writes.NetworkWriter;
import io.kaonet.queries.writes.ImportLog;
import io.kaonet.queries.writes.WriteSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files in and out for every exchange format: reads a folder or uploaded files with the format's
 * importer, checks every record before anything is written, and writes the batch in one
 * transaction (all or nothing); exports a graph with metric columns. Used by the GraphQL
 * controller and the command line.
 */
public final class Exchange {

    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);

    private final NetworkWriter writer;
    private final KnownIds known;
    private final Timer batches;

    public Exchange(NetworkWriter writer, StoreQueries store, Timer batches) {
        this.batches = batches;
        this.writer = writer;
        this.known = knownIds(store);
    }

    /** The ids the store holds, as importers ask for them. */
    public static KnownIds knownIds(StoreQueries store) {
        return (kind, ids) -> store.existing(switch (kind) {
            case ACTOR -> StoreQueries.Label.Actor;
            case CLUSTER -> StoreQueries.Label.Cluster;
            case ACTIVITY -> StoreQueries.Label.Activity;
        }, ids);
    }

    /**
     * Reads a folder (or, for GraphML, a file or a folder holding one {@code .graphml} file) into
     * validated records.
     *
     * @throws ImportException when the input has any problem
     */
    public static NetworkBatch read(ImportFormat format, Path path, KnownIds known) {
        return switch (format) {
            case KAONET_CSV -> new KaonetCsvImporter().read(path, known);
            case CORDIS -> new CordisImporter().read(path, known);
            case NEO4J_ADMIN -> new Neo4jAdminImporter().read(path, known);
            case GRAPHML -> new GraphmlImporter().read(path, known);
        };
    }

    /** The two-pass importer of a format, for inputs larger than memory (the command line's imports). */
    static TwoPassImporter twoPass(ImportFormat format) {
        return switch (format) {
            case NEO4J_ADMIN -> new Neo4jAdminImporter();
            case KAONET_CSV -> new KaonetCsvImporter();
            case CORDIS -> new CordisImporter();
            case GRAPHML -> new GraphmlImporter();
        };
    }

    /** Reads uploaded files into validated records. */
    public static NetworkBatch read(ImportFormat format, Map<String, ? extends InputStream> files, KnownIds known) {
        return switch (format) {
            case KAONET_CSV -> new KaonetCsvImporter().read(files, known);
            case CORDIS -> new CordisImporter().read(files, known);
            case NEO4J_ADMIN -> new Neo4jAdminImporter().read(files, known);
            case GRAPHML -> {
                if (files.size() != 1) {
                    throw new ImportException(ImportProblem.ofFile("import", "GraphML takes exactly one file, got " + files.size()));
                }
                var file = files.entrySet().iterator().next();
                try (InputStream in = file.getValue()) {
                    yield new GraphmlImporter().read(file.getKey(), in, known);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Imports a server folder, all or nothing, logged as run by {@code by}. */
    public ImportOutcome importFolder(ImportFormat format, Path folder, String by) {
        return run(format + " " + folder.getFileName(), ImportLog.Source.ofPath(format.name(), folder, by),
                () -> read(format, folder, known));
    }

    /** Imports uploaded files, all or nothing, logged as run by {@code by}. */
    public ImportOutcome importFiles(ImportFormat format, Map<String, ? extends InputStream> files, String by) {
        return run(format + " " + String.join(", ", files.keySet()), new ImportLog.Source(format.name(), List.copyOf(files.keySet()), by),
                () -> read(format, files, known));
    }

    /** An exporter of a projection's graph, with the given metrics as node attributes. */
    public static NetworkExporter exporter(ProjectionMemo memo, List<ExportMetric> metrics) {
        List<MetricColumn> columns = metrics.stream().distinct().map(m -> m.compute(memo)).toList();
        return NetworkExporter.of(memo.graph(), columns);
    }

    private ImportOutcome run(String what, ImportLog.Source source, Supplier<NetworkBatch> read) {
        NetworkBatch batch;
        try {
            batch = read.get();
        } catch (ImportException e) {
            LOG.info("Import of {} refused: {} problem(s)", what, e.problems().size());
            return new ImportOutcome(false, null, e.problems(), e.truncated());
        }
        try {
            WriteSummary summary = batches.record(() -> writer.write(batch, source));
            LOG.info("Imported {}: {} records offered, {} created or changed, data version {}", what, summary.offered(),
                    summary.changed(), summary.dataVersion());
            return new ImportOutcome(true, summary, List.of(), false);
        } catch (DanglingReferenceException e) {
            List<ImportProblem> problems = e.dangling().stream()
                    .map(d -> new ImportProblem(d.origin() == null ? what : d.origin(), 0, d.label().toLowerCase(Locale.ROOT),
                            d.id(), "is not a known " + d.label().toLowerCase(Locale.ROOT)))
                    .toList();
            return new ImportOutcome(false, null, problems, false);
        }
    }
}
