package io.kaonet.importers.neo4jadmin;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.CitySpellings;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.TwoPassImporter;
import io.kaonet.importers.properties.PropertyNetwork;
import io.kaonet.importers.text.KeyHash;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Reads CSV files in the style of {@code neo4j-admin database import}: node files with an
 * {@code :ID} column (and usually {@code :LABEL}), relationship files with {@code :START_ID},
 * {@code :END_ID} and {@code :TYPE}; property columns {@code name:type}.
 *
 * <p>Mapping: a node labelled {@code Cluster} is a cluster, {@code Activity} an activity, any other
 * node an actor whose kind is its {@code kind} property or a kind label ({@code Company} or
 * {@code COMPANY}, {@code ResearchInstitute} or {@code RESEARCH_INSTITUTE}, …; labels are
 * {@code ;}-separated). Relationship types {@code MEMBER_OF} (actor → cluster) and
 * {@code PARTICIPATES_IN} (actor → activity) are memberships and participations; a tie kind
 * ({@code JOINT_RESEARCH}, {@code SUPPLY}, …) is a tie from start to end. Properties carry
 * Kaonet's attribute names (see {@link PropertyNetwork}); arrays ({@code string[]}, items separated
 * by {@code ;}) become lists; other properties are ignored. ID spaces ({@code :ID(Group)}) are
 * accepted; ids are unique per kind of record. The separator is {@code ,}, as neo4j-admin's default.
 *
 * <p>Refused, with file, line, column and value: everything the CSV reader refuses (syntax,
 * encoding, binary content, field counts), a header that is neither a node nor a relationship
 * header or has an unknown type, values that do not fit their declared type or Kaonet's rules,
 * unknown kinds and relationship types, duplicate ids and ties, and references to ids that neither
 * the files nor the database hold.
 *
 * <p>Large files: {@link #validate(Path, KnownIds)} checks everything keeping only 64-bit
 * {@linkplain KeyHash hashes} of ids and keys (about 16 bytes per record in hash tables) and each
 * distinct id referred to but defined nowhere in the files, and {@link #emit(Path, int, Consumer)}
 * then reads the files again, handing records on in chunks of a given size in file order (nodes
 * before relationships) with memory bounded by the chunk. The same input always gives the same
 * chunks, so that an interrupted import can skip the chunks already committed. A hash met twice
 * is confirmed by reading the files again keeping the exact ids and keys of the suspected hashes
 * only, so that a collision never reports a false duplicate and a true duplicate is reported as
 * {@code read} reports it. References are resolved by hash: one to an id defined nowhere whose hash
 * equals a defined id's (about {@code ids / 2⁶⁴} per such reference) passes validation, and the
 * database writer then refuses the chunk that holds it as a dangling reference.
 *
 * <p>Complexity: O(input size) time per pass (validation reads input with a duplicate twice).
 * Thread-safe.
 *
 * <p>Reference: Neo4j Operations Manual 5, "Import" (neo4j-admin database import, CSV header format).
 */
public final class Neo4jAdminImporter implements TwoPassImporter {

    private final ToLongFunction<String> keyHash;

    /** An importer whose large imports remember ids and keys by {@link KeyHash}. */
    public Neo4jAdminImporter() {
        this(KeyHash::of);
    }

    /** An importer remembering ids and keys by the given hash: tests force collisions with a poor one. */
    Neo4jAdminImporter(ToLongFunction<String> keyHash) {
        this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
    }

    /**
     * Reads every {@code .csv} file of a folder into one batch.
     *
     * @throws ImportException      if any problem was found
     * @throws UncheckedIOException if a file cannot be read for reasons other than its content
     */
    public NetworkBatch read(Path folder, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        Problems problems = new Problems();
        List<AdminImport.Source> sources = sources(folder);
        PropertyNetwork network = PropertyNetwork.collecting(problems, null, null);
        AdminImport run = new AdminImport(problems, network);
        network.read(() -> run.run(sources));
        return network.finish(known, run.unreliable());
    }

    /**
     * Reads uploaded files by name (each a node or relationship file; the streams are read and closed).
     *
     * @throws ImportException      if any problem was found
     * @throws UncheckedIOException if a stream fails for reasons other than its content
     */
    public NetworkBatch read(Map<String, ? extends InputStream> files, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        List<AdminImport.Source> sources = new ArrayList<>();
        try {
            for (var e : files.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                byte[] bytes = e.getValue().readAllBytes();
                String name = e.getKey().substring(Math.max(e.getKey().lastIndexOf('/'), e.getKey().lastIndexOf('\\')) + 1);
                sources.add(new AdminImport.Source(name, () -> new ByteArrayInputStream(bytes)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (InputStream in : files.values()) {
                try {
                    in.close();
                } catch (IOException e) {
                    // Closing after the data were read cannot change the outcome of the import.
                }
            }
        }
        Problems problems = new Problems();
        if (sources.isEmpty()) {
            throw new ImportException(ImportProblem.ofFile("import", "has no neo4j-admin CSV file"));
        }
        PropertyNetwork network = PropertyNetwork.collecting(problems, null, null);
        AdminImport run = new AdminImport(problems, network);
        network.read(() -> run.run(sources));
        return network.finish(known, run.unreliable());
    }

    /**
     * Checks every {@code .csv} file of a folder like {@link #read(Path, KnownIds)}, reporting the
     * same problems, without keeping the records: the first pass of a large import. Ids and keys
     * are remembered as 64-bit hashes; when a hash is met twice the files are read again to
     * confirm it exactly (see the class comment).
     *
     * @return how many records the files hold
     * @throws ImportException      if any problem was found
     * @throws UncheckedIOException if a file cannot be read for reasons other than its content
     */
    @Override
    public long validate(Path folder, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        Problems problems = new Problems();
        List<AdminImport.Source> sources = sources(folder);
        PropertyNetwork network = PropertyNetwork.validating(problems, null, null, keyHash);
        AdminImport run = new AdminImport(problems, network);
        network.read(() -> run.run(sources));
        network.finish(known, run.unreliable());
        return network.records();
    }

    /**
     * Reads the files of a folder that {@link #validate} accepted, nodes before relationships, in file
     * order. The node files are read twice: first for their city spellings ({@link CitySpellings}),
     * so that every actor is handed on with its city's chosen spelling.
     */
    @Override
    public long emit(Path folder, int chunkRecords, Consumer<NetworkBatch> chunks) {
        return handOn(folder, chunkRecords, chunks, false);
    }

    /**
     * Validation and emission in one read of the relationship files (the node files are read once
     * before, for their city spellings): the records are handed on as {@link #emit} hands them on
     * while every check of {@link #validate} runs, against no stored ids. It stops at the chunk after
     * the first problem, and reports a hash met twice as a problem instead of reading again; either
     * way {@link #validate} gives the full report (see {@link TwoPassImporter#validateWhileEmitting}).
     */
    @Override
    public long validateWhileEmitting(Path folder, int chunkRecords, Consumer<NetworkBatch> chunks) {
        return handOn(folder, chunkRecords, chunks, true);
    }

    /** Hands the records on in chunks, after the city spellings' reading; checking them as validation does when asked. */
    private long handOn(Path folder, int chunkRecords, Consumer<NetworkBatch> chunks, boolean validating) {
        if (chunkRecords < 1) {
            throw new IllegalArgumentException("chunkRecords must be positive, was " + chunkRecords);
        }
        long[] count = {0};
        Problems problems = new Problems();
        List<AdminImport.Source> sources = sources(folder);
        CitySpellings cities = citySpellings(sources, problems);
        Consumer<NetworkBatch> counted = chunk -> {
            if (validating) {
                problems.throwIfAny();
            }
            count[0]++;
            chunks.accept(chunk);
        };
        PropertyNetwork network = validating
                ? PropertyNetwork.validatingWhileEmitting(problems, null, null, keyHash, chunkRecords, counted, cities)
                : PropertyNetwork.emitting(problems, null, null, chunkRecords, counted, cities);
        AdminImport run = new AdminImport(problems, network);
        network.read(() -> run.run(sources));
        network.finish(KnownIds.NONE, run.unreliable());
        return count[0];
    }

    /** The city spellings of the node files, read once before the records are handed on. */
    private static CitySpellings citySpellings(List<AdminImport.Source> sources, Problems problems) {
        CitySpellings cities = new CitySpellings();
        PropertyNetwork spellings = PropertyNetwork.countingCities(problems, null, null, cities);
        AdminImport nodes = new AdminImport(problems, spellings);
        spellings.read(() -> nodes.runNodes(sources));
        problems.throwIfAny();
        return cities;
    }

    private static List<AdminImport.Source> sources(Path folder) {
        String folderName = String.valueOf(folder.getFileName());
        if (!Files.isDirectory(folder)) {
            throw new ImportException(ImportProblem.ofFile(folderName, "is not a folder"));
        }
        List<AdminImport.Source> sources = new ArrayList<>();
        try (var entries = Files.list(folder)) {
            for (Path p : entries.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    sources.add(new AdminImport.Source(name, () -> open(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sources.isEmpty()) {
            throw new ImportException(ImportProblem.ofFile(folderName, "holds no .csv file"));
        }
        return sources;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
