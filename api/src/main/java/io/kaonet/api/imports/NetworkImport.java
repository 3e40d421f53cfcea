package io.kaonet.api.imports;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.csv.KaonetCsvImporter;
import io.kaonet.importers.workbook.KaonetWorkbookImporter;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.DanglingReferenceException;
import io.kaonet.queries.writes.NetworkWriter;
import io.kaonet.queries.writes.ImportLog;
import io.kaonet.queries.writes.WriteSummary;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads Kaonet CSV files into the database: the importer validates every file first, then the
 * writer stores the whole batch in one transaction. Refusals come back as problems, not exceptions.
 */
@Component
public class NetworkImport {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkImport.class);
    /** The import log's names of the formats this class reads. */
    static final String KAONET_CSV = "KAONET_CSV";
    static final String KAONET_WORKBOOK = "KAONET_WORKBOOK";

    private final KaonetCsvImporter importer = new KaonetCsvImporter();
    private final KaonetWorkbookImporter workbooks = new KaonetWorkbookImporter();
    private final NetworkWriter writer;
    private final KnownIds known;
    private final Timer batches;

    public NetworkImport(NetworkWriter writer, StoreQueries store, MeterRegistry meters) {
        this.writer = writer;
        this.batches = Timer.builder("kaonet.import.batch").description("Batches written by an import")
                .tag("format", "kaonet-csv").register(meters);
        this.known = (kind, ids) -> store.existing(switch (kind) {
            case ACTOR -> StoreQueries.Label.Actor;
            case CLUSTER -> StoreQueries.Label.Cluster;
            case ACTIVITY -> StoreQueries.Label.Activity;
        }, ids);
    }

    /** Imports the Kaonet CSV files of a folder on the server, logged as run by {@code by}. */
    public ImportOutcome importFolder(Path folder, String by) {
        return run(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString(),
                ImportLog.Source.ofPath(KAONET_CSV, folder, by), () -> importer.read(folder, known));
    }

    /** Imports files given by name and text (e.g. uploaded by a client), logged as run by {@code by}. */
    public ImportOutcome importTexts(Map<String, String> files, String by) {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        files.forEach((name, text) -> streams.put(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        return run(String.join(", ", files.keySet()), new ImportLog.Source(KAONET_CSV, List.copyOf(files.keySet()), by),
                () -> importer.read(streams, known));
    }

    /** Imports an Excel workbook holding the Kaonet CSV files as sheets, logged as run by {@code by}. */
    public ImportOutcome importWorkbook(String name, byte[] workbook, String by) {
        return run(name, new ImportLog.Source(KAONET_WORKBOOK, List.of(name), by), () -> workbooks.read(name, workbook, known));
    }

    private ImportOutcome run(String what, ImportLog.Source source, Supplier<NetworkBatch> read) {
        NetworkBatch batch;
        try {
            batch = read.get();
        } catch (ImportException e) {
            LOG.info("Import of {} refused: {} problem(s)", what, e.problems().size());
            return ImportOutcome.refused(e.problems(), e.truncated());
        }
        try {
            WriteSummary summary = batches.record(() -> writer.write(batch, source));
            LOG.info("Imported {}: {} records offered, {} created or changed, data version {}", what, summary.offered(),
                    summary.changed(), summary.dataVersion());
            return ImportOutcome.written(summary);
        } catch (DanglingReferenceException e) {
            List<ImportProblem> problems = e.dangling().stream()
                    .map(d -> new ImportProblem(d.origin() == null ? what : d.origin(), 0, d.label().toLowerCase(),
                            d.id(), "is not a known " + d.label().toLowerCase()))
                    .toList();
            return ImportOutcome.refused(problems, false);
        }
    }

    /**
     * The result of an import: either written (with its summary) or refused (with its problems).
     *
     * @param ok        whether the files were written
     * @param summary   what the write did, when ok
     * @param problems  what is wrong, when refused
     * @param truncated whether more problems were found than listed
     */
    public record ImportOutcome(boolean ok, WriteSummary summary, List<ImportProblem> problems, boolean truncated) {

        static ImportOutcome written(WriteSummary summary) {
            return new ImportOutcome(true, summary, List.of(), false);
        }

        static ImportOutcome refused(List<ImportProblem> problems, boolean truncated) {
            return new ImportOutcome(false, null, List.copyOf(problems), truncated);
        }
    }
}
