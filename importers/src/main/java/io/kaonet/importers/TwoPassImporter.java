package io.kaonet.importers;

import io.kaonet.core.model.NetworkBatch;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * An importer that reads files on disk in two passes, for inputs larger than memory: the first
 * pass checks everything and keeps no records (only what finding duplicates and references needs,
 * such as 64-bit hashes of ids), the second reads the files again and hands the records on in
 * chunks. The same input always gives the same chunks in the same order, so that an interrupted
 * import can skip the chunks it already committed; each chunk's references are in it, in an
 * earlier chunk or already stored.
 *
 * <p>Usage: {@code long records = importer.validate(path, known);} then, only when that did not
 * throw, {@code importer.emit(path, 10_000, writer)}.
 */
public interface TwoPassImporter {

    /**
     * Checks the whole input without keeping its records: the first pass.
     *
     * @param input the file or folder, as the format names it
     * @param known the ids already stored, for references the input does not resolve
     * @return how many records the input holds (what {@link #emit} will hand on, before any merging
     *         the format does)
     * @throws ImportException      if any problem was found; then nothing may be written
     * @throws UncheckedIOException if a file cannot be read for reasons other than its content
     */
    long validate(Path input, KnownIds known);

    /**
     * Reads input that {@link #validate} accepted and hands the records on in chunks of at most
     * {@code chunkRecords} records, definitions before the records referring to them.
     *
     * @return the number of chunks handed on
     * @throws ImportException          if the input changed since validation and now has a problem
     * @throws IllegalArgumentException if {@code chunkRecords} is not positive
     */
    long emit(Path input, int chunkRecords, Consumer<NetworkBatch> chunks);

    /**
     * Both passes in one read where the format can: checks the input as {@link #validate} does
     * (against no stored ids: for a new store) while handing on the records as {@link #emit} does, so
     * that a writer that can throw away everything it was handed (a first load into a new store)
     * reads the input once. Records before a problem may have been handed on, and the problems
     * reported may be only the first ones: on an {@link ImportException} the caller discards what it
     * was handed and runs {@link #validate} for the full report. By default, {@link #validate} then
     * {@link #emit}.
     *
     * @return the number of chunks handed on
     * @throws ImportException          if the input has a problem (see above)
     * @throws IllegalArgumentException if {@code chunkRecords} is not positive
     */
    default long validateWhileEmitting(Path input, int chunkRecords, Consumer<NetworkBatch> chunks) {
        validate(input, KnownIds.NONE);
        return emit(input, chunkRecords, chunks);
    }
}
