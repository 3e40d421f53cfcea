package io.kaonet.importers.csv;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.text.InputFiles;
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
import java.util.function.Supplier;
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
 * line its record starts on.
 *
 * <p>Complexity: O(total input size) time; the files are streamed, and memory holds the batch plus
 * the ids seen (for duplicates and references). Stateless and thread-safe.
 */
public final class KaonetCsvImporter {

    /** The file names the format knows, in the order they are read. */
    public static final List<String> FILE_NAMES = KaonetFile.NAMES;

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
        String folderName = InputFiles.requireFolder(folder);
        Problems problems = new Problems();
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
        return new KaonetCsvImport(problems).run(files, known);
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
            return new KaonetCsvImport(problems).run(byKind, known);
        } finally {
            files.values().forEach(InputFiles::closeQuietly);
        }
    }

    private static String notAKaonetFile() {
        return "is not a Kaonet CSV file (expected " + String.join(", ", FILE_NAMES) + ")";
    }
}
