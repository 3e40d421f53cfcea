package io.kaonet.api.scorecard;

import io.kaonet.core.model.Indicator;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.indicators.IndicatorsCsvImporter;
import io.kaonet.queries.indicators.IndicatorStore;
import io.kaonet.queries.indicators.IndicatorWriteSummary;
import io.kaonet.queries.indicators.UnknownClustersException;
import io.kaonet.queries.reads.StoreQueries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads an {@code indicators.csv} file: the importer validates it whole (clusters looked up in the
 * store), then the store writes every indicator in one transaction. Refusals come back as problems.
 */
@Component
public class IndicatorImport {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorImport.class);

    private final IndicatorsCsvImporter importer = new IndicatorsCsvImporter();
    private final IndicatorStore indicators;
    private final KnownIds known;

    public IndicatorImport(IndicatorStore indicators, StoreQueries store) {
        this.indicators = indicators;
        this.known = (kind, ids) -> kind == KnownIds.Kind.CLUSTER ? store.existing(StoreQueries.Label.Cluster, ids)
                : java.util.Set.of();
    }

    /** Imports the text of an indicator file. */
    public IndicatorImportOutcome importText(String fileName, String text) {
        List<Indicator> read;
        try {
            read = importer.read(fileName, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), known);
        } catch (ImportException e) {
            LOG.info("Indicator import of {} refused: {} problem(s)", fileName, e.problems().size());
            return IndicatorImportOutcome.refused(e.problems(), e.truncated());
        }
        try {
            IndicatorWriteSummary summary = indicators.write(read);
            LOG.info("Imported {}: {} indicators offered, {} created or changed, data version {}", fileName,
                    summary.offered(), summary.changed(), summary.dataVersion());
            return new IndicatorImportOutcome(true, summary, List.of(), false);
        } catch (UnknownClustersException e) {
            // A cluster deleted between the check and the write.
            return IndicatorImportOutcome.refused(e.clusterIds().stream()
                    .map(id -> new ImportProblem(fileName, 0, "cluster", id, "is not a known cluster")).toList(), false);
        }
    }

    /**
     * The result of an indicator import.
     *
     * @param ok        whether the indicators were written
     * @param summary   what the write did, when ok
     * @param problems  what is wrong, when refused
     * @param truncated whether more problems were found than listed
     */
    public record IndicatorImportOutcome(boolean ok, IndicatorWriteSummary summary, List<ImportProblem> problems,
                                         boolean truncated) {

        static IndicatorImportOutcome refused(List<ImportProblem> problems, boolean truncated) {
            return new IndicatorImportOutcome(false, null, List.copyOf(problems), truncated);
        }
    }
}
