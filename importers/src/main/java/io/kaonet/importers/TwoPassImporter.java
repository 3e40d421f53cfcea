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
}
