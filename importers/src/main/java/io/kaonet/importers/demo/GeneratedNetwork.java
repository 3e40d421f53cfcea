package io.kaonet.importers.demo;

import io.kaonet.core.model.NetworkBatch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A generated demo network: the records (ready to be stored as one batch, or written as Kaonet CSV)
 * and their counts.
 *
 * @param parameters the parameters it was generated with
 * @param batch      clusters, actors, ties, memberships, activities and participations
 * @param summary    counts of the batch
 */
public record GeneratedNetwork(DemoNetworkGenerator.Parameters parameters, NetworkBatch batch, DemoNetworkSummary summary) {

    /** The names of the files {@link #writeTo(Path)} writes, in order. */
    public static final List<String> FILES = DemoCsvWriter.FILES;

    public GeneratedNetwork {
        Objects.requireNonNull(parameters, "parameters must not be null");
        Objects.requireNonNull(batch, "batch must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
    }

    /**
     * Writes the network as the six Kaonet CSV files of {@code docs/data-formats.md} into
     * {@code folder} (created if missing; files of the same names are replaced). The output depends
     * only on the parameters: the same seed gives byte-identical files. O(records).
     *
     * @param folder the folder to write into
     * @return the files written, in the order of {@link #FILES}
     * @throws IOException if the folder cannot be created or a file cannot be written
     */
    public List<Path> writeTo(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder must not be null");
        return DemoCsvWriter.write(batch, folder);
    }
}
