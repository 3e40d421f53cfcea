package io.kaonet.importers.csv;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.CitySpellings;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.Records;
import io.kaonet.importers.TwoPassImporter;
import io.kaonet.importers.text.InputFiles;
import io.kaonet.importers.text.KeyHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Reads a network in Kaonet's own CSV format (see {@code docs/data-formats.md}): up to six files
 * ({@code clusters.csv}, {@code actors.csv}, {@code activities.csv}, {@code ties.csv},
 * {@code memberships.csv}, {@code participations.csv}) into one validated {@link NetworkBatch}.
 *
 * <p>Every file is checked before anything is returned, and every problem found (up to
 * {@link ImportException#MAX_PROBLEMS}) is reported at once, each naming file, line, column and
 * value: syntax (broken quotes, wrong number of fields, encoding, binary or empty files), headers,
 * missing values, bad dates, numbers, kinds and country codes, values out of range, duplicates
 * (naming the earlier line) and references to actors, clusters or activities that are neither in
 * the files nor, per {@link KnownIds}, in the database. References left open by the files are
 * looked up with one {@link KnownIds#existing} call per kind of record, after all files are read.
 *
 * <p>Each tie's {@link io.kaonet.core.model.Tie#source() source} is {@code "ties.csv:LINE"}, the
 * line its record starts on. Actors' cities spelt several ways are stored in one spelling per city,
 * the replaced spellings kept as provenance ({@link CitySpellings}); so are the workbook's.
 *
 * <p>Large files: {@link #validate(Path, KnownIds)} and {@link #emit(Path, int, Consumer)} run the
 * same checks as {@code read} in two passes without holding the records. Validation keeps, per id
 * the files define, a 64-bit {@linkplain KeyHash hash} and its line (16 bytes in a hash table,
 * 21–43 bytes with the table's free slots), the same per key of the file being read (ties,
 * memberships, participations; dropped after the file), and for references to ids the files do
 * not define each distinct id once and 16 bytes per reference. A hash met twice is confirmed by
 * reading that file again with the exact keys of the suspected hashes, so that a collision never
 * reports a false duplicate and a true duplicate is reported as {@code read} reports it. References
 * are resolved by hash: one to an id defined nowhere whose hash equals a defined id's (about
 * {@code ids / 2⁶⁴} per such reference) passes validation, and the database writer then refuses
 * the chunk that holds it as a dangling reference. Emitting keeps one chunk.
 *
 * <p>Complexity: O(total input size) time per pass (a file with a duplicate is validated twice);
 * {@code read} holds the batch plus the ids and keys seen. Stateless and thread-safe.
 */
public final class KaonetCsvImporter implements TwoPassImporter {

    /** The file names the format knows, in the order they are read. */
    public static final List<String> FILE_NAMES = KaonetFile.NAMES;

    private final ToLongFunction<String> keyHash;

    /** An importer whose large imports remember ids by {@link KeyHash}. */
    public KaonetCsvImporter() {
        this(KeyHash::of);
    }

    /** An importer remembering ids by the given hash: tests force collisions with a poor one. */
    KaonetCsvImporter(ToLongFunction<String> keyHash) {
        this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
    }

    /**
     * Reads the Kaonet CSV files of a folder. Other files are ignored, except other {@code .csv}
     * files, which are reported (a misspelt file name would otherwise be silently skipped).
     *
     * @param folder the folder holding the files
     * @param known  the ids already stored, for references the files do not resolve
     * @return the validated records
     * @throws ImportException      if any problem was found; nothing in the batch may be written then
     * @throws UncheckedIOException if a file cannot be read for reasons other than its content
     */
    public NetworkBatch read(Path folder, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        Problems problems = new Problems();
        return new KaonetCsvImport(problems, Ledger.exact(), Records.collecting()).run(files(folder, problems), known);
    }

    /**
     * Checks the Kaonet CSV files of a folder like {@link #read(Path, KnownIds)}, reporting the
     * same problems, but keeps no records: ids and keys are remembered as 64-bit hashes with the
     * line they were met on. A file in which a hash is met twice is read again, keeping the exact
     * keys of those hashes only, so that a duplicate is reported only when it is one (a file with
     * duplicates is thus read twice). References to ids the files define are resolved by hash
     * (see the class comment for what a collision can do there).
     *
     * @return how many records the files hold
     * @throws ImportException      if any problem was found
     * @throws UncheckedIOException if a file cannot be read for reasons other than its content
     */
    @Override
    public long validate(Path folder, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        Problems problems = new Problems();
        KaonetCsvImport run = new KaonetCsvImport(problems, Ledger.hashed(keyHash), Records.counting());
        run.run(files(folder, problems), known);
        return run.records();
    }

    /**
     * Reads the files of a folder that {@link #validate} accepted and hands the records on in
     * chunks of {@code chunkRecords}, in file order (clusters, actors, activities, ties,
     * memberships, participations) and line order within a file: concatenated, the chunks hold
     * exactly the records of {@link #read(Path, KnownIds)}. {@code actors.csv} is read twice: first
     * to count the city spellings ({@link CitySpellings}), so that every actor is handed on with its
     * city's chosen spelling. Duplicates and references are not checked again; every other rule is.
     *
     * @throws ImportException          if the files changed since validation and now have a problem
     * @throws IllegalArgumentException if {@code chunkRecords} is not positive
     */
    @Override
    public long emit(Path folder, int chunkRecords, Consumer<NetworkBatch> chunks) {
        Problems problems = new Problems();
        Map<KaonetFile, Supplier<InputStream>> files = files(folder, problems);
        CitySpellings cities = new CitySpellings();
        Supplier<InputStream> actors = files.get(KaonetFile.ACTORS);
        if (actors != null) {
            // An actor is handed on as soon as it is read: its city's spelling must be chosen before.
            new KaonetCsvImport(problems, Ledger.none(), Records.spellings(cities))
                    .run(Map.of(KaonetFile.ACTORS, actors), KnownIds.NONE);
        }
        Records records = Records.chunked(chunkRecords, chunks, cities);
        new KaonetCsvImport(problems, Ledger.none(), records).run(files, KnownIds.NONE);
        return records.chunks();
    }

    /** The Kaonet files of a folder, each opened anew when asked; misnamed CSV files are reported. */
    private static Map<KaonetFile, Supplier<InputStream>> files(Path folder, Problems problems) {
        String folderName = InputFiles.requireFolder(folder);
        Map<KaonetFile, Supplier<InputStream>> files = new EnumMap<>(KaonetFile.class);
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().forEach(name -> {
                var kind = KaonetFile.named(name);
                if (kind.isPresent()) {
                    files.put(kind.get(), () -> InputFiles.open(folder.resolve(name)));
                } else if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    problems.add(ImportProblem.ofFile(name, notAKaonetFile()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty() && !problems.any()) {
            problems.add(ImportProblem.ofFile(folderName, "holds none of the Kaonet CSV files (" + String.join(", ", FILE_NAMES) + ")"));
        }
        return files;
    }

    /**
     * Reads uploaded Kaonet CSV files. Each name is a file name ({@code "ties.csv"}); a folder part
     * before the last {@code /} or {@code \} is ignored. The streams are read and closed.
     *
     * @param files the files by name; each must be one the format knows
     * @param known the ids already stored, for references the files do not resolve
     * @return the validated records
     * @throws ImportException      if any problem was found, including an unknown or repeated file name
     * @throws UncheckedIOException if a stream fails for reasons other than its content
     * @throws NullPointerException if {@code known} or a stream is null
     */
    public NetworkBatch read(Map<String, ? extends InputStream> files, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        Problems problems = new Problems();
        Map<KaonetFile, Supplier<InputStream>> byKind = new EnumMap<>(KaonetFile.class);
        files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String name = InputFiles.fileName(entry.getKey());
            InputStream in = Objects.requireNonNull(entry.getValue(), "stream of " + name + " must not be null");
            var kind = KaonetFile.named(name);
            if (kind.isEmpty()) {
                problems.add(ImportProblem.ofFile(name, notAKaonetFile()));
            } else if (byKind.putIfAbsent(kind.get(), () -> in) != null) {
                problems.add(ImportProblem.ofFile(name, "is given twice"));
            }
        });
        if (files.isEmpty()) {
            problems.add(ImportProblem.ofFile("import", "has none of the Kaonet CSV files (" + String.join(", ", FILE_NAMES) + ")"));
        }
        try {
            return new KaonetCsvImport(problems, Ledger.exact(), Records.collecting()).run(byKind, known);
        } finally {
            files.values().forEach(InputFiles::closeQuietly);
        }
    }

    private static String notAKaonetFile() {
        return "is not a Kaonet CSV file (expected " + String.join(", ", FILE_NAMES) + ")";
    }
}
